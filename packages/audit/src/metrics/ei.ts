/**
 * The E-I index (Krackhardt & Stern 1988, "Informal networks and
 * organizational crises: an experimental simulation", Social Psychology
 * Quarterly 51(2)).
 *
 * Formula: EI = (E − I) / (E + I), where E counts the ties joining two
 * different groups (external) and I the ties within one group (internal).
 * It runs from −1 (every tie inside a group: silos) to +1 (every tie across).
 *
 * Convention: over the edges of the merged undirected view, each pair of
 * actors once whatever the number of ties between them, unweighted; an edge
 * counts only when both ends have a known group (group ≥ 0; −1 marks
 * unknown). Null when no edge qualifies.
 *
 * Complexity: O(n + m) time, O(1) extra memory.
 */
import type { CompactGraph } from '@muster/core';

/** Krackhardt–Stern E-I index of a grouping; null when no edge joins two actors of known group. */
export function eiIndex(graph: CompactGraph, group: Int32Array): number | null {
  const n = graph.ids.length;
  if (group.length !== n) throw new RangeError(`eiIndex: ${group.length} groups for ${n} nodes`);
  const { offsets, neighbours } = graph;
  let external = 0;
  let internal = 0;
  for (let i = 0; i < n; i++) {
    const gi = group[i]!;
    if (gi < 0) continue;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const j = neighbours[k]!;
      if (j <= i) continue; // each pair once
      const gj = group[j]!;
      if (gj < 0) continue;
      if (gi === gj) internal++;
      else external++;
    }
  }
  const total = external + internal;
  return total === 0 ? null : (external - internal) / total;
}
