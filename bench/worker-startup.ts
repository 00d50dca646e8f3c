/**
 * Benchmark of worker start-up: the time from creating a pool of worker
 * threads to its first answer, for audit's `BetweennessPool` and flow's
 * spread pool, on a graph so small that the work itself is nothing. Each
 * measurement starts a new pool, runs one computation and closes it; the
 * fastest and the median wall time of `--repeat` measurements are printed,
 * and the median CPU time of every thread of the process (on a busy
 * machine the fastest wall time and the CPU time are the steadier figures).
 *
 * From the TypeScript sources (each worker loads tsx first):
 *
 *   node --conditions=@muster/source --import tsx bench/worker-startup.ts [--repeat N]
 *
 * From the built packages (`pnpm build` first; the workers load `worker.js`):
 *
 *   node --import tsx bench/worker-startup.ts [--repeat N]
 *
 * Figures go to stdout as a Markdown table.
 */
import { parseArgs } from 'node:util';
import type { CompactGraph } from '@muster/core';
import { BetweennessPool } from '@muster/audit/node';
import { createSpreadPool } from '@muster/flow/node';
import { median, seconds, timedAsync } from './measure.js';

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '7' } } });
const repeat = Number(values.repeat);

/** A path of `n` nodes. */
function path(n: number): CompactGraph {
  const offsets = new Int32Array(n + 1);
  const neighbours: number[] = [];
  for (let v = 0; v < n; v++) {
    if (v > 0) neighbours.push(v - 1);
    if (v < n - 1) neighbours.push(v + 1);
    offsets[v + 1] = neighbours.length;
  }
  const ids = Array.from({ length: n }, (_, v) => `n${v}`);
  return {
    ids,
    index: new Map(ids.map((id, v) => [id, v])),
    offsets,
    neighbours: Int32Array.from(neighbours),
    weights: new Float64Array(neighbours.length).fill(1),
  };
}

const graph = path(64);

async function audit(threads: number): Promise<void> {
  const pool = new BetweennessPool(threads);
  try {
    // Enough tasks that every thread is started (a task per chunk on so small a graph is not guaranteed).
    await Promise.all(Array.from({ length: threads }, () => pool.compute(graph)));
  } finally {
    await pool.close();
  }
}

async function flow(threads: number): Promise<void> {
  const pool = createSpreadPool(threads);
  try {
    await pool.spread(graph, { model: 'ic', p: 0.1, seeds: [0], runs: threads, seed: 1 });
  } finally {
    await pool.close();
  }
}

const source = import.meta.resolve('@muster/audit/node').includes('/src/');
console.log(`Worker start-up, ${source ? 'from the TypeScript sources' : 'from the built packages'}`);
console.log(
  `(wall time fastest / median, and median CPU time, of ${repeat}; a new pool, one computation on a 64-node path, close)\n`,
);
console.log('| pool | 1 thread | 2 threads | 3 threads |');
console.log('| ---- | -------: | --------: | --------: |');
for (const [name, run] of [
  ['audit `BetweennessPool`', audit],
  ['flow `createSpreadPool`', flow],
] as const) {
  await run(1); // warm the module caches
  const cells: string[] = [];
  for (const threads of [1, 2, 3]) {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let k = 0; k < repeat; k++) {
      const { seconds: s, cpuSeconds } = await timedAsync(() => run(threads));
      wall.push(s);
      cpu.push(cpuSeconds);
    }
    cells.push(`${seconds(Math.min(...wall))} / ${seconds(median(wall))}, CPU ${seconds(median(cpu))}`);
  }
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
