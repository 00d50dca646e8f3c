/**
 * Brokerage roles (Gould & Fernandez 1989, "Structures of mediation: a formal
 * approach to brokerage in transaction networks", Sociological Methodology
 * 19), raw counts per actor as R `sna::brokerage` (Butts) reports them in
 * `raw.nli`.
 *
 * Definition: v brokers the ordered pair (a, c) when a → v → c, a ≠ c,
 * a ≠ v ≠ c, and there is no tie a → c (an open two-path). Each such pair is
 * counted once for v, in one role given the groups g of a, v and c (the
 * two-path A → B → C reads: a in A, v in B, c in C):
 *
 * | role (sna column)            | groups                 | two-path   |
 * |------------------------------|------------------------|------------|
 * | coordinator (w_I)            | g(a) = g(v) = g(c)     | A → A → A  |
 * | itinerant, consultant (w_O)  | g(a) = g(c) ≠ g(v)     | A → B → A  |
 * | representative (b_IO)        | g(a) = g(v) ≠ g(c)     | A → A → B  |
 * | gatekeeper (b_OI)            | g(a) ≠ g(v) = g(c)     | A → B → B  |
 * | liaison (b_O)                | all three differ       | A → B → C  |
 *
 * Reading: sna's documentation defines the broker of a and b by a → v → b
 * and not a → b, the representative as mediating an outgoing contact from an
 * in-group member (A → A → B) and the gatekeeper an incoming contact to an
 * in-group member (A → B → B); its C routine walks ego → broker → alter and
 * classifies in that order. Ties are dichotomised: weights play no part.
 *
 * Convention: on the directed view, where an undirected tie counts both ways
 * (so a mutual pair a ↔ c closes the two-path in both directions). A pair
 * (a, c) with a ↔ v ↔ c open both ways counts twice, once per direction, as
 * in sna.
 *
 * Complexity: O(m + Σ_v Σ_{a ∈ in(v)} outdeg(a)) time, at most
 * O(Σ deg²), and O(n + m) memory. For each broker v its out-neighbours are
 * marked and counted by group; for each in-neighbour a, the excluded alters
 * (a itself and a's out-neighbours that v also reaches) are subtracted from
 * those counts, so the alters of v are never walked per pair.
 */
import type { CompactGraph } from '@muster/core';

/** Raw Gould–Fernandez counts per node. */
export interface Brokerage {
  coordinator: Float64Array;
  itinerant: Float64Array;
  gatekeeper: Float64Array;
  representative: Float64Array;
  liaison: Float64Array;
}

/** Renumbers arbitrary integer group labels to 0 .. G − 1. */
function denseGroups(group: Int32Array): { dense: Int32Array; count: number } {
  const ids = new Map<number, number>();
  const dense = new Int32Array(group.length);
  for (let i = 0; i < group.length; i++) {
    const g = group[i]!;
    let d = ids.get(g);
    if (d === undefined) {
      d = ids.size;
      ids.set(g, d);
    }
    dense[i] = d;
  }
  return { dense, count: ids.size };
}

/**
 * Gould–Fernandez brokerage counts of every node of a directed view
 * (`compactView(dataset, { directed: true })`), given each node's group.
 * Every distinct label is a group of its own, negative ones included.
 */
export function brokerage(out: CompactGraph, group: Int32Array): Brokerage {
  const n = out.ids.length;
  if (group.length !== n) throw new RangeError(`brokerage: ${group.length} groups for ${n} nodes`);
  const { offsets, neighbours } = out;
  const m = offsets[n]!;
  // In-neighbours (the transpose).
  const inOffsets = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) inOffsets[neighbours[k]! + 1]!++;
  for (let i = 0; i < n; i++) inOffsets[i + 1]! += inOffsets[i]!;
  const inNeighbours = new Int32Array(m);
  const fill = inOffsets.slice(0, n);
  for (let a = 0; a < n; a++) {
    for (let k = offsets[a]!; k < offsets[a + 1]!; k++) inNeighbours[fill[neighbours[k]!]!++] = a;
  }

  const { dense: g, count: groups } = denseGroups(group);
  const result: Brokerage = {
    coordinator: new Float64Array(n),
    itinerant: new Float64Array(n),
    gatekeeper: new Float64Array(n),
    representative: new Float64Array(n),
    liaison: new Float64Array(n),
  };
  const { coordinator, itinerant, gatekeeper, representative, liaison } = result;
  const mark = new Int32Array(n).fill(-1);
  const byGroup = new Float64Array(groups); // out-neighbours of v per group
  const excluded = new Float64Array(groups); // alters excluded for the current a, per group
  const touched = new Int32Array(groups);

  for (let v = 0; v < n; v++) {
    const outStart = offsets[v]!;
    const outEnd = offsets[v + 1]!;
    const inStart = inOffsets[v]!;
    const inEnd = inOffsets[v + 1]!;
    if (outStart === outEnd || inStart === inEnd) continue;
    const gv = g[v]!;
    for (let k = outStart; k < outEnd; k++) {
      const c = neighbours[k]!;
      mark[c] = v;
      byGroup[g[c]!]!++;
    }
    const total = outEnd - outStart;
    let co = 0;
    let it = 0;
    let gk = 0;
    let re = 0;
    let li = 0;
    for (let k = inStart; k < inEnd; k++) {
      const a = inNeighbours[k]!;
      const ga = g[a]!;
      // Alters of v that a may not be paired with: a itself, and those a reaches directly.
      // The walk starts one slot early, standing for a itself; a has no tie
      // to itself, so it is never met twice.
      let touchedCount = 0;
      let excludedTotal = 0;
      const aStart = offsets[a]!;
      const aEnd = offsets[a + 1]!;
      for (let l = aStart - 1; l < aEnd; l++) {
        const c = l < aStart ? a : neighbours[l]!;
        if (mark[c] !== v) continue;
        const gc = g[c]!;
        if (excluded[gc] === 0) touched[touchedCount++] = gc;
        excluded[gc]!++;
        excludedTotal++;
      }
      const open = total - excludedTotal;
      const toV = byGroup[gv]! - excluded[gv]!; // open alters in v's group
      if (ga === gv) {
        co += toV;
        re += open - toV;
      } else {
        const toA = byGroup[ga]! - excluded[ga]!; // open alters in a's group
        gk += toV;
        it += toA;
        li += open - toV - toA;
      }
      for (let t = 0; t < touchedCount; t++) excluded[touched[t]!] = 0;
    }
    coordinator[v] = co;
    itinerant[v] = it;
    gatekeeper[v] = gk;
    representative[v] = re;
    liaison[v] = li;
    for (let k = outStart; k < outEnd; k++) byGroup[g[neighbours[k]!]!] = 0;
  }
  return result;
}
