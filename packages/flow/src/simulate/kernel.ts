/**
 * The inner loops of the spread simulations: one run of independent cascade
 * (Kempe, Kleinberg & Tardos 2003; Goldenberg, Libai & Muller 2001) or
 * linear threshold (Kempe et al. 2003; Granovetter 1978) over a prepared
 * CSR (`prepare.ts`), as a breadth-first sweep in steps.
 *
 * The queue holds the active nodes in activation order; the nodes of step t
 * form one contiguous stretch of it and, when they fire, append step t + 1.
 * With `maxSteps = T` the nodes of step T are counted but do not fire.
 *
 * - IC, one probability p: each firing node walks its slice by geometric
 *   skipping: the number of failed trials before the next success is
 *   ⌊ln u / ln(1 − p)⌋ for u uniform in (0, 1), so one random number and one
 *   logarithm are spent per success (plus one per node), not per trial.
 * - IC, a probability per slot: one draw per slot, its top 30 bits
 *   compared as an integer with p · 2^30, tested before the neighbour's
 *   state is read: a branch that fails with probability 1 − p is well
 *   predicted, one on the neighbour's state is not (this doubles the speed).
 * - LT: each firing neighbour adds its influence b_uv to what v has
 *   received; v activates when the sum reaches its threshold θ_v, a hash of
 *   (run, v) recomputed at each trial rather than stored, and from then on
 *   holds −∞ so that it never crosses again. The loop thus has no branch on
 *   the neighbour's state, which a processor cannot predict.
 *
 * Nothing is allocated per run: what a run marks is cleared after it, from
 * the queue (and, in LT, from the slices of the nodes that fired), so a
 * run costs in proportion to what it reaches, not to n. The random numbers
 * of node u in run r depend on (seed, r, u) only (`hash.ts`), so
 * each tie's trial, and each node's threshold, is the same in every run
 * with the same index, whatever happens elsewhere.
 */
import { draw, mix32, nodeState, runKeyA, runKeyB, TWO_POW_M32, unitOpen } from './hash.js';
import { KERNEL_IC_SKIP, KERNEL_LT, type PreparedSpread } from './prepare.js';

/** Scratch arrays reused across runs. */
export interface Workspace {
  /** IC: 1 for a node active (or absent) in the current run; cleared after each run from the queue. */
  mark: Uint8Array;
  /** LT: the influence received so far; −∞ for active (or absent) nodes. Reset to 0 after each run. */
  acc: Float64Array;
  /** The active nodes of the current run, in activation order. */
  queue: Int32Array;
  /** Neighbour trials considered so far. */
  visits: number;
}

const ACTIVE = -Infinity;

export function createWorkspace(n: number): Workspace {
  return {
    mark: new Uint8Array(n),
    acc: new Float64Array(n),
    queue: new Int32Array(n),
    visits: 0,
  };
}

/** Nodes already covered in this run (CELF): a bitset row, or null. */
export interface Covered {
  bits: Uint32Array;
  /** Where the run's row starts in `bits`. */
  base: number;
}

function icSkip(
  p: PreparedSpread,
  ws: Workspace,
  keyA: number,
  keyB: number,
  start: number,
  covered: Covered | null,
): number {
  const { offsets, neighbours, invLnq, maxSteps } = p;
  const { mark, queue } = ws;
  const bits = covered === null ? null : covered.bits;
  const base = covered === null ? 0 : covered.base;
  let tail = start;
  let head = 0;
  let levelEnd = start;
  let level = 0;
  let visits = 0;
  while (head < tail) {
    if (head === levelEnd) {
      level++;
      levelEnd = tail;
    }
    if (level >= maxSteps) break;
    const u = queue[head++]!;
    let k = offsets[u]!;
    const end = offsets[u + 1]!;
    visits += end - k;
    const state = mix32((mix32(u ^ keyA) + keyB) | 0);
    let counter = 0;
    for (;;) {
      counter = (counter + 0x9e3779b9) | 0;
      // mix32(state ^ counter), inlined
      let x = state ^ counter;
      x ^= x >>> 16;
      x = Math.imul(x, 0x7feb352d);
      x ^= x >>> 15;
      x = Math.imul(x, 0x846ca68b | 0);
      x ^= x >>> 16;
      const gap = Math.log(((x >>> 0) + 0.5) * TWO_POW_M32) * invLnq;
      if (gap >= end - k) break;
      k += gap | 0;
      const v = neighbours[k++]!;
      if (mark[v] !== 0) continue;
      if (bits !== null && (bits[base + (v >>> 5)]! & (1 << (v & 31))) !== 0) continue;
      mark[v] = 1;
      queue[tail++] = v;
    }
  }
  ws.visits += visits;
  return tail;
}

