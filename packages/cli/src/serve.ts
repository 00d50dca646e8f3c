/**
 * `muster view --serve` and `muster studio --serve`: one page served on
 * 127.0.0.1 only to the browser of this machine. The Host header must name
 * 127.0.0.1 or localhost at the served port, so a web page elsewhere cannot
 * read it through DNS rebinding; only GET and HEAD are answered; the page's
 * CSP is sent as a header too (with `frame-ancestors`, which a `<meta>`
 * cannot carry), and content sniffing is off. The `--serve` and `--port`
 * options of both commands are here too.
 */
import { createServer, type Server } from 'node:http';
import { UsageError, type ParsedValues } from './command.js';
import { stylesFor, type CliIo } from './io.js';

/** The options of the commands that can serve their page instead of writing it. */
export const serveOptions = {
  serve: { type: 'boolean', default: false },
  port: { type: 'string', default: '8080' },
} as const;

/** The `--port` of {@link serveOptions}, checked; `--serve` and `--out` together are refused. */
export function parsePort(values: ParsedValues): number {
  const port = Number(values.port);
  if (!/^\d{1,5}$/.test(values.port as string) || port > 65535)
    throw new UsageError(`--port must be a port number, not '${String(values.port)}'`);
  if (values.serve === true && values.out !== undefined) throw new UsageError('--serve and --out do not go together');
  return port;
}

/** The Content-Security-Policy of a page, as its `<meta>` element states it. */
function pageCsp(html: string): string {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/i.exec(html);
  if (meta === null) throw new Error('the page has no Content-Security-Policy');
  return meta[1]!
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** An HTTP server for one page (not yet listening). */
export function mapServer(html: string): Server {
  const headers = {
    'content-security-policy': `${pageCsp(html)}; frame-ancestors 'none'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
  const server = createServer((request, response) => {
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : -1;
    const host = (request.headers.host ?? '').toLowerCase();
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      response.writeHead(403, { 'content-type': 'text/plain', ...headers }).end('forbidden: unknown host\n');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response
        .writeHead(405, { 'content-type': 'text/plain', allow: 'GET, HEAD', ...headers })
        .end('method not allowed\n');
      return;
    }
    if (request.url !== '/' && request.url !== '/index.html') {
      response.writeHead(404, { 'content-type': 'text/plain', ...headers }).end('not found\n');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
    response.end(request.method === 'HEAD' ? undefined : html);
  });
  return server;
}

/** Serves one page on 127.0.0.1 until the process is stopped, saying where on stderr (`what` is served). */
export function serve(html: string, port: number, what: string, io: CliIo): Promise<void> {
  const s = stylesFor(io.stderr, io.env);
  const ready = (url: string): void => {
    io.stderr.write(`${s.green('✓')} serving ${what} at ${url} (Ctrl-C to stop)\n`);
  };
  return new Promise((resolve, reject) => {
    const server = mapServer(html);
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      ready(`http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : port}/`);
    });
    const stop = (): void => {
      server.close(() => resolve());
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
