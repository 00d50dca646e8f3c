/**
 * Test support: compact views of small graphs given as edge lists, and of the
 * NetworkX fixtures in `fixtures/` (written by `fixtures/make-fixtures.py`).
 * Used by the metric tests only.
 */
import { readFileSync } from 'node:fs';
import { compactView, type CompactGraph, type Dataset } from '@muster/core';

/** An edge `[source, target, weight?, directed?]`; the weight defaults to 1. */
export type EdgeSpec = readonly [string, string, number?, boolean?];

/** Undirected ties of weight 1 written as `'a-b a-c b-d'`, for hand-worked graphs. */
function pairs(text: string): EdgeSpec[] {
  return text
    .split(/\s+/)
    .filter((pair) => pair !== '')
    .map((pair) => pair.split('-') as [string, string]);
}

/** The compact view of a graph on `nodes` (in that order) with these ties (or pairs, `'a-b a-c'`). */
export function graphOf(
  nodes: readonly string[],
  ties: readonly EdgeSpec[] | string,
  options: { directed?: boolean } = {},
): CompactGraph {
  const edges = typeof ties === 'string' ? pairs(ties) : ties;
  const dataset: Dataset = {
    actors: nodes.map((id) => ({ id, name: id, role: 'researcher', roles: [], locality: 'L', attributes: {} })),
    ties: edges.map(([source, target, weight = 1, directed = false]) => ({
      source,
      target,
      kind: 'collaboration',
      weight,
      directed,
      attributes: {},
    })),
    ideas: [],
    adoptions: [],
    mentions: [],
  };
  return compactView(dataset, options);
}

/** What `make-fixtures.py` wrote for one graph; null stands for NaN. */
export interface Fixture {
  name: string;
  source: string;
  networkx: string;
  nodes: string[];
  edges: [string, string, number][];
  partition: number[];
  expected: {
    betweenness: number[];
    constraint: (number | null)[];
    effectiveSize: (number | null)[];
    modularity: number;
    modularityUnweighted: number;
    pivots?: { k: number; seed: number; sources: number[]; betweenness: (number | null)[] };
    louvain: { seed: number; modularity: number; count: number }[];
  };
}

export const FIXTURE_NAMES = ['karate', 'florentine', 'grid30', 'star', 'path', 'weighted'] as const;

/** A fixture and the compact view of its graph, nodes in fixture order. */
export function loadFixture(name: (typeof FIXTURE_NAMES)[number]): { fixture: Fixture; graph: CompactGraph } {
  const fixture = JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as Fixture;
  return { fixture, graph: graphOf(fixture.nodes, fixture.edges) };
}

/**
 * The entries where `actual` differs from `expected` (null = NaN) by more
 * than `relative` of the expected value (plus 1e-12, for zeros); empty when
 * they agree.
 */
export function mismatches(actual: ArrayLike<number>, expected: readonly (number | null)[], relative = 1e-9): string[] {
  const problems: string[] = [];
  if (actual.length !== expected.length) return [`length ${actual.length}, expected ${expected.length}`];
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    if (e === null) {
      if (!Number.isNaN(a)) problems.push(`[${i}] ${a}, expected NaN`);
    } else if (!(Math.abs(a - e) <= relative * Math.abs(e) + 1e-12)) {
      problems.push(`[${i}] ${a}, expected ${e}`);
    }
  }
  return problems;
}
