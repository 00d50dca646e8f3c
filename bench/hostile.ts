/**
 * The time and peak memory of `muster` on each hostile input of the test
 * suite (`test/hostile/cases.ts`), each in a fresh process under the same
 * limits as the tests. Build first (`pnpm build`).
 *
 *   node --conditions=@muster/source --import tsx bench/hostile.ts
 */
import { makeHostileCases, runHostileCase } from '../test/hostile/cases.js';
import { megabytes, scratchFolder, seconds } from './measure.js';

const cases = makeHostileCases(scratchFolder('muster-hostile-bench-'));
const width = Math.max(...cases.map((c) => c.name.length));
console.log(`${'case'.padEnd(width)}  exit  time      peak RSS`);
for (const c of cases) {
  const run = runHostileCase(c);
  const exit = run.timedOut ? 'time' : String(run.code ?? run.signal);
  const peak = run.peakBytes === undefined ? '–' : megabytes(run.peakBytes);
  console.log(`${c.name.padEnd(width)}  ${exit.padEnd(4)}  ${seconds(run.seconds).padEnd(8)}  ${peak}`);
}
