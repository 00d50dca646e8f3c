/**
 * Seed selection: choose k actors from whom an idea would spread furthest,
 * by the greedy algorithm of Kempe, Kleinberg & Tardos (2003) with lazy
 * evaluation, CELF (Leskovec, Krause, Guestrin, Faloutsos, VanBriesen &
 * Glance 2007, "Cost-effective outbreak detection in networks", KDD).
 *
 * Greedy adds, k times, the candidate with the largest marginal gain in the
 * objective. CELF keeps every candidate's last computed gain in a max-heap:
 * when the top's gain was computed for the current seed set it is taken;
 * otherwise it is recomputed and pushed back. For a submodular objective a
 * stale gain is an upper bound, so this picks exactly what plain greedy
 * picks, with far fewer evaluations.
 *
 * Estimates: expected reach σ(S) is a mean over `runs` Monte Carlo
 * samples with common random numbers: every evaluation sees the same
 * samples, so gains are compared on the same random worlds. Three ways,
 * the first that applies (`method` in the result):
 *
 * - `live-edge` (IC without `steps`, symmetric probabilities, runs ×
 *   candidates ≤ LIVE_EDGE_LIMIT): each sample is a graph of live ties and
 *   σ(S) counts the union of the components holding S (`live.ts`); every
 *   evaluation then costs O(runs · k), whatever the cascades' size.
 * - `incremental` (other IC without `steps`): runs 0 … runs − 1 of
 *   `spread`, with what the chosen seeds reach kept per run (`evaluate.ts`).
 * - `simulation` (LT, or `steps`): each evaluation simulates S ∪ {c}.
 *
 * The last two reproduce `spread`'s runs, so their expected reach equals
 * `spread`'s for the same seed exactly; `method: 'simulation'` forces them.
 * Under IC each sample is a fixed live graph in which reach is a coverage
 * function of S, so the estimate σ̂ is itself monotone and submodular and
 * lazy evaluation is exact. Under LT with fixed thresholds a run's reach is
 * monotone but not always submodular (it is submodular in expectation,
 * Kempe et al. 2003), so there lazy evaluation is the usual approximation
 * of greedy.
 *
 * `mustReach` (groups that should be reached, e.g. roles): with c_g(S) the
 * number of runs in which at least one member of group g adopts and
 * h = ⌈runs / 2⌉, the coverage score is A(S) = Σ_g min(c_g(S), h): a group
 * counts in full once it is reached in at least half of the runs, and more
 * than that earns it nothing. Seed sets are compared lexicographically by
 * (A(S), Σ_runs reach): coverage of the required groups first, then
 * reach. A is a sum of truncated coverage functions, submodular under IC
 * like the reach, and so is every weighting M · A + reach; the lexicographic
 * order is the limit of large M, so lazy evaluation stays exact.
 *
 * Candidates: `candidates` if given; otherwise every node when there are at
 * most {@link SEED_CANDIDATE_DEFAULTS}.allNodesUpTo nodes, and the
 * {@link SEED_CANDIDATE_DEFAULTS}.topDegree nodes of highest degree (ties to
 * the lower index) beyond that. Ties in gain go to the lower node index.
 *
 * Cost: every method evaluates each candidate once in the first round and
 * then only those whose stale gain comes out on top. Live-edge sampling
 * costs O(runs · (n + m)) once and O(runs · k) per evaluation, in
 * runs × candidates × 8 bytes (more with over 32 required groups);
 * incremental simulation costs runs × reach(c) per candidate in the first
 * round and only the new reach later, in runs × n bits; full simulation
 * costs runs × reach(S ∪ {c}) per evaluation.
 */
import type { CompactGraph } from '@muster/core';
import { simulationEvaluator, type MustGroups } from './evaluate.js';
import { liveEdgeEvaluator } from './live.js';
import { checkNode, checkWhole, fail, KERNEL_LT, prepareSpread } from './prepare.js';
import type { SpreadModel } from './types.js';

/** How the candidate pool is chosen when none is given (see the banner). */
export const SEED_CANDIDATE_DEFAULTS = { allNodesUpTo: 2000, topDegree: 200 } as const;

/** Options of {@link selectSeeds}. */
export interface SelectSeedsOptions {
  /** How many seeds to choose. */
  k: number;
  model: SpreadModel;
  /** IC: one probability for every tie, in (0, 1]. */
  p?: number;
  /** IC: a probability per CSR slot; overrides `p`. */
  probabilities?: Float64Array;
  /** Monte Carlo runs per evaluation. */
  runs: number;
  /** Count only activations up to this step. */
  steps?: number;
  seed: number;
  /** The nodes seeds may be chosen from (see the banner for the default). */
  candidates?: ArrayLike<number>;
  /** Groups the seeds should reach: `membership` gives each node's group (or -1), `groups` the ones required. */
  mustReach?: { membership: Int32Array; groups: readonly number[] };
  /**
   * How gains are estimated: `auto` (default) uses live-edge components
   * where they apply and simulation otherwise; `simulation` always
   * simulates, so that the expected reach equals `spread`'s on the same seed.
   */
  method?: 'auto' | 'simulation';
  /** Called after each seed is chosen. */
  onProgress?: (chosen: number, k: number) => void;
}

/** How the gains were estimated (see the banner). */
export type SeedMethod = 'live-edge' | 'incremental' | 'simulation';

