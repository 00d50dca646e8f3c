/**
 * Marginal gains for seed selection by live-edge sampling: the independent
 * cascade on an undirected graph with symmetric probabilities is a random
 * graph in which each tie is "live" with its probability, and the final
 * reach of seeds S is the union of the connected components of the live
 * graph that contain them (Kempe, Kleinberg & Tardos 2003, the live-edge
 * view; Chen, Wang & Yang 2009, "Efficient influence maximization in
 * social networks", KDD, whose NewGreedy computes every node's reach from
 * the components of one sample).
 *
 * Each run samples its live ties once (with one probability: by geometric
 * skipping over the list of ties, one logarithm per live tie; with a
 * probability per tie: one draw per tie) and labels components by
 * union–find (union by size, path halving). For each candidate it keeps its
 * component's label, size and, with required groups, which of them the
 * component holds. A candidate's gain in a run is then its component's
 * size unless a chosen seed's component is the same: O(runs · k) per
 * evaluation, however large the cascades.
 *
 * The samples use their own random numbers (from the seed and the run, as
 * everywhere), so they estimate the same expected reach as `spread` but do
 * not reproduce its runs one by one. Used when the model is IC without
 * `steps`, probabilities are symmetric, and runs × candidates is at most
 * {@link LIVE_EDGE_LIMIT}; otherwise gains are simulated (`evaluate.ts`).
 */
import { mix32, runKeyA, runKeyB, TWO_POW_M32 } from './hash.js';
import { coverScore, type Evaluator, type Gain, type MustGroups } from './evaluate.js';
import { KERNEL_IC_SKIP, KERNEL_IC_SLOTS, type PreparedSpread } from './prepare.js';

/** The largest runs × candidates for which live-edge components are kept (three 4-byte numbers each). */
export const LIVE_EDGE_LIMIT = 1 << 22;

/** The slot of u in v's slice (binary search, slices being sorted; then a scan), or -1. */
function reverseSlot(offsets: Int32Array, neighbours: Int32Array, v: number, u: number): number {
  let lo = offsets[v]!;
  let hi = offsets[v + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = neighbours[mid]!;
    if (x === u) return mid;
    if (x < u) lo = mid + 1;
    else hi = mid - 1;
  }
  for (let k = offsets[v]!; k < offsets[v + 1]!; k++) if (neighbours[k] === u) return k;
  return -1;
}

/** Each tie once (u < v), with its live threshold; null if some tie is one-way or has two probabilities. */
function undirectedTies(p: PreparedSpread): { from: Int32Array; to: Int32Array; live: Int32Array } | null {
  const { n, offsets, neighbours, slotLive } = p;
  const perSlot = p.kernel === KERNEL_IC_SLOTS;
  const half = neighbours.length >>> 1;
  const from = new Int32Array(half);
  const to = new Int32Array(half);
  const live = new Int32Array(perSlot ? half : 0);
  let e = 0;
  for (let u = 0; u < n; u++) {
    const end = offsets[u + 1]!;
    for (let k = offsets[u]!; k < end; k++) {
      const v = neighbours[k]!;
      const back = reverseSlot(offsets, neighbours, v, u);
      if (back < 0 || (perSlot && slotLive[back] !== slotLive[k])) return null;
      if (v < u) continue;
      if (e === half) return null;
      from[e] = u;
      to[e] = v;
      if (perSlot) live[e] = slotLive[k]!;
      e++;
    }
  }
  return e === half ? { from, to, live } : null;
}

function find(parent: Int32Array, v: number): number {
  while (parent[v]! >= 0) {
    const up = parent[v]!;
    const top = parent[up]!;
    if (top >= 0) parent[v] = top;
    v = up;
  }
  return v;
}

/** Joins the components of u and v; `parent[root]` holds −size. */
function union(parent: Int32Array, u: number, v: number): void {
  let a = find(parent, u);
  let b = find(parent, v);
  if (a === b) return;
  if (parent[a]! > parent[b]!) [a, b] = [b, a];
  parent[a]! += parent[b]!;
  parent[b] = a;
}

/**
 * A live-edge evaluator over the candidates `pool`, or null when it does
 * not apply (see the banner).
 */
