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
 * Estimates: expected reach σ(S) is the mean over `runs` Monte Carlo runs
 * with common random numbers: every evaluation uses the same runs
 * 0 … runs − 1 of the same seed, so every trial of every tie is the same in
 * all of them. Under IC each run is then a fixed "live-edge" graph and the
 * run's reach is a coverage function of S, so the estimate σ̂ is itself
 * monotone and submodular and lazy evaluation is exact. Without `steps`,
 * IC gains are computed incrementally: per run, the nodes S already reaches
 * are kept in a bitset, and a candidate's gain is what it reaches outside
 * them (a candidate inside them gains nothing in that run). With `steps`, or
 * under LT, each evaluation simulates S ∪ {c} afresh. Under LT with fixed
 * thresholds a run's reach is monotone but not always submodular (it is
 * submodular in expectation, Kempe et al. 2003), so there lazy evaluation is
 * the usual approximation of greedy.
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
 * Cost: under IC without steps, the first round is one full estimate per
 * candidate (runs × reach(c)) and each later evaluation costs only the new
 * reach; memory runs × n bits for the bitsets.
 */
import type { CompactGraph } from '@muster/core';
import { createWorkspace, runOnce, type Covered } from './kernel.js';
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
  /** Called after each seed is chosen. */
  onProgress?: (chosen: number, k: number) => void;
}

/** What {@link selectSeeds} returns. */
export interface SelectedSeeds {
  /** The seeds, in the order chosen. */
  seeds: number[];
  /** Expected reach of the first i + 1 seeds. */
  expectedReach: number[];
  /** The expected reach each seed added. */
  gains: number[];
  /** With `mustReach`: per seed chosen, per required group, the share of runs in which the group is reached. */
  pReach?: number[][];
  /** Spread estimates made (each of `runs` runs): the work lazy evaluation saved is candidates × k minus this. */
  evaluations: number;
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

/** A gain: (coverage score, summed reach), both whole numbers. */
interface Gain {
  cover: number;
  reach: number;
}

/** A max-heap of candidate positions ordered by gain, then by lower node index. */
class GainHeap {
  private readonly items: number[] = [];
  constructor(
    private readonly cover: Float64Array,
    private readonly reach: Float64Array,
    private readonly node: Int32Array,
  ) {}
  get size(): number {
    return this.items.length;
  }
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

  // Required groups: nodeMust[v] is v's position in mustReach.groups, or -1.
  const must = options.mustReach;
  const groupCount = must?.groups.length ?? 0;
  const nodeMust = new Int32Array(n).fill(-1);
  if (must !== undefined) {
    if (must.membership.length !== n)
      fail(where, `mustReach.membership has length ${must.membership.length}, expected ${n}`);
    const position = new Map<number, number>();
    must.groups.forEach((g, i) => {
      if (!Number.isInteger(g) || g < 0) fail(where, `mustReach.groups[${i}] must be a group index ≥ 0, got ${g}`);
      if (!position.has(g)) position.set(g, i);
    });
    for (let v = 0; v < n; v++) nodeMust[v] = position.get(must.membership[v]!) ?? -1;
  }
  const half = Math.ceil(runs / 2);

  const incremental = prepared.kernel !== KERNEL_LT && prepared.maxSteps === Infinity;
  const words = (n + 31) >>> 5;
  const bits = new Uint32Array(incremental ? runs * words : 0);
  const covered: Covered = { bits, base: 0 };
  // Per run, per required group: reached by the seeds so far (1) or not (0).
  const hit = new Uint8Array(runs * groupCount);
  const hits = new Float64Array(groupCount); // runs in which each group is reached by the seeds so far
  const newHits = new Float64Array(groupCount);
  const seenRun = new Int32Array(groupCount);
  const ws = createWorkspace(n);
  const chosen: number[] = [];
  let chosenReach = 0; // Σ_runs reach of the chosen seeds
  let chosenCover = 0; // A(chosen)
  let evaluations = 0;

  /** The gain of adding c to the chosen seeds; with `commit`, adds it. */
  const evaluate = (c: number, commit: boolean): Gain => {
    evaluations += commit ? 0 : 1;
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
        // Incremental: a group the chosen seeds already reach in this run is no news.
        if (incremental && hit[row + g] === 1) continue;
        newHits[g]!++;
        if (commit) hit[row + g] = 1;
      }
    }
    // Incremental runs count only what c adds; full runs count the whole set.
    let cover = 0;
    for (let g = 0; g < groupCount; g++) {
      const reached = incremental ? hits[g]! + newHits[g]! : newHits[g]!;
      cover += Math.min(reached, half);
      if (commit) hits[g] = reached;
    }
    const reach = incremental ? total : total - chosenReach;
    const gain = { cover: cover - chosenCover, reach };
    if (commit) {
      chosen.push(c);
      chosenReach += reach;
      chosenCover = cover;
    }
    return gain;
  };

  const m = pool.length;
  const gainCover = new Float64Array(m);
  const gainReach = new Float64Array(m);
  const round = new Int32Array(m);
  const heap = new GainHeap(gainCover, gainReach, Int32Array.from(pool));
  const result: SelectedSeeds = { seeds: [], expectedReach: [], gains: [], evaluations: 0 };
  if (must !== undefined) result.pReach = [];
  if (k > 0) {
    for (let i = 0; i < m; i++) {
      const g = evaluate(pool[i]!, false);
      gainCover[i] = g.cover;
      gainReach[i] = g.reach;
      heap.push(i);
    }
  }
  while (chosen.length < k) {
    const top = heap.pop();
    if (round[top] !== chosen.length) {
      const g = evaluate(pool[top]!, false);
      gainCover[top] = g.cover;
      gainReach[top] = g.reach;
      round[top] = chosen.length;
      heap.push(top);
      continue;
    }
    const g = evaluate(pool[top]!, true);
    result.seeds.push(pool[top]!);
    result.expectedReach.push(chosenReach / runs);
    result.gains.push(g.reach / runs);
    result.pReach?.push(Array.from(hits, (h) => h / runs));
    options.onProgress?.(chosen.length, k);
  }
  result.evaluations = evaluations;
  return result;
}
