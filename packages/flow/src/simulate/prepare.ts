/**
 * Checks a simulation's options and turns graph + options into the flat
 * typed arrays the kernels read (`PreparedSpread`), once per call: the
 * what-if's changes are applied here, so no run rebuilds anything.
 *
 * The patched CSR keeps every node's own slice in its original order and
 * appends the extra ties after it. A node's draws are indexed by position
 * in its slice (`hash.ts`), so every original tie keeps its random numbers
 * and a what-if run differs from the baseline run only by the change itself
 * (common random numbers down to the single tie). Removed nodes keep their
 * slots; they are marked active-but-uncounted at the start of every run, so
 * nothing enters them, and in LT they are left out of the weight totals.
 */
import type { CompactGraph } from '@muster/core';
import type { SpreadGroups, SpreadModel, SpreadOptions } from './types.js';

/** IC with one probability: geometric skipping over failed trials. */
export const KERNEL_IC_SKIP = 0;
/** IC with a probability per slot: one trial per inactive neighbour. */
export const KERNEL_IC_SLOTS = 1;
/** Linear threshold. */
export const KERNEL_LT = 2;

/** Per-slot IC probabilities are kept as whole numbers out of 2^30. */
export const LIVE_SCALE = 1 << 30;

/** Everything a run needs, as plain numbers and typed arrays (structured-cloneable, shareable). */
export interface PreparedSpread {
  n: number;
  kernel: number;
  offsets: Int32Array;
  neighbours: Int32Array;
  /** IC per slot: round(probability × 2^30), compared with 30 random bits; empty otherwise. */
  slotLive: Int32Array;
  /** LT: the influence of the slot's owner on the neighbour; empty otherwise. */
  influence: Float64Array;
  /** IC skip: 1 / ln(1 − p) (−0 when p = 1). */
  invLnq: number;
  seeds: Int32Array;
  removed: Int32Array;
  /** The last step whose activations count; Infinity for until nothing changes. */
  maxSteps: number;
  /** The seed as a 32-bit word. */
  seed: number;
}

/** The spread options that shape the prepared arrays (the rest only drive the runs). */
export type PrepareOptions = Pick<
  SpreadOptions,
  'model' | 'p' | 'probabilities' | 'seeds' | 'steps' | 'seed' | 'removed' | 'extraTies'
>;

/** Throws a RangeError naming the function (`spread`, `selectSeeds`, …). */
export function fail(where: string, message: string): never {
  throw new RangeError(`${where}: ${message}`);
}

/** Checks that `p` is a probability in (0, 1]. */
export function checkP(where: string, p: unknown): number {
  if (typeof p !== 'number' || !(p > 0 && p <= 1)) fail(where, `p must be a number in (0, 1], got ${String(p)}`);
  return p;
}

export function checkModel(where: string, model: unknown): SpreadModel {
  if (model !== 'ic' && model !== 'lt') fail(where, `model must be 'ic' or 'lt', got ${String(model)}`);
  return model;
}

export function checkWhole(where: string, name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min)
    fail(where, `${name} must be a whole number ≥ ${min}, got ${String(value)}`);
  return value;
}

export function checkNode(where: string, name: string, value: unknown, n: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= n)
    fail(where, `${name} ${String(value)} is not a node index in [0, ${n})`);
  return value;
}

/** Checks group partitions against the node count. */
export function checkGroups(where: string, groups: readonly SpreadGroups[], n: number): void {
  groups.forEach((entry, e) => {
    if (!Number.isInteger(entry.count) || entry.count < 0)
      fail(where, `groups[${e}].count must be a whole number ≥ 0, got ${entry.count}`);
    if (entry.membership.length !== n)
      fail(where, `groups[${e}].membership has length ${entry.membership.length}, expected ${n}`);
    for (let v = 0; v < n; v++) {
      const g = entry.membership[v]!;
      if (g < -1 || g >= entry.count)
        fail(where, `groups[${e}].membership[${v}] is ${g}, outside [-1, ${entry.count})`);
    }
  });
}

/** The graph with the extra ties appended to their endpoints' slices (the arrays themselves when there are none). */
interface Patched {
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
  /** The original slot of each patched slot, or -1 for an extra tie; null when nothing was added. */
  origin: Int32Array | null;
}

function hasTie(graph: CompactGraph, u: number, v: number): boolean {
  const end = graph.offsets[u + 1]!;
  for (let k = graph.offsets[u]!; k < end; k++) if (graph.neighbours[k] === v) return true;
  return false;
}

/** The extra ties to add, checked, each pair once, without removed endpoints (and, if `skipExisting`, without ties already there). */
function extraPairs(
  where: string,
  graph: CompactGraph,
  extra: ArrayLike<readonly [number, number]>,
  isRemoved: Uint8Array,
  skipExisting: boolean,
): [number, number][] {
  const n = graph.ids.length;
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (let i = 0; i < extra.length; i++) {
    const tie = extra[i]!;
    const a = checkNode(where, `extraTies[${i}][0]`, tie[0], n);
    const b = checkNode(where, `extraTies[${i}][1]`, tie[1], n);
    if (a === b) fail(where, `extraTies[${i}] joins node ${a} to itself`);
    const u = Math.min(a, b);
    const v = Math.max(a, b);
    const key = u * n + v;
    if (seen.has(key) || isRemoved[u] === 1 || isRemoved[v] === 1) continue;
    seen.add(key);
    if (skipExisting && hasTie(graph, u, v)) continue;
    pairs.push([u, v]);
  }
  return pairs;
}