export function liveEdgeEvaluator(
  p: PreparedSpread,
  pool: readonly number[],
  runs: number,
  must: MustGroups,
): Evaluator | null {
  if (p.kernel !== KERNEL_IC_SKIP && p.kernel !== KERNEL_IC_SLOTS) return null;
  if (p.maxSteps !== Infinity || p.removed.length > 0 || runs * pool.length > LIVE_EDGE_LIMIT) return null;
  const ties = undirectedTies(p);
  if (ties === null) return null;
  const { n, invLnq } = p;
  const m = ties.from.length;
  const c = pool.length;
  const { nodeMust, count: groupCount, half } = must;
  const words = (groupCount + 31) >>> 5;
  const position = new Int32Array(n).fill(-1);
  pool.forEach((v, i) => (position[v] = i));

  // Per run and candidate: its component's label (root), size and required groups.
  const label = new Int32Array(runs * c);
  const size = new Int32Array(runs * c);
  const groups = new Uint32Array(runs * c * words);
  const parent = new Int32Array(n);
  const rootGroups = new Uint32Array(n * words);
  const rootStamp = new Int32Array(n).fill(-1);
  for (let r = 0; r < runs; r++) {
    parent.fill(-1);
    const state = mix32(((runKeyA(p.seed, r) ^ 0x2545f491) + runKeyB(p.seed, r)) | 0);
    let counter = 0;
    if (p.kernel === KERNEL_IC_SKIP) {
      let e = 0;
      for (;;) {
        counter = (counter + 0x9e3779b9) | 0;
        const x = mix32(state ^ counter);
        const gap = Math.log(((x >>> 0) + 0.5) * TWO_POW_M32) * invLnq;
        if (gap >= m - e) break;
        e += gap | 0;
        union(parent, ties.from[e]!, ties.to[e]!);
        e++;
      }
    } else {
      for (let e = 0; e < m; e++) {
        counter = (counter + 0x9e3779b9) | 0;
        if (mix32(state ^ counter) >>> 2 < ties.live[e]!) union(parent, ties.from[e]!, ties.to[e]!);
      }
    }
    if (groupCount > 0)
      for (let v = 0; v < n; v++) {
        const g = nodeMust[v]!;
        if (g < 0) continue;
        const root = find(parent, v);
        if (rootStamp[root] !== r) {
          rootStamp[root] = r;
          rootGroups.fill(0, root * words, root * words + words);
        }
        rootGroups[root * words + (g >>> 5)]! |= 1 << (g & 31);
      }
    for (let i = 0; i < c; i++) {
      const root = find(parent, pool[i]!);
      const at = r * c + i;
      label[at] = root;
      size[at] = -parent[root]!;
      if (groupCount > 0 && rootStamp[root] === r)
        for (let w = 0; w < words; w++) groups[at * words + w] = rootGroups[root * words + w]!;
    }
  }

  // The chosen seeds (candidate positions), the required groups they reach per run, and totals.
  const chosen: number[] = [];
  const reached = new Uint32Array(runs * words);
  const hits = new Float64Array(groupCount);
  const newHits = new Float64Array(groupCount);
  let chosenReach = 0;
  let chosenCover = 0;

  const evaluate = (v: number, commit: boolean): Gain => {
    const i = position[v]!;
    if (i < 0) throw new RangeError(`selectSeeds: node ${v} is not a candidate`);
    let reach = 0;
    newHits.set(hits);
    for (let r = 0; r < runs; r++) {
      const at = r * c + i;
      const mine = label[at]!;
      let taken = false;
      for (let j = 0; j < chosen.length && !taken; j++) taken = label[r * c + chosen[j]!] === mine;
      if (taken) continue;
      reach += size[at]!;
      for (let w = 0; w < words; w++) {
        let fresh = groups[at * words + w]! & ~reached[r * words + w]!;
        if (commit) reached[r * words + w]! |= fresh;
        while (fresh !== 0) {
          const bit = 31 - Math.clz32(fresh & -fresh);
          newHits[w * 32 + bit]!++;
          fresh &= fresh - 1;
        }
      }
    }
    const cover = coverScore(newHits, half);
    const gain = { cover: cover - chosenCover, reach };
    if (commit) {
      chosen.push(i);
      hits.set(newHits);
      chosenReach += reach;
      chosenCover = cover;
    }
    return gain;
  };

  return {
    gain: (v) => evaluate(v, false),
    commit: (v) => evaluate(v, true),
    reach: () => chosenReach,
    hits: () => hits,
  };
}
