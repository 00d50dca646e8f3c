import { describe, expect, it } from 'vitest';
import { modularity } from './modularity.js';
import { FIXTURE_NAMES, graphOf, loadFixture } from './test-graphs.js';

describe('modularity', () => {
  for (const name of FIXTURE_NAMES) {
    it(`agrees with NetworkX community.modularity on ${name}`, () => {
      const { fixture, graph } = loadFixture(name);
      const partition = Int32Array.from(fixture.partition);
      expect(modularity(graph, partition)).toBeCloseTo(fixture.expected.modularity, 12);
      expect(modularity(graph, partition, { weighted: false })).toBeCloseTo(fixture.expected.modularityUnweighted, 12);
    });
  }

  // Two triangles joined by one edge: m = 7.
  const barbell = graphOf(['a', 'b', 'c', 'd', 'e', 'f'], 'a-b b-c a-c c-d d-e e-f d-f');

  it('matches a hand-worked value', () => {
    // Each triangle: L_c = 3, d_c = 7 → Q = 2 (3/7 − (7/14)²) = 6/7 − 1/2.
    expect(modularity(barbell, Int32Array.of(0, 0, 0, 1, 1, 1))).toBeCloseTo(6 / 7 - 1 / 2, 15);
    expect(modularity(barbell, Int32Array.of(0, 0, 0, 0, 0, 0))).toBeCloseTo(0, 15);
    // Resolution γ scales the expected part: 6/7 − γ/2.
    expect(modularity(barbell, Int32Array.of(0, 0, 0, 1, 1, 1), { resolution: 0.5 })).toBeCloseTo(6 / 7 - 1 / 4, 15);
  });

  it('does not depend on how communities are labelled', () => {
    const q = modularity(barbell, Int32Array.of(0, 0, 0, 1, 1, 1));
    expect(modularity(barbell, Int32Array.of(9, 9, 9, 4, 4, 4))).toBe(q);
  });

  it('is NaN without edges, and rejects bad labels', () => {
    expect(modularity(graphOf(['a', 'b'], []), Int32Array.of(0, 1))).toBeNaN();
    expect(() => modularity(barbell, Int32Array.of(0, 0, 0, 1, 1, -1))).toThrow(RangeError);
    expect(() => modularity(barbell, Int32Array.of(0, 0))).toThrow(RangeError);
  });
});
