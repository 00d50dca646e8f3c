/**
 * A progress bar on stderr for long work: only on a terminal, never with
 * --quiet, redrawn at most every 100 ms, cleared when done.
 */
import type { CliIo } from './io.js';

/** Reports `done` of `total`; call `finish` at the end. */
export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

const SILENT: Progress = { update: () => undefined, finish: () => undefined };

export function progressBar(io: CliIo, label: string, quiet: boolean): Progress {
  if (quiet || !io.stderr.isTTY) return SILENT;
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 30;
      const filled = Math.round((width * done) / Math.max(1, total));
      io.stderr.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
      drawn = true;
    },
    finish() {
      if (drawn) io.stderr.write('\r\u001b[2K');
    },
  };
}
