/**
 * The error of pivot-sampled betweenness against exact, on the graph where
 * the audit switches to sampling: a single-locality planted partition of
 * 20,000 actors / 200,000 ties from the generator (seed 1). Exact
 * betweenness is computed once (on worker threads; the same bits as on one
 * thread), then the audit's estimate — `betweenness(graph, { pivots: k,
 * seed })`, Brandes & Pich (2007) scaled as NetworkX does — for several k
 * and seeds, the audit's default being k = 1,000 with seed 1.
 *
 *   node --conditions=@muster/source --import tsx bench/sampling-error.ts [--actors N] [--pivots LIST] [--seeds N]
 *
 * For each estimate: the largest absolute error, the mean absolute error,
 * the largest error relative to the largest exact value, the median and
 * largest relative error over the 20 most central actors, Spearman's rank
 * correlation over all actors (average ranks for ties), and how many of the
 * exact top 20 and top 30 (the audit's broker candidates) and top 1 % the
 * estimate also puts there.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { betweennessParallel } from '@muster/audit/node';
import { betweenness } from '../packages/audit/src/metrics/betweenness.js';
import { syntheticGraph } from './cluster-graph.js';
import { count, seconds, table, timed, timedAsync } from './measure.js';
import { overlap, ranking, spearman } from './ranks.js';

interface ErrorSummary {
  maxAbs: number;
  meanAbs: number;
  maxAbsOfLargest: number;
  top20MedianRel: number;
  top20MaxRel: number;
  spearman: number;
  top20: number;
  top30: number;
  top1pc: number;
}

function summarise(exact: Float64Array, exactOrder: Int32Array, estimate: Float64Array): ErrorSummary {
  const n = exact.length;
  let maxAbs = 0;
  let sumAbs = 0;
  for (let i = 0; i < n; i++) {
    const d = Math.abs(estimate[i]! - exact[i]!);
    maxAbs = Math.max(maxAbs, d);
    sumAbs += d;
  }
  const rel = Array.from(exactOrder.subarray(0, 20), (v) => Math.abs(estimate[v]! - exact[v]!) / exact[v]!).sort(
    (x, y) => x - y,
  );
  const order = ranking(estimate);
  const onePercent = Math.max(1, Math.round(n / 100));
  return {
    maxAbs,
    meanAbs: sumAbs / n,
    maxAbsOfLargest: maxAbs / exact[exactOrder[0]!]!,
    top20MedianRel: (rel[9]! + rel[10]!) / 2,
    top20MaxRel: rel[19]!,
    spearman: spearman(exact, estimate),
    top20: overlap(exactOrder, order, 20),
    top30: overlap(exactOrder, order, 30),
    top1pc: overlap(exactOrder, order, onePercent),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      actors: { type: 'string', default: '20000' },
      pivots: { type: 'string', default: '250,500,1000,2000' },
      seeds: { type: 'string', default: '5' },
      threads: { type: 'string' },
    },
  });
  const actors = Number(values.actors);
  const pivotList = values.pivots.split(',').map(Number);
  const seeds = Number(values.seeds);
  const threads = values.threads === undefined ? availableParallelism() : Number(values.threads);

  const { graph } = syntheticGraph(actors);
  const n = graph.ids.length;
  process.stdout.write(
    `pivot-sampled against exact betweenness: ${count(n)} nodes / ${count(graph.neighbours.length / 2)} edges, ` +
      `planted partition, one locality, generator seed 1\n`,
  );
  const exact = await timedAsync(() => betweennessParallel(graph, { threads }));
  process.stdout.write(`exact: ${seconds(exact.seconds)} on ${threads} threads\n\n`);
  const exactOrder = ranking(exact.value);
  const onePercent = Math.max(1, Math.round(n / 100));

  const rows: string[][] = [
    [
      'pivots',
      'seed',
      'time',
      'max |err|',
      'mean |err|',
      'max |err| / max b',
      'top-20 rel. err (median, max)',
      'Spearman ρ',
      'top 20',
      'top 30',
      `top ${onePercent}`,
    ],
  ];
  for (const k of pivotList) {
    const summaries: ErrorSummary[] = [];
    for (let seed = 1; seed <= seeds; seed++) {
      const estimate = timed(() => betweenness(graph, { pivots: Math.min(k, n), seed }));
      const s = summarise(exact.value, exactOrder, estimate.value);
      summaries.push(s);
      rows.push([
        count(k),
        String(seed),
        seconds(estimate.seconds),
        s.maxAbs.toExponential(2),
        s.meanAbs.toExponential(2),
        `${(100 * s.maxAbsOfLargest).toFixed(1)} %`,
        `${(100 * s.top20MedianRel).toFixed(1)} %, ${(100 * s.top20MaxRel).toFixed(1)} %`,
        s.spearman.toFixed(4),
        `${s.top20}/20`,
        `${s.top30}/30`,
        `${s.top1pc}/${onePercent}`,
      ]);
      process.stderr.write(`${k} pivots, seed ${seed}: done\n`);
    }
    const worst = (f: (s: ErrorSummary) => number, lowIsBad = false): number =>
      lowIsBad ? Math.min(...summaries.map(f)) : Math.max(...summaries.map(f));
    rows.push([
      '',
      'worst',
      '',
      worst((s) => s.maxAbs).toExponential(2),
      worst((s) => s.meanAbs).toExponential(2),
      `${(100 * worst((s) => s.maxAbsOfLargest)).toFixed(1)} %`,
      `${(100 * worst((s) => s.top20MedianRel)).toFixed(1)} %, ${(100 * worst((s) => s.top20MaxRel)).toFixed(1)} %`,
      worst((s) => s.spearman, true).toFixed(4),
      `${worst((s) => s.top20, true)}/20`,
      `${worst((s) => s.top30, true)}/30`,
      `${worst((s) => s.top1pc, true)}/${onePercent}`,
    ]);
  }
  process.stdout.write(table(rows) + '\n');
  process.stdout.write(
    `\nlargest exact betweenness ${exact.value[exactOrder[0]!]!.toExponential(3)}, 20th ${exact.value[exactOrder[19]!]!.toExponential(3)}, ` +
      `median ${[...exact.value].sort((a, b) => a - b)[Math.floor(n / 2)]!.toExponential(3)}\n`,
  );
}

await main();
