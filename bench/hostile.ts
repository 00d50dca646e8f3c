/**
 * The time and peak memory of `muster` on each hostile input of the test
 * suite (`test/hostile/cases.ts`), each in a fresh process under the same
 * limits as the tests. Build first (`pnpm build`).
 *
 *   node --conditions=@muster/source --import tsx bench/hostile.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeHostileCases, runHostileCase } from '../test/hostile/cases.js';
import { megabytes, seconds } from './measure.js';

const dir = mkdtempSync(join(tmpdir(), 'muster-hostile-bench-'));
try {
  const cases = makeHostileCases(dir);
  const width = Math.max(...cases.map((c) => c.name.length));
  console.log(`${'case'.padEnd(width)}  exit  time      peak RSS`);
  for (const c of cases) {
    const run = runHostileCase(c);
    const exit = run.timedOut ? 'time' : String(run.code ?? run.signal);
    const peak = run.peakBytes === undefined ? '–' : megabytes(run.peakBytes);
    console.log(`${c.name.padEnd(width)}  ${exit.padEnd(4)}  ${seconds(run.seconds).padEnd(8)}  ${peak}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
