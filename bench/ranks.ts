/**
 * Rankings for comparing an estimate with exact values: order by value,
 * average ranks, Spearman's rank correlation, and top-k overlap.
 */

/** Node indices by decreasing value, ties by index (as the audit ranks broker candidates). */
export function ranking(values: Float64Array): Int32Array {
  return Int32Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b);
}

/** Ranks 1..n by increasing value, ties given their average rank. */
export function averageRanks(values: Float64Array): Float64Array {
  const n = values.length;
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Float64Array(n);
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]!] === values[order[i]!]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!] = rank;
    i = j + 1;
  }
  return ranks;
}

/** Spearman's ρ: Pearson's correlation of the average ranks. */
export function spearman(a: Float64Array, b: Float64Array): number {
  const ra = averageRanks(a);
  const rb = averageRanks(b);
  const n = a.length;
  const mean = (n + 1) / 2;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const x = ra[i]! - mean;
    const y = rb[i]! - mean;
    sab += x * y;
    saa += x * x;
    sbb += y * y;
  }
  return sab / Math.sqrt(saa * sbb);
}

/** How many of the first `k` of ranking `b` are among the first `k` of ranking `a`. */
export function overlap(a: Int32Array, b: Int32Array, k: number): number {
  const top = new Set(a.subarray(0, k));
  let shared = 0;
  for (const v of b.subarray(0, k)) if (top.has(v)) shared++;
  return shared;
}