function icSlots(
  p: PreparedSpread,
  ws: Workspace,
  keyA: number,
  keyB: number,
  start: number,
  covered: Covered | null,
): number {
  const { offsets, neighbours, slotLive, maxSteps } = p;
  const { mark, queue } = ws;
  const bits = covered === null ? null : covered.bits;
  const base = covered === null ? 0 : covered.base;
  let tail = start;
  let head = 0;
  let levelEnd = start;
  let level = 0;
  let visits = 0;
  while (head < tail) {
    if (head === levelEnd) {
      level++;
      levelEnd = tail;
    }
    if (level >= maxSteps) break;
    const u = queue[head++]!;
    const a = offsets[u]!;
    const end = offsets[u + 1]!;
    visits += end - a;
    const state = mix32((mix32(u ^ keyA) + keyB) | 0);
    let counter = 0;
    for (let k = a; k < end; k++) {
      counter = (counter + 0x9e3779b9) | 0;
      let x = state ^ counter;
      x ^= x >>> 16;
      x = Math.imul(x, 0x7feb352d);
      x ^= x >>> 15;
      x = Math.imul(x, 0x846ca68b | 0);
      x ^= x >>> 16;
      // The top 30 bits against p · 2^30: live with probability p (to 2^-30).
      // Drawn before looking at the neighbour: a branch that fails with
      // probability 1 − p is predicted well, one on the neighbour's state is not.
      if (x >>> 2 >= slotLive[k]!) continue;
      const v = neighbours[k]!;
      if (mark[v] !== 0) continue;
      if (bits !== null && (bits[base + (v >>> 5)]! & (1 << (v & 31))) !== 0) continue;
      mark[v] = 1;
      queue[tail++] = v;
    }
  }
  ws.visits += visits;
  return tail;
}

function lt(p: PreparedSpread, ws: Workspace, keyA: number, keyB: number, start: number): number {
  const { offsets, neighbours, influence, maxSteps } = p;
  const { acc, queue } = ws;
  let tail = start;
  let head = 0;
  let levelEnd = start;
  let level = 0;
  let visits = 0;
  while (head < tail) {
    if (head === levelEnd) {
      level++;
      levelEnd = tail;
    }
    if (level >= maxSteps) break;
    const u = queue[head++]!;
    const a = offsets[u]!;
    const end = offsets[u + 1]!;
    visits += end - a;
    for (let k = a; k < end; k++) {
      const v = neighbours[k]!;
      // Active nodes hold −∞, so they never cross again; the threshold is
      // recomputed from its hash rather than looked up, which keeps the loop
      // free of branches on the neighbour's state.
      const sum = acc[v]! + influence[k]!;
      acc[v] = sum;
      let x = (mix32(v ^ keyA) + keyB) | 0;
      x ^= x >>> 16;
      x = Math.imul(x, 0x7feb352d);
      x ^= x >>> 15;
      x = Math.imul(x, 0x846ca68b | 0);
      x ^= x >>> 16;
      if (sum >= ((x >>> 0) + 0.5) * TWO_POW_M32) {
        acc[v] = ACTIVE;
        queue[tail++] = v;
      }
    }
  }
  ws.visits += visits;
  // Reset what this run wrote: the neighbours of every node that fired, and the active nodes.
  for (let i = 0; i < head; i++) {
    const u = queue[i]!;
    const end = offsets[u + 1]!;
    for (let k = offsets[u]!; k < end; k++) acc[neighbours[k]!] = 0;
  }
  for (let i = 0; i < tail; i++) acc[queue[i]!] = 0;
  return tail;
}

function isCovered(covered: Covered | null, v: number): boolean {
  return covered !== null && (covered.bits[covered.base + (v >>> 5)]! & (1 << (v & 31))) !== 0;
}

/**
 * One run with index `run` from `seeds` (checked; repeats and removed nodes
 * are skipped); with `covered`, nodes already covered in this run are
 * treated as active and not counted (IC only). Returns the number of
 * adopters, who are `ws.queue[0 .. count)` until the next run.
 */
export function runOnce(
  p: PreparedSpread,
  ws: Workspace,
  run: number,
  seeds: ArrayLike<number>,
  covered: Covered | null = null,
): number {
  const { removed } = p;
  const keyA = runKeyA(p.seed, run);
  const keyB = runKeyB(p.seed, run);
  const queue = ws.queue;
  let tail = 0;
  if (p.kernel === KERNEL_LT) {
    const acc = ws.acc;
    for (let i = 0; i < removed.length; i++) acc[removed[i]!] = ACTIVE;
    for (let i = 0; i < seeds.length; i++) {
      const s = seeds[i]!;
      if (acc[s] === ACTIVE) continue;
      acc[s] = ACTIVE;
      queue[tail++] = s;
    }
    tail = tail === 0 ? 0 : lt(p, ws, keyA, keyB, tail);
    for (let i = 0; i < removed.length; i++) acc[removed[i]!] = 0;
    return tail;
  }
  const mark = ws.mark;
  for (let i = 0; i < removed.length; i++) mark[removed[i]!] = 1;
  for (let i = 0; i < seeds.length; i++) {
    const s = seeds[i]!;
    if (mark[s] !== 0 || isCovered(covered, s)) continue;
    mark[s] = 1;
    queue[tail++] = s;
  }
  if (tail > 0)
    tail =
      p.kernel === KERNEL_IC_SKIP
        ? icSkip(p, ws, keyA, keyB, tail, covered)
        : icSlots(p, ws, keyA, keyB, tail, covered);
  for (let i = 0; i < tail; i++) mark[queue[i]!] = 0;
  for (let i = 0; i < removed.length; i++) mark[removed[i]!] = 0;
  return tail;
}

/** The draw the kernels use for position j of node u's slice in a run (for tests). */
export function trialDraw(seed: number, run: number, u: number, j: number): number {
  return draw(nodeState(runKeyA(seed | 0, run), runKeyB(seed | 0, run), u), j);
}

/** The LT threshold of node v in a run, as the kernel computes it (for tests). */
export function thresholdOf(seed: number, run: number, v: number): number {
  return unitOpen(nodeState(runKeyA(seed | 0, run), runKeyB(seed | 0, run), v));
}
