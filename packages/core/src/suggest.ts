/**
 * "Did you mean …?" suggestions by Damerau–Levenshtein (optimal string
 * alignment) distance, so that a transposition like "desinger" counts as one
 * edit.
 */

/** Edit distance between two strings, counting adjacent transpositions as one edit. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  let prevPrev = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let curr = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    curr[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, prevPrev[j - 2]! + 1);
      }
      curr[j] = best;
    }
    [prevPrev, prev, curr] = [prev, curr, prevPrev];
  }
  return prev[m]!;
}

/**
 * The candidate closest to `value`, if it is close enough to be a likely
 * typo (at most a third of the longer string's length, and at most 3 edits).
 * Comparison is case-insensitive. Ties go to the earlier candidate.
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const needle = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let checked = 0;
  for (const candidate of candidates) {
    // Bound the work on huge candidate sets (e.g. a million actor ids).
    if (++checked > 5000) break;
    const d = editDistance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  if (best === undefined) return undefined;
  // A name cut short ("multi-agency") points to the one candidate it begins.
  if (needle.length >= 3) {
    const extended = [...prefixed(needle, candidates)];
    if (extended.length === 1 && editDistance(needle, best.toLowerCase()) > 1) return extended[0];
  }
  const limit = Math.min(3, Math.max(1, Math.floor(Math.max(needle.length, best.length) / 3)));
  return bestDistance <= limit ? best : undefined;
}

function* prefixed(needle: string, candidates: Iterable<string>): Iterable<string> {
  let checked = 0;
  for (const candidate of candidates) {
    if (++checked > 5000) return;
    if (candidate.toLowerCase().startsWith(needle) && candidate.length > needle.length) yield candidate;
  }
}

/** `did you mean 'x'?` or undefined. */
export function didYouMean(value: string, candidates: Iterable<string>): string | undefined {
  const match = closest(value, candidates);
  return match === undefined ? undefined : `did you mean '${match}'?`;
}
