/**
 * Counter-based random numbers for the simulations: every random number a
 * run uses is a hash of (seed, run, node, position), so it can be computed
 * on the spot, by any thread, in any order.
 *
 * The mixing function is a 32-bit integer hash of the xorshift–multiply
 * kind, with the constants Chris Wellons found by search for low bias
 * ("lowbias32", from his hash-prospector experiments, 2018): two multiplies
 * and three xor-shifts, a bijection on 32-bit words with good avalanche.
 *
 * - run keys: (seed, run) → two 32-bit words (A, B);
 * - node state: (A, B, node) → one word, `h(h(node ^ A) + B)`;
 * - the node's draws: `h(state ^ (j + 1) · φ)` for j = 0, 1, 2, …, with φ
 *   the 32-bit golden ratio. Xoring the counter in (rather than adding it,
 *   as splitmix does) keeps two nodes' sequences from being shifted copies
 *   of each other.
 *
 * All values are kept as signed 32-bit integers (`| 0`), so V8 never boxes
 * them; `>>> 0` turns one into [0, 2^32) when it is used as a number.
 */

/** The 32-bit golden ratio, 2^32 / φ. */
export const GOLDEN = 0x9e3779b9 | 0;

/** 2^-32. */
export const TWO_POW_M32 = 2.3283064365386963e-10;

/** The lowbias32 integer hash (see the banner); returns a signed 32-bit integer. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b | 0);
  return x ^ (x >>> 16);
}

/** The first key word of run `run` under `seed`. */
export function runKeyA(seed: number, run: number): number {
  const s = mix32((seed ^ 0x3c6ef372) | 0);
  return mix32((s + mix32(run | 0)) | 0);
}

/** The second key word of run `run` under `seed`. */
export function runKeyB(seed: number, run: number): number {
  const s = mix32((seed ^ 0x3c6ef372) | 0);
  return mix32((mix32((run ^ 0x6a09e667) | 0) ^ (s + GOLDEN)) | 0);
}

/** The state of `node` in the run keyed (A, B): the root of its draws. */
export function nodeState(keyA: number, keyB: number, node: number): number {
  return mix32((mix32(node ^ keyA) + keyB) | 0);
}

/** The draw `j` (0, 1, …) of a node whose state is `state`, as a signed 32-bit integer. */
export function draw(state: number, j: number): number {
  return mix32(state ^ Math.imul(j + 1, GOLDEN));
}

/** A signed 32-bit draw as a number in (0, 1): never 0, so its logarithm is finite. */
export function unitOpen(x: number): number {
  return ((x >>> 0) + 0.5) * TWO_POW_M32;
}
