/**
 * Browser test and benchmark harness: a static file server on 127.0.0.1
 * (random port) and Debian's chromium driven by playwright-core, headless,
 * with WebGL through SwiftShader, a fresh profile and no background
 * network. Node only (tests, bench and scripts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const VIEWER = fileURLToPath(new URL('../', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
};

export interface StaticServer {
  origin: string;
  /** Extra in-memory files by path (e.g. `/hostile/data.json`). */
  files: Map<string, string>;
  close(): Promise<void>;
}

/** Serves `root` (and in-memory files) on 127.0.0.1 at a random port. */
export async function serveStatic(root: string = REPO): Promise<StaticServer> {
  const base = resolve(root);
  const files = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const memory = files.get(path);
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    if (memory !== undefined) {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(memory);
      return;
    }
    const file = normalize(join(base, path));
    if (!(file === base || file.startsWith(base + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no server address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    files,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Starts headless chromium with WebGL (SwiftShader) in a fresh profile. */
export async function launch(viewport = { width: 1100, height: 760 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'muster-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    deviceScaleFactor: 1,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-gl=angle',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Builds `dist/muster-map.js` (esbuild, about a second). */
export function buildBundle(): void {
  execFileSync(process.execPath, [join(VIEWER, 'scripts/bundle.mjs')], { stdio: 'pipe' });
}

/** Waits for `data-state="ready"` on the page's `<muster-map>`: laid out and drawn. */
export async function mapReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('muster-map')?.getAttribute('data-state') === 'ready', null, {
    timeout: 30_000,
  });
}

/** Counts pixels that are not (near) white in a PNG, decoded by the page itself. */
export async function inkedPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) inked++;
    return inked;
  }, png.toString('base64'));
}
