/**
 * Benchmark of the flow simulations (`@muster/flow`): edge visits per
 * second of independent cascade (one p, with geometric skipping; and a
 * probability per tie from its weight) and of linear threshold on the
 * 20,000 / 200,000 synthetic cluster, on one thread and on worker threads;
 * the time of 1,000 runs on the 2,000 / 20,000 cluster; and the time of
 * CELF seed selection for k = 5.
 *
 * An edge visit is a neighbour trial considered: every neighbour of every
 * node that fires, including those passed over by geometric skipping.
 *
 *   node --conditions=@muster/source --import tsx bench/flow.ts [--quick] [--threads N]
 *
 * `--quick` shortens every measurement (for a smoke run). Figures go to
 * stdout as Markdown tables.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { createRng, type CompactGraph } from '@muster/core';
import { probabilitiesFromWeights, selectSeeds, spread, type SpreadOptions, type SpreadResult } from '@muster/flow';
import { createSpreadPool } from '@muster/flow/node';
import { generateSyntheticCluster } from './synthetic.js';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, threads: { type: 'string' } },
});
const quick = values.quick === true;
const threads = values.threads === undefined ? availableParallelism() : Number(values.threads);

/** The undirected compact view of a synthetic cluster (every tie; slices sorted, as `compactView` gives). */
function clusterGraph(actors: number): CompactGraph {
  const c = generateSyntheticCluster({ actors, seed: 1 });
  const n = c.actorCount;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < c.tieCount; e++) {
    offsets[c.tieSource[e]! + 1]!++;
    offsets[c.tieTarget[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  for (let e = 0; e < c.tieCount; e++) {
    const u = c.tieSource[e]!;
    const v = c.tieTarget[e]!;
    neighbours[fill[u]!] = v;
    weights[fill[u]!++] = c.tieWeight[e]!;
    neighbours[fill[v]!] = u;
    weights[fill[v]!++] = c.tieWeight[e]!;
  }
  for (let i = 0; i < n; i++) {
    const a = offsets[i]!;
    const b = offsets[i + 1]!;
    const order = Array.from({ length: b - a }, (_, k) => a + k).sort((x, y) => neighbours[x]! - neighbours[y]!);
    const nb = order.map((k) => neighbours[k]!);
    const w = order.map((k) => weights[k]!);
    neighbours.set(nb, a);
    weights.set(w, a);
  }
  const ids = Array.from({ length: n }, (_, i) => `s${String(i + 1).padStart(6, '0')}`);
  return { ids, index: new Map(ids.map((id, i) => [id, i])), offsets, neighbours, weights };
}

/** `count` distinct actors drawn at random (seeded): where the idea starts. */
function startingActors(n: number, count: number): number[] {
  const rng = createRng(7);
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(rng() * n));
  return [...chosen].sort((a, b) => a - b);
}

function mean(values: Float64Array): number {
  let s = 0;
  for (const x of values) s += x;
  return s / values.length;
}

interface Throughput {
  visitsPerSecond: number;
  reach: number;
  secondsPerCall: number;
}

/** Calls `run` with seeds 1, 2, … until `seconds` have passed, `rounds` times; the best round's rate. */
async function throughput(
  run: (seed: number) => SpreadResult | Promise<SpreadResult>,
  seconds: number,
  rounds: number,
): Promise<Throughput> {
  let best: Throughput = { visitsPerSecond: 0, reach: 0, secondsPerCall: 0 };
  let seed = 1;
  await run(seed++); // warm-up
  for (let round = 0; round < rounds; round++) {
    let visits = 0;
    let reach = 0;
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < seconds * 1000) {
      const result = await run(seed++);
      visits += result.edgeVisits;
      reach += mean(result.reach);
      calls++;
      elapsed = performance.now() - start;
    }
    const rate = visits / (elapsed / 1000);
    if (rate > best.visitsPerSecond)
      best = { visitsPerSecond: rate, reach: reach / calls, secondsPerCall: elapsed / 1000 / calls };
  }
  return best;
}

