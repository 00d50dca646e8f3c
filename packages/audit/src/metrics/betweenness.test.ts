import { describe, expect, it } from 'vitest';
import {
  BETWEENNESS_CHUNKS,
  betweenness,
  betweennessChunks,
  betweennessSources,
  combineBetweenness,
  rescaleBetweenness,
  samplePivots,
} from './betweenness.js';
import { FIXTURE_NAMES, graphOf, loadFixture, mismatches } from './test-graphs.js';

describe('betweenness', () => {
  for (const name of FIXTURE_NAMES) {
    it(`agrees with NetworkX betweenness_centrality(normalized=True) on ${name}`, () => {
      const { fixture, graph } = loadFixture(name);
      expect(mismatches(betweenness(graph), fixture.expected.betweenness)).toEqual([]);
    });
  }

  it('does not overflow path counts on a 30 × 30 grid, and keeps its symmetry', () => {
    // From a corner to the opposite corner there are C(58, 29) ≈ 3.0e16
    // shortest paths: far beyond 32-bit integers.
    const { fixture, graph } = loadFixture('grid30');
    const result = betweenness(graph);
    const at = (r: number, c: number): number => result[fixture.nodes.indexOf(`${r},${c}`)]!;
    for (const [r, c] of [
      [0, 0],
      [3, 7],
      [14, 14],
      [10, 29],
    ] as const) {
      expect(at(c, r)).toBeCloseTo(at(r, c), 12);
      expect(at(29 - r, c)).toBeCloseTo(at(r, c), 12);
    }
    expect(at(14, 14)).toBeCloseTo(fixture.expected.betweenness[fixture.nodes.indexOf('14,14')]!, 12);
  });

  it('counts unordered pairs once when not normalised (hand-worked)', () => {
    const star = graphOf(['hub', 'a', 'b', 'c', 'd'], 'hub-a hub-b hub-c hub-d');
    expect([...betweenness(star, { normalized: false })]).toEqual([6, 0, 0, 0, 0]); // C(4, 2) leaf pairs
    expect([...betweenness(star)]).toEqual([1, 0, 0, 0, 0]);
    const path = graphOf(['p0', 'p1', 'p2', 'p3'], 'p0-p1 p1-p2 p2-p3');
    expect([...betweenness(path, { normalized: false })]).toEqual([0, 2, 2, 0]);
    // Two shortest paths a–b–d and a–c–d share the pair (a, d).
    const square = graphOf(['a', 'b', 'c', 'd'], 'a-b a-c b-d c-d');
    expect([...betweenness(square, { normalized: false })]).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('ignores weights and parallel ties', () => {
    const light = graphOf(['a', 'b', 'c'], 'a-b b-c');
    const heavy = graphOf(
      ['a', 'b', 'c'],
      [
        ['a', 'b', 7],
        ['b', 'a', 2],
        ['b', 'c', 0.5],
      ],
    );
    expect([...betweenness(heavy)]).toEqual([...betweenness(light)]);
  });

  it('handles graphs of zero, one and two nodes', () => {
    expect([...betweenness(graphOf([], []))]).toEqual([]);
    expect([...betweenness(graphOf(['a'], []))]).toEqual([0]);
    expect([...betweenness(graphOf(['a', 'b'], 'a-b'))]).toEqual([0, 0]);
  });
});

describe('pivot-sampled betweenness', () => {
  for (const name of ['karate', 'florentine', 'weighted'] as const) {
    it(`scales sampled sources as NetworkX betweenness_centrality(k=…) on ${name}`, () => {
      const { fixture, graph } = loadFixture(name);
      const pivots = fixture.expected.pivots!;
      const raw = betweenness(graph, { sources: pivots.sources });
      expect(mismatches(rescaleBetweenness(raw, { sampled: pivots.sources }), pivots.betweenness)).toEqual([]);
    });
  }

  it('draws k distinct sources, the same for the same seed', () => {
    const a = samplePivots(100, 20, 5);
    expect(a.length).toBe(20);
    expect(new Set(a).size).toBe(20);
    expect([...a]).toEqual([...a].sort((x, y) => x - y));
    expect([...samplePivots(100, 20, 5)]).toEqual([...a]);
    expect([...samplePivots(100, 20, 6)]).not.toEqual([...a]);
    expect([...samplePivots(5, 5, 1)]).toEqual([0, 1, 2, 3, 4]);
  });

  it('is seeded, and exact when k ≥ n', () => {
    const { graph } = loadFixture('karate');
    expect([...betweenness(graph, { pivots: 10, seed: 3 })]).toEqual([...betweenness(graph, { pivots: 10, seed: 3 })]);
    expect([...betweenness(graph, { pivots: 10, seed: 3 })]).not.toEqual([
      ...betweenness(graph, { pivots: 10, seed: 4 }),
    ]);
    expect([...betweenness(graph, { pivots: 34 })]).toEqual([...betweenness(graph)]);
    expect([...betweenness(graph, { pivots: 1000 })]).toEqual([...betweenness(graph)]);
  });

  it('estimates the exact values on average', () => {
    const { graph } = loadFixture('karate');
    const exact = betweenness(graph);
    const mean = new Float64Array(exact.length);
    const runs = 200;
    for (let seed = 0; seed < runs; seed++) {
      const estimate = betweenness(graph, { pivots: 17, seed });
      for (let v = 0; v < mean.length; v++) mean[v]! += estimate[v]! / runs;
    }
    for (let v = 0; v < mean.length; v++) expect(Math.abs(mean[v]! - exact[v]!)).toBeLessThan(0.02);
  });

  it('rejects pivots below 1 and sources outside the graph', () => {
    const { graph } = loadFixture('star');
    expect(() => betweenness(graph, { pivots: 0 })).toThrow(RangeError);
    expect(() => betweenness(graph, { pivots: 2.5 })).toThrow(RangeError);
    expect(() => betweenness(graph, { sources: [7] })).toThrow(RangeError);
  });
});

describe('splitting betweenness into chunks', () => {
  it('splits sources into a fixed number of contiguous chunks', () => {
    const chunks = betweennessChunks(10, 4);
    expect(chunks.map((c) => [...c])).toEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]);
    expect(betweennessChunks([5, 9], 3).map((c) => [...c])).toEqual([[5], [9], []]);
    expect(betweennessChunks(1000).length).toBe(BETWEENNESS_CHUNKS);
  });

  it('gives the same bits summed chunk by chunk as in one call, exact or sampled', () => {
    const { graph } = loadFixture('grid30');
    const n = graph.ids.length;
    for (const options of [{}, { pivots: 100, seed: 9 }]) {
      const { sources, sampled } = betweennessSources(n, options);
      const parts = betweennessChunks(sources).map((chunk) => betweenness(graph, { sources: chunk }));
      const combined = combineBetweenness(parts, n, sampled ? { sampled: sources } : {});
      expect(Buffer.from(combined.buffer).equals(Buffer.from(betweenness(graph, options).buffer))).toBe(true);
    }
  });
});