/** What {@link selectSeeds} returns. */
export interface SelectedSeeds {
  /** The seeds, in the order chosen. */
  seeds: number[];
  /** Expected reach of the first i + 1 seeds. */
  expectedReach: number[];
  /** The expected reach each seed added. */
  gains: number[];
  /** With `mustReach`: per seed chosen, per group of `mustReach.groups`, the share of runs in which it is reached. */
  pReach?: number[][];
  /** Gain evaluations made (each over `runs` runs): lazy evaluation saves candidates × k minus this. */
  evaluations: number;
  /** How the gains were estimated. */
  method: SeedMethod;
}

/** The default candidates: see {@link SEED_CANDIDATE_DEFAULTS}. */
export function defaultCandidates(graph: CompactGraph): number[] {
  const n = graph.ids.length;
  const all = Array.from({ length: n }, (_, i) => i);
  if (n <= SEED_CANDIDATE_DEFAULTS.allNodesUpTo) return all;
  const { offsets } = graph;
  const degree = (v: number): number => offsets[v + 1]! - offsets[v]!;
  all.sort((a, b) => degree(b) - degree(a) || a - b);
  return all.slice(0, SEED_CANDIDATE_DEFAULTS.topDegree);
}

/** A max-heap of candidate positions ordered by gain, then by lower node index. */
class GainHeap {
  private readonly items: number[] = [];
  constructor(
    private readonly cover: Float64Array,
    private readonly reach: Float64Array,
    private readonly node: Int32Array,
  ) {}
  private above(a: number, b: number): boolean {
    const { cover, reach, node } = this;
    if (cover[a] !== cover[b]) return cover[a]! > cover[b]!;
    if (reach[a] !== reach[b]) return reach[a]! > reach[b]!;
    return node[a]! < node[b]!;
  }
  push(x: number): void {
    const items = this.items;
    let i = items.length;
    items.push(x);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(x, items[parent]!)) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = x;
  }
  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= items.length) break;
      const r = l + 1;
      const c = r < items.length && this.above(items[r]!, items[l]!) ? r : l;
      if (!this.above(items[c]!, last)) break;
      items[i] = items[c]!;
      i = c;
    }
    items[i] = last;
    return top;
  }
}

/** Chooses `k` seeds maximising expected reach (and coverage of `mustReach`), by CELF; see the banner. */
export function selectSeeds(graph: CompactGraph, options: SelectSeedsOptions): SelectedSeeds {
  const where = 'selectSeeds';
  const n = graph.ids.length;
  const runs = checkWhole(where, 'runs', options.runs, 1);
  const k = checkWhole(where, 'k', options.k, 0);
  const prepared = prepareSpread(where, graph, { ...options, seeds: [] });

  const pool: number[] = [];
  const inPool = new Uint8Array(n);
  const given = options.candidates ?? defaultCandidates(graph);
  for (let i = 0; i < given.length; i++) {
    const c = checkNode(where, `candidates[${i}]`, given[i], n);
    if (inPool[c] === 1) continue;
    inPool[c] = 1;
    pool.push(c);
  }
  if (k > pool.length) fail(where, `k = ${k} is more than the ${pool.length} candidates`);

  // Required groups, each once: nodeMust[v] is the position of v's group among them, or -1.
  const must = options.mustReach;
  const position = new Map<number, number>();
  const nodeMust = new Int32Array(n).fill(-1);
  if (must !== undefined) {
    if (must.membership.length !== n)
      fail(where, `mustReach.membership has length ${must.membership.length}, expected ${n}`);
    must.groups.forEach((g, i) => {
      if (!Number.isInteger(g) || g < 0) fail(where, `mustReach.groups[${i}] must be a group index ≥ 0, got ${g}`);
      if (!position.has(g)) position.set(g, position.size);
    });
    for (let v = 0; v < n; v++) nodeMust[v] = position.get(must.membership[v]!) ?? -1;
  }
  const groups: MustGroups = { nodeMust, count: position.size, half: Math.ceil(runs / 2) };
  const live = options.method === 'simulation' ? null : liveEdgeEvaluator(prepared, pool, runs, groups);
  const evaluator = live ?? simulationEvaluator(prepared, runs, groups);
  const method: SeedMethod =
    live !== null
      ? 'live-edge'
      : prepared.kernel !== KERNEL_LT && prepared.maxSteps === Infinity
        ? 'incremental'
        : 'simulation';
  let evaluations = 0;
  const evaluate = (c: number): { cover: number; reach: number } => {
    evaluations++;
    return evaluator.gain(c);
  };

  const m = pool.length;
  const gainCover = new Float64Array(m);
  const gainReach = new Float64Array(m);
  const round = new Int32Array(m);
  const heap = new GainHeap(gainCover, gainReach, Int32Array.from(pool));
  const result: SelectedSeeds = { seeds: [], expectedReach: [], gains: [], evaluations: 0, method };
  if (must !== undefined) result.pReach = [];
  if (k > 0) {
    for (let i = 0; i < m; i++) {
      const g = evaluate(pool[i]!);
      gainCover[i] = g.cover;
      gainReach[i] = g.reach;
      heap.push(i);
    }
  }
  const chosen: number[] = [];
  while (chosen.length < k) {
    const top = heap.pop();
    if (round[top] !== chosen.length) {
      const g = evaluate(pool[top]!);
      gainCover[top] = g.cover;
      gainReach[top] = g.reach;
      round[top] = chosen.length;
      heap.push(top);
      continue;
    }
    const g = evaluator.commit(pool[top]!);
    chosen.push(pool[top]!);
    result.seeds.push(pool[top]!);
    result.expectedReach.push(evaluator.reach() / runs);
    result.gains.push(g.reach / runs);
    const hits = evaluator.hits();
    result.pReach?.push(must!.groups.map((g) => hits[position.get(g)!]! / runs));
    options.onProgress?.(chosen.length, k);
  }
  result.evaluations = evaluations;
  return result;
}
