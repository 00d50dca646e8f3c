/**
 * Monte Carlo simulation of an idea spreading over the tie graph, by
 * independent cascade (IC: Goldenberg, Libai & Muller 2001, "Talk of the
 * network", Marketing Letters 12(3); Kempe, Kleinberg & Tardos 2003,
 * "Maximizing the spread of influence through a social network", KDD) or
 * linear threshold (LT: Granovetter 1978, "Threshold models of collective
 * behavior", American Journal of Sociology 83(6); Kempe et al. 2003).
 *
 * Models, on the graph as given (the flow graph is the undirected view of
 * the flow-carrying ties, so an idea passes either way along a tie):
 *
 * - IC: the seeds are active at step 0. A node activated at step t gets one
 *   chance, at step t + 1, to activate each still-inactive neighbour v, with
 *   probability p (one value for every tie) or p_uv (per CSR slot; see
 *   {@link probabilitiesFromWeights}). Trials are independent.
 * - LT: the influence of u on v is b_uv = w_uv / Σ_x w_xv, the tie weight
 *   normalised over v's ties, so Σ_u b_uv = 1. Each node draws a threshold θ_v
 *   uniform in (0, 1) per run; v activates at step t + 1 once the summed
 *   influence of its neighbours active by step t reaches θ_v.
 * - `steps = T`: only activations at steps 0 … T count (T = 0: the seeds).
 *
 * Randomness: every trial and threshold is a hash of (seed, run, node,
 * position in the node's slice) (`hash.ts`), so a run's outcome depends on
 * the seed and its index only: the same whatever the thread or the order in
 * which runs are done, and bit for bit the same for the same seed. Two
 * calls with the same seed share their random numbers tie by tie, so the
 * difference a what-if makes (`removed`, `extraTies`) is measured on the
 * same random worlds (common random numbers; see `pairedDifference`).
 *
 * Complexity: O(n + m) to prepare per call, then per run O(Σ deg(u)) over
 * the nodes u that fire (plus O(successes) logarithms with a global p);
 * memory O(n + m), allocated once per call. Results are integer counts
 * summed over runs, so any split of the runs adds up to the same bits.
 */
import type { CompactGraph } from '@muster/core';
import { createWorkspace, runOnce } from './kernel.js';
import { checkGroups, checkP, checkWhole, prepareSpread, type PreparedSpread } from './prepare.js';
import type { SpreadGroups, SpreadOptions, SpreadResult } from './types.js';

/** Progress is reported about this many times per call. */
const PROGRESS_STEPS = 100;

/** An empty result for `runs` runs, to be filled by {@link simulateRuns} or by adding parts. */
export function emptyResult(n: number, runs: number, groups: readonly SpreadGroups[]): SpreadResult {
  return {
    runs,
    reach: new Float64Array(runs),
    nodeAdoptions: new Float64Array(n),
    groupAdopters: groups.map((g) => new Float64Array(g.count)),
    groupReached: groups.map((g) => new Uint32Array(g.count)),
    edgeVisits: 0,
  };
}

/**
 * Runs `firstRun … firstRun + runs − 1` of a prepared simulation and sums
 * their outcomes (the work of {@link spread} after preparing, and of each
 * worker thread of `spreadParallel`).
 */
export function simulateRuns(
  prepared: PreparedSpread,
  groups: readonly SpreadGroups[],
  firstRun: number,
  runs: number,
  onProgress?: (runsDone: number) => void,
): SpreadResult {
  const result = emptyResult(prepared.n, runs, groups);
  const ws = createWorkspace(prepared.n);
  const { reach, nodeAdoptions, groupAdopters, groupReached } = result;
  const lastRun = groups.map((g) => new Int32Array(g.count).fill(-1));
  const every = Math.max(1, Math.ceil(runs / PROGRESS_STEPS));
  const queue = ws.queue;
  for (let r = 0; r < runs; r++) {
    const count = runOnce(prepared, ws, firstRun + r, prepared.seeds);
    reach[r] = count;
    for (let i = 0; i < count; i++) nodeAdoptions[queue[i]!]!++;
    for (let e = 0; e < groups.length; e++) {
      const membership = groups[e]!.membership;
      const adopters = groupAdopters[e]!;
      const reached = groupReached[e]!;
      const last = lastRun[e]!;
      for (let i = 0; i < count; i++) {
        const g = membership[queue[i]!]!;
        if (g < 0) continue;
        adopters[g]!++;
        if (last[g] !== r) {
          last[g] = r;
          reached[g]!++;
        }
      }
    }
    if (onProgress !== undefined && ((r + 1) % every === 0 || r + 1 === runs)) onProgress(r + 1);
  }
  result.edgeVisits = ws.visits;
  return result;
}

/** Checks the options that drive the runs rather than shape the graph. */
export function checkRunOptions(where: string, graph: CompactGraph, options: SpreadOptions): void {
  checkWhole(where, 'runs', options.runs, 1);
  if (options.firstRun !== undefined) checkWhole(where, 'firstRun', options.firstRun, 0);
  if (options.groups !== undefined) checkGroups(where, options.groups, graph.ids.length);
}

/** Simulates `options.runs` runs of the idea spreading from `options.seeds` (see the banner). */
export function spread(graph: CompactGraph, options: SpreadOptions): SpreadResult {
  checkRunOptions('spread', graph, options);
  return spreadChecked('spread', graph, options);
}

/** {@link spread} in this thread once `checkRunOptions` has passed; `where` names the caller in errors. */
export function spreadChecked(where: string, graph: CompactGraph, options: SpreadOptions): SpreadResult {
  const prepared = prepareSpread(where, graph, options);
  const { runs, onProgress } = options;
  return simulateRuns(
    prepared,
    options.groups ?? [],
    options.firstRun ?? 0,
    runs,
    onProgress === undefined ? undefined : (done) => onProgress(done, runs),
  );
}

/**
 * Per-slot IC probabilities from tie weights: a tie of (summed) weight w
 * counts as w independent contacts of probability p each, so it passes the
 * idea with probability 1 − (1 − p)^w. Weight 1 gives p; a non-positive
 * weight gives 0.
 */
export function probabilitiesFromWeights(graph: CompactGraph, p: number): Float64Array {
  checkP('probabilitiesFromWeights', p);
  const { weights } = graph;
  const out = new Float64Array(weights.length);
  const lnq = Math.log1p(-p);
  for (let k = 0; k < weights.length; k++) {
    const w = weights[k]!;
    out[k] = w <= 0 ? 0 : p === 1 ? 1 : -Math.expm1(w * lnq);
  }
  return out;
}
