/**
 * The random draws of the synthetic cluster generator (synthetic.ts): a
 * seeded stream per phase, normal and log-normal deviates, draws from
 * cumulative shares, and the set of pairs that keeps ties unique.
 */

import { createRng, type Rng } from '@muster/core';

/** A 32-bit integer hash (the murmur3 finaliser). */
export function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** An independent stream for one phase of generation, so phases do not shift each other. */
export function stream(seed: number, phase: number): Rng {
  return createRng(mix32((seed >>> 0) ^ mix32(0x5eed0000 + phase)));
}

/** A standard normal deviate (Box–Muller). */
function normal(rng: Rng): number {
  const u = 1 - rng(); // (0, 1]
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A log-normal factor with mean 1 and log-σ `sigma`. */
export function logNormal(rng: Rng, sigma: number): number {
  return sigma === 0 ? 1 : Math.exp(sigma * normal(rng) - (sigma * sigma) / 2);
}

/** Index drawn from cumulative shares `cum[from .. from+n)` (the last entry is the total). */
export function drawCumulative(cum: ArrayLike<number>, from: number, n: number, u: number): number {
  const x = u * cum[from + n - 1]!;
  for (let k = 0; k < n - 1; k++) if (x < cum[from + k]!) return k;
  return n - 1;
}

export function cumulative(shares: readonly number[]): Float64Array {
  const out = new Float64Array(shares.length);
  let sum = 0;
  shares.forEach((s, i) => {
    sum += s;
    out[i] = sum;
  });
  return out;
}

/**
 * Split `total` into whole parts proportional to `weights` (cumulative
 * rounding: the parts sum to `total` exactly, and each is within one of its
 * exact share).
 */
export function apportion(total: number, weights: Float64Array): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]!;
  if (sum <= 0 || total === 0) return out;
  let acc = 0;
  let given = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i]!;
    const upTo = i === weights.length - 1 ? total : Math.round((total * acc) / sum);
    out[i] = upTo - given;
    given = upTo;
  }
  return out;
}

/**
 * Position in [a, b) drawn in proportion to the weights whose exclusive
 * prefix sums are `cum` (so position p carries weight cum[p+1] - cum[p]).
 */
export function pickWeighted(cum: Float64Array, a: number, b: number, u: number): number {
  const base = cum[a]!;
  const x = base + u * (cum[b]! - base);
  let lo = a;
  let hi = b - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (cum[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A set of unordered pairs of positions (open addressing; generation stamps
 * make clearing free). Reused for every block.
 */
export class PairSet {
  private lo = new Int32Array(0);
  private hi = new Int32Array(0);
  private stamp = new Uint32Array(0);
  private mask = 0;
  private generation = 0;

  /** Empty the set and make room for `expected` pairs at load ≤ 1/2. */
  reset(expected: number): void {
    let size = 16;
    while (size < expected * 2) size *= 2;
    if (size > this.stamp.length) {
      this.lo = new Int32Array(size);
      this.hi = new Int32Array(size);
      this.stamp = new Uint32Array(size);
      this.generation = 0;
    }
    this.mask = size - 1;
    this.generation++;
  }

  /** Add the pair {a, b} (a < b); false if it was there already. */
  add(a: number, b: number): boolean {
    const { lo, hi, stamp, mask, generation } = this;
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ (b >>> 15), 0x85ebca77)) >>> 0;
    slot = (slot ^ (slot >>> 16)) & mask;
    for (;;) {
      if (stamp[slot] !== generation) {
        stamp[slot] = generation;
        lo[slot] = a;
        hi[slot] = b;
        return true;
      }
      if (lo[slot] === a && hi[slot] === b) return false;
      slot = (slot + 1) & mask;
    }
  }
}
