/**
 * Modularity of a partition (Newman & Girvan 2004, "Finding and evaluating
 * community structure in networks", Physical Review E 69; weighted form:
 * Newman 2004, "Analysis of weighted networks", Physical Review E 70; the
 * resolution parameter: Reichardt & Bornholdt 2006).
 *
 * Formula: Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], where m is the total edge
 * weight, L_c the weight of the edges inside community c and d_c the summed
 * (weighted) degree of its members; γ is the resolution, 1 by default.
 *
 * Convention: as NetworkX `community.modularity(G, communities,
 * weight="weight", resolution=1)` on the merged undirected view, each pair
 * once with its summed weight; `weighted: false` counts every edge as 1
 * (NetworkX `weight=None`). Community labels are any non-negative integers;
 * every node belongs to exactly one. NaN for a graph with no edges (where
 * NetworkX divides by zero).
 *
 * Complexity: O(n + m) time, O(n) extra memory.
 */
import type { CompactGraph } from '@muster/core';

/** Options of {@link modularity}. */
export interface ModularityOptions {
  /** Use the summed tie weights (default) or count every edge as 1. */
  weighted?: boolean;
  /** The resolution γ; default 1. */
  resolution?: number;
}

/** Renumbers community labels to 0 .. C − 1, rejecting negative or fractional ones. */
function denseLabels(community: ArrayLike<number>, caller: string): { dense: Int32Array; count: number } {
  const ids = new Map<number, number>();
  const dense = new Int32Array(community.length);
  for (let i = 0; i < community.length; i++) {
    const c = community[i]!;
    if (!Number.isInteger(c) || c < 0)
      throw new RangeError(`${caller}: node ${i} has community ${c}, not a whole number ≥ 0`);
    let d = ids.get(c);
    if (d === undefined) {
      d = ids.size;
      ids.set(c, d);
    }
    dense[i] = d;
  }
  return { dense, count: ids.size };
}

/** Newman's modularity of the partition `community` (node → label) of the merged view. */
export function modularity(graph: CompactGraph, community: Int32Array, options: ModularityOptions = {}): number {
  const { weighted = true, resolution = 1 } = options;
  const n = graph.ids.length;
  if (community.length !== n) throw new RangeError(`modularity: ${community.length} labels for ${n} nodes`);
  const { dense, count } = denseLabels(community, 'modularity');
  const { offsets, neighbours, weights } = graph;
  const inside = new Float64Array(count); // L_c, each edge once
  const degree = new Float64Array(count); // d_c
  let total = 0; // 2m
  for (let i = 0; i < n; i++) {
    const ci = dense[i]!;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const w = weighted ? weights[k]! : 1;
      degree[ci]! += w;
      total += w;
      const j = neighbours[k]!;
      if (j > i && dense[j] === ci) inside[ci]! += w;
    }
  }
  if (total === 0) return Number.NaN;
  const m = total / 2;
  const norm = 1 / (total * total);
  let q = 0;
  for (let c = 0; c < count; c++) q += inside[c]! / m - resolution * degree[c]! * degree[c]! * norm;
  return q;
}
