/**
 * Marginal gains for seed selection (`seeds.ts`), estimated by simulation
 * over runs 0 … runs − 1 of one seed (common random numbers: every
 * evaluation sees the same trial for every tie in every run).
 *
 * - Incremental (IC without `steps`): each run is a fixed live-arc graph,
 *   so the nodes the chosen seeds reach are kept per run in a bitset
 *   (runs × n bits) and a candidate's gain in a run is what it reaches
 *   outside them: a search that stops at covered nodes, and costs only the
 *   new reach.
 * - Full (LT, or `steps`): each evaluation simulates chosen ∪ {c} afresh
 *   and subtracts the chosen seeds' totals.
 *
 * Gains are whole numbers: the coverage score of the required groups and
 * the reach summed over runs (see `seeds.ts` for the objective).
 */
import { createWorkspace, runOnce, type Covered } from './kernel.js';
import { KERNEL_LT, type PreparedSpread } from './prepare.js';

/** A gain in the objective: (coverage score, reach summed over runs). */
export interface Gain {
  cover: number;
  reach: number;
}

/** The required groups of seed selection. */
export interface MustGroups {
  /** Per node, its position among the required groups, or -1. */
  nodeMust: Int32Array;
  /** The number of required groups. */
  count: number;
  /** A group counts in full once reached in this many runs (⌈runs / 2⌉). */
  half: number;
}

/** Evaluates candidates against the seeds chosen so far. */
export interface Evaluator {
  /** The gain of adding node c to the chosen seeds. */
  gain(c: number): Gain;
  /** Adds node c to the chosen seeds and returns its gain. */
  commit(c: number): Gain;
  /** Reach of the chosen seeds, summed over runs. */
  reach(): number;
  /** Per required group, the runs in which the chosen seeds reach it. */
  hits(): Float64Array;
}

/** The coverage score Σ_g min(hits_g, half). */
export function coverScore(hits: ArrayLike<number>, half: number): number {
  let cover = 0;
  for (let g = 0; g < hits.length; g++) cover += Math.min(hits[g]!, half);
  return cover;
}

/** An evaluator that simulates (see the banner for the two modes). */
export function simulationEvaluator(prepared: PreparedSpread, runs: number, must: MustGroups): Evaluator {
  const n = prepared.n;
  const { nodeMust, count: groupCount, half } = must;
  const incremental = prepared.kernel !== KERNEL_LT && prepared.maxSteps === Infinity;
  const words = (n + 31) >>> 5;
  const bits = new Uint32Array(incremental ? runs * words : 0);
  const covered: Covered = { bits, base: 0 };
  // Per run, per required group: reached by the chosen seeds (1) or not (0); incremental only.
  const hit = new Uint8Array(incremental ? runs * groupCount : 0);
  const hits = new Float64Array(groupCount);
  const newHits = new Float64Array(groupCount);
  const seenRun = new Int32Array(groupCount);
  const ws = createWorkspace(n);
  const chosen: number[] = [];
  let chosenReach = 0;
  let chosenCover = 0;

  const evaluate = (c: number, commit: boolean): Gain => {
    newHits.fill(0);
    seenRun.fill(-1);
    const seeds = incremental ? [c] : [...chosen, c];
    let total = 0;
    for (let r = 0; r < runs; r++) {
      covered.base = r * words;
      const count = runOnce(prepared, ws, r, seeds, incremental ? covered : null);
      total += count;
      const queue = ws.queue;
      if (incremental && commit)
        for (let i = 0; i < count; i++) {
          const v = queue[i]!;
          bits[covered.base + (v >>> 5)]! |= 1 << (v & 31);
        }
      if (groupCount === 0) continue;
      const row = r * groupCount;
      for (let i = 0; i < count; i++) {
        const g = nodeMust[queue[i]!]!;
        if (g < 0 || seenRun[g] === r) continue;
        seenRun[g] = r;
        if (incremental) {
          // A group the chosen seeds already reach in this run is no news.
          if (hit[row + g] === 1) continue;
          if (commit) hit[row + g] = 1;
        }
        newHits[g]!++;
      }
    }
    // Incremental runs count only what c adds; full runs count the whole set.
    if (incremental) for (let g = 0; g < groupCount; g++) newHits[g]! += hits[g]!;
    const cover = coverScore(newHits, half);
    const gain = { cover: cover - chosenCover, reach: incremental ? total : total - chosenReach };
    if (commit) {
      hits.set(newHits);
      chosen.push(c);
      chosenReach += gain.reach;
      chosenCover = cover;
    }
    return gain;
  };

  return {
    gain: (c) => evaluate(c, false),
    commit: (c) => evaluate(c, true),
    reach: () => chosenReach,
    hits: () => hits,
  };
}