/** The median time of `calls` calls, in seconds. */
function medianTime(call: (seed: number) => unknown, calls: number): number {
  call(0);
  const times: number[] = [];
  for (let i = 1; i <= calls; i++) {
    const start = performance.now();
    call(i);
    times.push((performance.now() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const f1 = (x: number): string => x.toFixed(1);
const millions = (x: number): string => `${(x / 1e6).toFixed(0)} M/s`;

type Model = Pick<SpreadOptions, 'model' | 'p' | 'probabilities'>;

function models(graph: CompactGraph): [string, string, Model][] {
  return [
    ['IC, one p (geometric skipping)', '0.05', { model: 'ic', p: 0.05 }],
    ['IC, one p (geometric skipping)', '0.01', { model: 'ic', p: 0.01 }],
    ['IC, per tie 1 − (1 − p)^w', '0.05', { model: 'ic', probabilities: probabilitiesFromWeights(graph, 0.05) }],
    ['IC, per tie 1 − (1 − p)^w', '0.01', { model: 'ic', probabilities: probabilitiesFromWeights(graph, 0.01) }],
    ['LT (weights normalised)', '–', { model: 'lt' }],
  ];
}

async function main(): Promise<void> {
  const big = clusterGraph(20_000);
  const small = clusterGraph(2_000);
  const seconds = quick ? 0.2 : 1.5;
  const rounds = quick ? 1 : 3;
  const parallelRuns = quick ? 2_000 : 10_000;
  const bigSeeds = startingActors(big.ids.length, 10);
  const poolStart = performance.now();
  const pool = createSpreadPool(threads);
  // The threads start on their first task: time one small one.
  await pool.spread(small, { model: 'ic', p: 0.01, seeds: [0], runs: threads, seed: 1 });
  const poolStartMs = performance.now() - poolStart;

  console.log(`# Flow simulation (Node ${process.version}, ${availableParallelism()} cores available)\n`);
  console.log(
    `## Edge visits per second, 20,000 actors / 200,000 ties, from 10 actors\n\n` +
      `One thread: \`spread\`, calls of 1,000 runs (each prepares its arrays). ` +
      `Worker threads: a pool of ${threads} (started once, in ${poolStartMs.toFixed(0)} ms), calls of ` +
      `${parallelRuns.toLocaleString('en')} runs.\n`,
  );
  console.log('| model | p | mean reach | one thread | s per 1,000 runs | worker threads |');
  console.log('| --- | --: | --: | --: | --: | --: |');
  for (const [name, p, model] of models(big)) {
    const one = await throughput(
      (seed) => spread(big, { ...model, seeds: bigSeeds, runs: 1000, seed }),
      seconds,
      rounds,
    );
    const many = await throughput(
      (seed) => pool.spread(big, { ...model, seeds: bigSeeds, runs: parallelRuns, seed }),
      seconds * 2,
      Math.min(rounds, 2),
    );
    console.log(
      `| ${name} | ${p} | ${f1(one.reach)} | ${millions(one.visitsPerSecond)} | ${one.secondsPerCall.toFixed(4)} | ${millions(many.visitsPerSecond)} |`,
    );
  }
  await pool.close();

  console.log(`\n## 1,000 runs, 2,000 actors / 20,000 ties (median of ${quick ? 3 : 15} calls, one thread)\n`);
  console.log('| model | p | from | mean reach | time |');
  console.log('| --- | --: | --: | --: | --: |');
  for (const [name, p, model] of models(small)) {
    for (const from of [1, 10]) {
      const seeds = startingActors(small.ids.length, from);
      let reach = 0;
      const time = medianTime(
        (seed) => {
          reach = mean(spread(small, { ...model, seeds, runs: 1000, seed }).reach);
        },
        quick ? 3 : 15,
      );
      console.log(`| ${name} | ${p} | ${from} | ${f1(reach)} | ${(time * 1000).toFixed(1)} ms |`);
    }
  }

  console.log('\n## CELF seed selection, k = 5 (one thread)\n');
  console.log('| cluster | model | p | runs | candidates | method | evaluations | expected reach | time |');
  console.log('| --- | --- | --: | --: | --: | --- | --: | --: | --: |');
  const celfRuns = quick ? 100 : 1000;
  const cases: [string, CompactGraph, Model, string][] = [
    ['2,000 / 20,000', small, { model: 'ic', p: 0.01 }, '0.01'],
    ['2,000 / 20,000', small, { model: 'ic', p: 0.05 }, '0.05'],
    ['2,000 / 20,000', small, { model: 'ic', probabilities: probabilitiesFromWeights(small, 0.01) }, 'w, 0.01'],
    ['2,000 / 20,000', small, { model: 'lt' }, '–'],
    ['20,000 / 200,000', big, { model: 'ic', p: 0.01 }, '0.01'],
    ['20,000 / 200,000', big, { model: 'ic', p: 0.05 }, '0.05'],
    ['20,000 / 200,000', big, { model: 'lt' }, '–'],
  ];
  for (const [cluster, graph, model, p] of cases) {
    const start = performance.now();
    const result = selectSeeds(graph, { ...model, k: 5, runs: celfRuns, seed: 1 });
    const time = (performance.now() - start) / 1000;
    const candidates = graph.ids.length > 2000 ? 200 : graph.ids.length;
    console.log(
      `| ${cluster} | ${model.model.toUpperCase()} | ${p} | ${celfRuns} | ${candidates} | ${result.method} | ${result.evaluations} | ${f1(result.expectedReach.at(-1)!)} | ${time.toFixed(2)} s |`,
    );
  }
}

await main();
