/**
 * Test support: compact views of small graphs on nodes 0 … n − 1, built
 * with `@muster/core`'s `compactView` (so parallel ties are merged and
 * weights summed as in real data). Used by the simulation tests only.
 */
import { compactView, type CompactGraph, type Dataset } from '@muster/core';

/** A tie `[u, v, weight?]` between node indices; the weight defaults to 1. */
export type TieSpec = readonly [number, number, number?];

/** The undirected compact view of a graph on nodes 0 … n − 1 (ids `n0`, `n1`, …). */
export function graphOf(n: number, ties: readonly TieSpec[]): CompactGraph {
  const dataset: Dataset = {
    actors: Array.from({ length: n }, (_, i) => ({
      id: `n${i}`,
      name: `n${i}`,
      role: 'researcher',
      roles: [],
      locality: 'L',
      attributes: {},
    })),
    ties: ties.map(([u, v, weight = 1]) => ({
      source: `n${u}`,
      target: `n${v}`,
      kind: 'collaboration',
      weight,
      directed: false,
      attributes: {},
    })),
    ideas: [],
    adoptions: [],
    mentions: [],
  };
  return compactView(dataset);
}

/** A path 0 – 1 – … – (n − 1). */
export function path(n: number): CompactGraph {
  return graphOf(
    n,
    Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as const),
  );
}

/** A star with centre `offset` and leaves `offset + 1 … offset + leaves`, as ties. */
export function starTies(leaves: number, offset = 0, weights?: readonly number[]): TieSpec[] {
  return Array.from({ length: leaves }, (_, i) => [offset, offset + 1 + i, weights?.[i] ?? 1] as const);
}

/** A star with centre 0 and leaves 1 … n − 1. */
export function star(n: number): CompactGraph {
  return graphOf(n, starTies(n - 1));
}

/** The mean of an array. */
export function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s / values.length;
}
