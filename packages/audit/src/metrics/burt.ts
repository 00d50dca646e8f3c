/**
 * Burt's structural holes: constraint and effective size (Burt 1992,
 * "Structural Holes: The Social Structure of Competition", Harvard
 * University Press, ch. 2), on the undirected view with summed tie weights.
 *
 * Formulas, for a node i with neighbours N(i) and tie weights w:
 *
 * - proportional tie strength p_ij = w_ij / Σ_{q ∈ N(i)} w_iq (Burt's
 *   normalised mutual weight; on an undirected graph the two directions are
 *   equal, so mutual weights halve away);
 * - marginal strength m_jq = w_jq / max_{x ∈ N(j)} w_jx;
 * - constraint c_i = Σ_{j ∈ N(i)} (p_ij + Σ_{q ∈ N(i)} p_iq p_qj)²;
 * - effective size e_i = Σ_{j ∈ N(i)} (1 − Σ_{q ∈ N(i)} p_iq m_jq), which is
 *   deg(i) − 2t/deg(i) when all weights are equal (Borgatti 1997), t being
 *   the ties among i's neighbours.
 *
 * Convention: exactly NetworkX `constraint(G, weight="weight")` and
 * `effective_size(G, weight="weight")` on an undirected weighted graph, as
 * its per-node code path computes them (`nodes` given). Called on all nodes
 * at once, NetworkX up to 3.6 takes a sparse-matrix path whose weighted
 * effective size divides by the maximum of the wrong node (networkx pull
 * request #8906); Burt's definition, UCINET and igraph agree with the
 * per-node path, and so does this. Both measures are undefined (NaN) for
 * isolates; the report writes null. Weights are positive, as the dataset
 * contract requires.
 *
 * Complexity: O(Σ_q deg(q)²) time and O(n) extra memory. For each node i
 * the neighbours are marked in a scratch array indexed by node; then every
 * two-step walk i – q – j that ends on a marked neighbour j adds its term to
 * j's running sums, so no weight is ever searched for.
 */
import type { CompactGraph } from '@muster/core';

/** Constraint and effective size of every node. */
export interface StructuralHoles {
  constraint: Float64Array;
  effectiveSize: Float64Array;
}

/** Burt's constraint and effective size in one pass (see the banner). */
export function structuralHoles(graph: CompactGraph): StructuralHoles {
  const { offsets, neighbours, weights } = graph;
  const n = graph.ids.length;
  const strength = new Float64Array(n);
  const strongest = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let max = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const w = weights[k]!;
      sum += w;
      if (w > max) max = w;
    }
    strength[i] = sum;
    strongest[i] = max;
  }
  const constraint = new Float64Array(n);
  const effectiveSize = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  const indirect = new Float64Array(n);
  const redundancy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    const si = strength[i]!;
    if (start === end || !(si > 0)) {
      constraint[i] = Number.NaN;
      effectiveSize[i] = Number.NaN;
      continue;
    }
    for (let k = start; k < end; k++) {
      const j = neighbours[k]!;
      mark[j] = i;
      indirect[j] = 0;
      redundancy[j] = 0;
    }
    for (let k = start; k < end; k++) {
      const q = neighbours[k]!;
      const piq = weights[k]! / si;
      const sq = strength[q]!;
      const qEnd = offsets[q + 1]!;
      for (let l = offsets[q]!; l < qEnd; l++) {
        const j = neighbours[l]!;
        if (mark[j] !== i) continue;
        const w = weights[l]!;
        indirect[j]! += piq * (w / sq);
        redundancy[j]! += piq * (w / strongest[j]!);
      }
    }
    let c = 0;
    let e = 0;
    for (let k = start; k < end; k++) {
      const j = neighbours[k]!;
      const local = weights[k]! / si + indirect[j]!;
      c += local * local;
      e += 1 - redundancy[j]!;
    }
    constraint[i] = c;
    effectiveSize[i] = e;
  }
  return { constraint, effectiveSize };
}

/** Burt's constraint of every node; NaN for isolates. */
export function constraint(graph: CompactGraph): Float64Array {
  return structuralHoles(graph).constraint;
}

/** Burt's effective size of every node; NaN for isolates. */
export function effectiveSize(graph: CompactGraph): Float64Array {
  return structuralHoles(graph).effectiveSize;
}
