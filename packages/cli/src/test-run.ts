/**
 * Runs the `muster` command in a test, with its output captured. (Not part
 * of the build: `test-*.ts`.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { CliIo } from './io.js';
import { main } from './main.js';

/** The bundled example datasets. */
export const FIRTH_VALLEY = fileURLToPath(new URL('../../../examples/firth-valley', import.meta.url));
export const MEDICAL_INNOVATION = fileURLToPath(new URL('../../../examples/medical-innovation', import.meta.url));

/**
 * A fresh temporary folder for this test file's tests (`per: 'test'`: for
 * each test), removed after them; call the returned function for its path.
 */
export function useScratchFolder(name: string, per: 'file' | 'test' = 'file'): () => string {
  let dir = '';
  (per === 'file' ? beforeAll : beforeEach)(() => {
    dir = mkdtempSync(join(tmpdir(), `muster-${name}-`));
  });
  (per === 'file' ? afterAll : afterEach)(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

/** What a run gave: the exit code and everything written to stdout and stderr. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** How the command runs. */
export interface RunOptions {
  /** The environment; `{ NO_COLOR: '1' }` (plain text) by default. */
  env?: Record<string, string>;
  /** Whether stdout and stderr are terminals; false by default. */
  tty?: boolean;
}

/** Runs `muster` with the arguments `argv`, in the current folder. */
export async function run(argv: string[], { env = { NO_COLOR: '1' }, tty = false }: RunOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: tty },
    stderr: { write: (text: string) => (stderr += text), isTTY: tty },
    env,
    cwd: process.cwd(),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
