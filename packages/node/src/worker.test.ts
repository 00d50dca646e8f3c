import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { startWorker } from './worker.js';

const dir = mkdtempSync(join(tmpdir(), 'muster-worker-'));
writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The first message the worker posts; the worker is then stopped. */
function firstMessage(worker: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    worker.once('message', (message) => void worker.terminate().then(() => resolve(message)));
    worker.once('error', reject);
  });
}

const ECHO = `import { parentPort } from 'node:worker_threads';
parentPort!.on('message', (m: number) => parentPort!.postMessage({ from: 'FROM', doubled: m * 2 }));
`;

describe('startWorker', () => {
  it('runs the built script when it is there', async () => {
    writeFileSync(join(dir, 'built.js'), ECHO.replace('FROM', 'js').replaceAll('!', '').replace(': number', ''));
    writeFileSync(join(dir, 'built.ts'), ECHO.replace('FROM', 'ts'));
    const worker = startWorker(pathToFileURL(join(dir, 'built.js')));
    worker.postMessage(21);
    expect(await firstMessage(worker)).toEqual({ from: 'js', doubled: 42 });
  });

  it('runs the TypeScript source through tsx when the built script is not there', async () => {
    writeFileSync(join(dir, 'source.ts'), ECHO.replace('FROM', 'ts'));
    const worker = startWorker(pathToFileURL(join(dir, 'source.js')));
    worker.postMessage(4);
    expect(await firstMessage(worker)).toEqual({ from: 'ts', doubled: 8 });
  });

  it('says which script is missing', () => {
    expect(() => startWorker(pathToFileURL(join(dir, 'none.js')))).toThrow(
      /worker script not found: neither .*none\.js/,
    );
  });
});
