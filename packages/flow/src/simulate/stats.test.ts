import { describe, expect, it } from 'vitest';
import { meanCi95, pairedDifference, wilson95, Z95 } from './stats.js';

describe('meanCi95', () => {
  it('matches a hand computation: 1, 2, 3, 4', () => {
    // mean 2.5; s² = (2.25 + 0.25 + 0.25 + 2.25) / 3 = 5/3; s/√n = √(5/12) = 0.645497…
    const { mean, ci95 } = meanCi95(Float64Array.from([1, 2, 3, 4]));
    expect(mean).toBe(2.5);
    expect(ci95[0]).toBeCloseTo(2.5 - 1.959963984540054 * 0.6454972243679028, 12);
    expect(ci95[1]).toBeCloseTo(3.765151, 6);
  });

  it('gives a zero-width interval for constant values or one value, and refuses none', () => {
    expect(meanCi95(Float64Array.from([3, 3, 3]))).toEqual({ mean: 3, ci95: [3, 3] });
    expect(meanCi95([7])).toEqual({ mean: 7, ci95: [7, 7] });
    expect(() => meanCi95([])).toThrow(/no values/);
  });
});

describe('wilson95', () => {
  it('matches hand-computed intervals', () => {
    // 5 of 10: centre (0.5 + z²/20) / (1 + z²/10) = 0.5, half = z √(0.025 + z²/400) / (1 + z²/10).
    const [lo, hi] = wilson95(5, 10);
    expect(lo).toBeCloseTo(0.236593, 6);
    expect(hi).toBeCloseTo(0.763407, 6);
    // 0 of 10: [0, z² / (n + z²)] = [0, 3.841459 / 13.841459].
    expect(wilson95(0, 10)[0]).toBe(0);
    expect(wilson95(0, 10)[1]).toBeCloseTo((Z95 * Z95) / (10 + Z95 * Z95), 12);
    expect(wilson95(10, 10)[1]).toBe(1);
    expect(wilson95(10, 10)[0]).toBeCloseTo(10 / (10 + Z95 * Z95), 12);
    // 81 of 263 (a textbook example): 0.2553 – 0.3662.
    const [a, b] = wilson95(81, 263);
    expect(a).toBeCloseTo(0.2553, 4);
    expect(b).toBeCloseTo(0.3662, 4);
  });

  it('is [0, 1] without trials and refuses impossible counts', () => {
    expect(wilson95(0, 0)).toEqual([0, 1]);
    expect(() => wilson95(3, 2)).toThrow(/successes must be in \[0, 2\]/);
    expect(() => wilson95(1, -1)).toThrow(/n must be a whole number/);
  });
});

describe('pairedDifference', () => {
  it('is the mean interval of a − b, run by run', () => {
    const before = Float64Array.from([1, 2, 3, 4]);
    const after = Float64Array.from([2, 4, 6, 8]);
    expect(pairedDifference(after, before)).toEqual(meanCi95(before));
    expect(pairedDifference(before, after).mean).toBe(-2.5);
    expect(pairedDifference(before, before)).toEqual({ mean: 0, ci95: [0, 0] });
    expect(() => pairedDifference(before, after.subarray(1))).toThrow(/4 runs against 3/);
  });
});
