import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactView, type Actor, type Dataset, type Tie } from '@muster/core';
import { localitySubgraph, mergedView, toGraph } from './index.js';

const actor = (id: string, locality: string, role = 'politician'): Actor => ({
  id,
  name: id.toUpperCase(),
  role,
  roles: [],
  locality,
  attributes: { x: 1 },
});
const tie = (source: string, target: string, kind = 'collaboration', weight = 1, directed = false): Tie => ({
  source,
  target,
  kind,
  weight,
  directed,
  attributes: {},
});

/** Random multigraphs: `n` actors and up to `maxLength` ties `[u, v, weight, directed]` between indices below `max`. */
const randomPairs = (max: number, maxLength: number) =>
  fc.record({
    n: fc.integer({ min: 2, max }),
    pairs: fc.array(fc.tuple(fc.nat(max - 1), fc.nat(max - 1), fc.integer({ min: 1, max: 9 }), fc.boolean()), {
      maxLength,
    }),
  });

const DATASET: Dataset = {
  actors: [actor('a', 'R'), actor('b', 'R'), actor('c', 'R'), actor('d', 'H')],
  ties: [tie('a', 'b', 'advice', 2), tie('b', 'a', 'funding', 3, true), tie('b', 'c'), tie('c', 'd', 'information', 5)],
  ideas: [],
  adoptions: [],
  mentions: [],
};

describe('toGraph', () => {
  it('makes one node per actor and one edge per tie, directed where the tie is', () => {
    const graph = toGraph(DATASET);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(4);
    expect(graph.directedSize).toBe(1);
    expect(graph.getNodeAttributes('a')).toEqual({
      name: 'A',
      role: 'politician',
      roles: [],
      locality: 'R',
      attributes: { x: 1 },
    });
    expect(graph.undirectedEdges('a', 'b').length).toBe(1);
    const funding = graph.findEdge((_e, attributes) => attributes.kind === 'funding')!;
    expect(graph.isDirected(funding)).toBe(true);
    expect([graph.source(funding), graph.target(funding)]).toEqual(['b', 'a']);
  });

  it('does not share attribute objects with the dataset', () => {
    const graph = toGraph(DATASET);
    graph.getNodeAttributes('a').attributes.x = 2;
    expect(DATASET.actors[0]?.attributes.x).toBe(1);
  });

  it('takes the induced subgraph of a locality', () => {
    const sub = localitySubgraph(toGraph(DATASET), 'R');
    expect(sub.nodes()).toEqual(['a', 'b', 'c']);
    expect(sub.size).toBe(3);
  });

  it('merges parallel ties into one undirected edge with summed weight', () => {
    const merged = mergedView(toGraph(DATASET));
    expect(merged.size).toBe(3);
    expect(merged.getEdgeAttributes(merged.edge('a', 'b')!)).toEqual({ weight: 5, kinds: ['advice', 'funding'] });
  });
});

describe('compactView', () => {
  it('holds the merged view in CSR form', () => {
    const view = compactView(DATASET);
    expect(view.ids).toEqual(['a', 'b', 'c', 'd']);
    expect([...view.offsets]).toEqual([0, 1, 3, 5, 6]);
    expect([...view.neighbours]).toEqual([1, 0, 2, 1, 3, 2]);
    expect([...view.weights]).toEqual([5, 5, 1, 1, 5, 5]);
  });

  it('keeps one locality or some kinds only', () => {
    expect(compactView(DATASET, { locality: 'R' }).neighbours.length).toBe(4);
    expect([...compactView(DATASET, { kinds: ['advice'] }).offsets]).toEqual([0, 1, 2, 2, 2]);
  });

  it('holds out-neighbours only in the directed view', () => {
    const dataset: Dataset = { ...DATASET, ties: [...DATASET.ties, tie('a', 'c', 'advice', 4, true)] };
    const view = compactView(dataset, { directed: true });
    expect([...view.offsets]).toEqual([0, 2, 4, 6, 7]);
    // a → b (2, undirected), a → c (4, directed); b → a (2 + 3), b → c; c → b, c → d; d → c.
    expect([...view.neighbours]).toEqual([1, 2, 0, 2, 1, 3, 2]);
    expect([...view.weights]).toEqual([2, 4, 5, 1, 1, 5, 5]);
    // The undirected view is unchanged by the option's existence.
    expect([...compactView(dataset, { directed: false }).neighbours]).toEqual([...compactView(dataset).neighbours]);
  });

  it('merges the arcs of random multigraphs in the directed view', () => {
    fc.assert(
      fc.property(randomPairs(15, 50), ({ n, pairs }) => {
        const actors = Array.from({ length: n }, (_, i) => actor(`n${i}`, 'R'));
        const ties = pairs
          .filter(([u, v]) => u < n && v < n)
          .map(([u, v, w, d]) => tie(`n${u}`, `n${v}`, 'collaboration', w, d));
        const view = compactView({ actors, ties, ideas: [], adoptions: [], mentions: [] }, { directed: true });
        const arcs = new Map<string, number>();
        const add = (u: number, v: number, w: number): void => {
          arcs.set(`${u} ${v}`, (arcs.get(`${u} ${v}`) ?? 0) + w);
        };
        for (const [u, v, w, d] of pairs) {
          if (u >= n || v >= n || u === v) continue;
          add(u, v, w);
          if (!d) add(v, u, w);
        }
        const actual = new Map<string, number>();
        for (let i = 0; i < n; i++) {
          for (let k = view.offsets[i]!; k < view.offsets[i + 1]!; k++) {
            if (k > view.offsets[i]!) expect(view.neighbours[k]!).toBeGreaterThan(view.neighbours[k - 1]!);
            actual.set(`${i} ${view.neighbours[k]!}`, view.weights[k]!);
          }
        }
        expect(actual).toEqual(arcs);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('agrees with the graphology merged view on random multigraphs (degree sum = 2 × edges)', () => {
    fc.assert(
      fc.property(randomPairs(20, 60), ({ n, pairs }) => {
        const actors = Array.from({ length: n }, (_, i) => actor(`n${i}`, i % 3 === 0 ? 'H' : 'R'));
        const ties = pairs
          .filter(([u, v]) => u < n && v < n && u !== v)
          .map(([u, v, w, d]) => tie(`n${u}`, `n${v}`, 'collaboration', w, d));
        const dataset: Dataset = { actors, ties, ideas: [], adoptions: [], mentions: [] };
        const view = compactView(dataset);
        const merged = mergedView(toGraph(dataset));
        expect(view.neighbours.length).toBe(2 * merged.size);
        let degreeSum = 0;
        view.ids.forEach((id, i) => {
          const start = view.offsets[i]!;
          const end = view.offsets[i + 1]!;
          degreeSum += end - start;
          const expected = merged
            .neighbors(id)
            .map((other) => [view.index.get(other)!, merged.getEdgeAttribute(id, other, 'weight')] as const)
            .sort((x, y) => x[0] - y[0]);
          const actual = [];
          for (let k = start; k < end; k++) actual.push([view.neighbours[k]!, view.weights[k]!] as const);
          expect(actual).toEqual(expected);
        });
        expect(degreeSum).toBe(2 * merged.size);
      }),
      { numRuns: 200, seed: 5 },
    );
  });
});
