// Builds dist/index.html: the whole studio in one file that opens from disk
// (file://) or any static host and loads nothing. The worker is built first
// into a classic script whose text the page's script carries and starts from
// a `blob:` URL; the page's script is inlined and allowed by its hash, the
// only script the Content-Security-Policy lets run. Prints the sizes.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = {
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  // Licences of the bundled libraries stay with their code.
  legalComments: 'eof',
  conditions: ['@muster/source'],
  logLevel: 'warning',
};

const worker = await build({ ...common, entryPoints: [`${root}src/worker.ts`] });
const workerSource = worker.outputFiles[0].text;

const app = await build({
  ...common,
  entryPoints: [`${root}src/app.ts`],
  // The worker's code, as a string constant in the page's script.
  define: { __WORKER_SOURCE__: JSON.stringify(workerSource) },
});
// A `</script` or `<!--` inside the code's strings would end or confuse the inline element.
const script = app.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const hash = createHash('sha256').update(script).digest('base64');
const csp = [
  "default-src 'none'",
  `script-src 'sha256-${hash}'`,
  // The worker starts from a blob: URL made from the page's own script.
  'worker-src blob:',
  "connect-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  // The report is shown in a sandboxed srcdoc frame (markup only, no script), which loads nothing.
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const page = readFileSync(`${root}src/page.html`, 'utf8')
  .replace('{{CSP}}', csp)
  .replace('{{STYLE}}', readFileSync(`${root}src/style.css`, 'utf8').trim())
  .replace('{{SCRIPT}}', () => script);
if (!page.includes(`<script>${script}</script>`) || !page.includes(`content="${csp}"`))
  throw new Error('src/page.html has lost its <script>{{SCRIPT}}</script> or its CSP placeholder');
mkdirSync(`${root}dist`, { recursive: true });
writeFileSync(`${root}dist/index.html`, page);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const bytes = Buffer.from(page);
console.log(`dist/index.html: ${kb(bytes.length)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip`);
