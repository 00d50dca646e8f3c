/**
 * Confidence intervals for Monte Carlo results.
 *
 * - Means: the normal approximation, mean ± z · s / √n with the sample
 *   standard deviation s (n − 1 in the denominator) and z = Φ⁻¹(0.975).
 *   Sums are taken in index order (two passes: the mean, then the squared
 *   deviations from it), so the same values give the same bits.
 * - Proportions: the Wilson score interval (Wilson 1927, "Probable
 *   inference, the law of succession, and statistical inference", JASA
 *   22(158)), which stays inside [0, 1] and behaves at 0 and n successes,
 *   where the normal (Wald) interval collapses.
 * - Paired differences: the normal interval of the per-run differences
 *   a − b (after − before, for a what-if). With common random numbers (the same seed, so the same
 *   random numbers run by run), the runs are paired and the interval is far
 *   narrower than that of two independent samples.
 */

/** Φ⁻¹(0.975): the two-sided 95% normal quantile. */
export const Z95 = 1.959963984540054;

/** A mean with its 95% interval. */
export interface MeanCi {
  mean: number;
  ci95: [number, number];
}

/**
 * The mean of `values` with its 95% normal-approximation interval. One value
 * gives a zero-width interval; none is an error.
 */
export function meanCi95(values: ArrayLike<number>): MeanCi {
  const n = values.length;
  if (n === 0) throw new RangeError('meanCi95: no values');
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const mean = sum / n;
  if (n === 1) return { mean, ci95: [mean, mean] };
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - mean;
    squares += d * d;
  }
  const half = Z95 * Math.sqrt(squares / (n - 1) / n);
  return { mean, ci95: [mean - half, mean + half] };
}

/** The 95% Wilson score interval of a proportion `successes / n`; [0, 1] when n = 0. */
export function wilson95(successes: number, n: number): [number, number] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`wilson95: n must be a whole number ≥ 0, got ${n}`);
  if (!(successes >= 0 && successes <= n))
    throw new RangeError(`wilson95: successes must be in [0, ${n}], got ${successes}`);
  if (n === 0) return [0, 1];
  const z2 = Z95 * Z95;
  const phat = successes / n;
  const denominator = 1 + z2 / n;
  const centre = (phat + z2 / (2 * n)) / denominator;
  const half = (Z95 * Math.sqrt((phat * (1 - phat)) / n + z2 / (4 * n * n))) / denominator;
  return [successes === 0 ? 0 : Math.max(0, centre - half), successes === n ? 1 : Math.min(1, centre + half)];
}

/**
 * The mean per-run difference `a[i] − b[i]` with its 95% interval (normal
 * approximation over the paired differences). For a what-if, pass the
 * changed runs first: `pairedDifference(after, before)` is the change.
 */
export function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>): MeanCi {
  if (a.length !== b.length) throw new RangeError(`pairedDifference: ${a.length} runs against ${b.length}`);
  const d = new Float64Array(a.length);
  for (let i = 0; i < d.length; i++) d[i] = a[i]! - b[i]!;
  return meanCi95(d);
}
