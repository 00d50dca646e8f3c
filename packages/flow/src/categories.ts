/**
 * Rogers' adopter categories (Rogers, *Diffusion of Innovations*, 1962/2003),
 * by adoption time against the adopters' mean t̄ and standard deviation sd:
 * innovators before t̄ − 2sd, early adopters before t̄ − sd, early majority
 * up to t̄, late majority up to t̄ + sd, laggards after. With no spread in
 * time (one date, or one adopter) everyone is early majority.
 */
import type { AdopterCategory } from './report.js';

/** The category of each adoption time, in the same order. */
export function adopterCategories(times: readonly number[]): AdopterCategory[] {
  const n = times.length;
  if (n === 0) return [];
  const mean = times.reduce((s, t) => s + t, 0) / n;
  const sd = Math.sqrt(times.reduce((s, t) => s + (t - mean) ** 2, 0) / n);
  return times.map((t) => {
    if (sd === 0) return 'early-majority';
    if (t < mean - 2 * sd) return 'innovator';
    if (t < mean - sd) return 'early-adopter';
    if (t <= mean) return 'early-majority';
    if (t <= mean + sd) return 'late-majority';
    return 'laggard';
  });
}