function patch(graph: CompactGraph, pairs: readonly [number, number][]): Patched {
  if (pairs.length === 0)
    return { offsets: graph.offsets, neighbours: graph.neighbours, weights: graph.weights, origin: null };
  const n = graph.ids.length;
  const { offsets, neighbours, weights } = graph;
  const added = new Int32Array(n);
  for (const [u, v] of pairs) {
    added[u]!++;
    added[v]!++;
  }
  const out = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) out[i + 1] = out[i]! + (offsets[i + 1]! - offsets[i]!) + added[i]!;
  const m = out[n]!;
  const nb = new Int32Array(m);
  const w = new Float64Array(m);
  const origin = new Int32Array(m);
  const fill = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let at = out[i]!;
    const end = offsets[i + 1]!;
    for (let k = offsets[i]!; k < end; k++, at++) {
      nb[at] = neighbours[k]!;
      w[at] = weights[k]!;
      origin[at] = k;
    }
    fill[i] = at;
  }
  for (const [u, v] of pairs) {
    for (const [x, y] of [
      [u, v],
      [v, u],
    ] as const) {
      const at = fill[x]!++;
      nb[at] = y;
      w[at] = 1;
      origin[at] = -1;
    }
  }
  return { offsets: out, neighbours: nb, weights: w, origin };
}

/** LT influences: slot k of u (neighbour v) gets w_uv / Σ_{present x} w_xv; removed senders weigh nothing. */
function influences(g: Patched, n: number, isRemoved: Uint8Array): Float64Array {
  const { offsets, neighbours, weights } = g;
  const total = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    if (isRemoved[u] === 1) continue;
    const end = offsets[u + 1]!;
    for (let k = offsets[u]!; k < end; k++) total[neighbours[k]!]! += weights[k]!;
  }
  const out = new Float64Array(neighbours.length);
  for (let u = 0; u < n; u++) {
    if (isRemoved[u] === 1) continue;
    const end = offsets[u + 1]!;
    for (let k = offsets[u]!; k < end; k++) {
      const t = total[neighbours[k]!]!;
      out[k] = t > 0 ? weights[k]! / t : 0;
    }
  }
  return out;
}

/**
 * Per-slot probabilities as whole numbers out of 2^30 (rounded), checked on
 * the way; `origin` maps patched slots to original ones (-1: an extra tie,
 * of probability `extraP`).
 */
function liveThresholds(
  where: string,
  probabilities: Float64Array,
  origin: Int32Array | null,
  extraP: number,
): Int32Array {
  const m = origin === null ? probabilities.length : origin.length;
  const out = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const o = origin === null ? k : origin[k]!;
    const q = o >= 0 ? probabilities[o]! : extraP;
    if (!(q >= 0 && q <= 1)) fail(where, `probabilities[${o}] must be in [0, 1], got ${q}`);
    out[k] = (q * LIVE_SCALE + 0.5) | 0;
  }
  return out;
}

/** Checks `options` against `graph` and builds the arrays the kernels run on. */
export function prepareSpread(where: string, graph: CompactGraph, options: PrepareOptions): PreparedSpread {
  const n = graph.ids.length;
  const model = checkModel(where, options.model);
  const { probabilities } = options;
  if (model === 'ic') {
    if (probabilities === undefined) checkP(where, options.p);
    else {
      if (probabilities.length !== graph.neighbours.length)
        fail(
          where,
          `probabilities has length ${probabilities.length}, expected one per CSR slot (${graph.neighbours.length})`,
        );
      // Each value is checked as it is converted, below.
      if (options.p !== undefined) checkP(where, options.p);
    }
  }
  const steps = options.steps ?? Infinity;
  if (steps !== Infinity) checkWhole(where, 'steps', steps, 0);
  if (typeof options.seed !== 'number' || !Number.isSafeInteger(options.seed))
    fail(where, `seed must be a whole number, got ${String(options.seed)}`);

  const isRemoved = new Uint8Array(n);
  const removedList: number[] = [];
  const removed = options.removed ?? [];
  for (let i = 0; i < removed.length; i++) {
    const v = checkNode(where, `removed[${i}]`, removed[i], n);
    if (isRemoved[v] === 1) continue;
    isRemoved[v] = 1;
    removedList.push(v);
  }
  const seedList: number[] = [];
  const isSeed = new Uint8Array(n);
  for (let i = 0; i < options.seeds.length; i++) {
    const s = checkNode(where, `seeds[${i}]`, options.seeds[i], n);
    if (isSeed[s] === 1 || isRemoved[s] === 1) continue;
    isSeed[s] = 1;
    seedList.push(s);
  }

  const skip = model === 'ic' && probabilities === undefined;
  const pairs = extraPairs(where, graph, options.extraTies ?? [], isRemoved, skip);
  if (pairs.length > 0 && model === 'ic' && options.p === undefined)
    fail(where, 'extra ties need p, their transmission probability, alongside probabilities');
  const g = patch(graph, pairs);

  let kernel = KERNEL_IC_SKIP;
  let slotLive: Int32Array = new Int32Array(0);
  let influence: Float64Array = new Float64Array(0);
  let invLnq = 0;
  if (model === 'lt') {
    kernel = KERNEL_LT;
    influence = influences(g, n, isRemoved);
  } else if (skip) {
    invLnq = 1 / Math.log1p(-options.p!);
  } else {
    kernel = KERNEL_IC_SLOTS;
    slotLive = new Int32Array(g.neighbours.length);
    slotLive = liveThresholds(where, probabilities!, g.origin, options.p ?? 0);
  }
  return {
    n,
    kernel,
    offsets: g.offsets,
    neighbours: g.neighbours,
    slotLive,
    influence,
    invLnq,
    seeds: Int32Array.from(seedList),
    removed: Int32Array.from(removedList),
    maxSteps: steps,
    seed: options.seed | 0,
  };
}
