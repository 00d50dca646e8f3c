import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constraint, effectiveSize, structuralHoles } from './burt.js';
import { FIXTURE_NAMES, graphOf, loadFixture, mismatches, type EdgeSpec } from './test-graphs.js';

describe("Burt's constraint and effective size", () => {
  for (const name of FIXTURE_NAMES) {
    it(`agree with NetworkX constraint / effective_size(weight="weight") on ${name}`, () => {
      const { fixture, graph } = loadFixture(name);
      expect(mismatches(constraint(graph), fixture.expected.constraint)).toEqual([]);
      expect(mismatches(effectiveSize(graph), fixture.expected.effectiveSize)).toEqual([]);
    });
  }

  it('match hand-worked values on a star and a triangle', () => {
    const star = graphOf(['hub', 'a', 'b', 'c', 'd'], 'hub-a hub-b hub-c hub-d');
    // The hub: four unconnected contacts, each p = 1/4: c = 4 · (1/4)² ; e = 4.
    expect([...constraint(star)]).toEqual([0.25, 1, 1, 1, 1]);
    expect([...effectiveSize(star)]).toEqual([4, 1, 1, 1, 1]);
    const triangle = graphOf(['a', 'b', 'c'], 'a-b b-c a-c');
    // p = 1/2 direct, 1/2 · 1/2 through the third: c = 2 · (3/4)² = 9/8; e = 2 − 2·1/2 = 1.
    for (const c of constraint(triangle)) expect(c).toBeCloseTo(9 / 8, 15);
    for (const e of effectiveSize(triangle)) expect(e).toBeCloseTo(1, 15);
  });

  it('weigh ties: a strong tie constrains more (hand-worked)', () => {
    // a–b weight 3, a–c weight 1, b and c unconnected: p_ab = 3/4, p_ac = 1/4.
    const graph = graphOf(
      ['a', 'b', 'c'],
      [
        ['a', 'b', 3],
        ['a', 'c', 1],
      ],
    );
    expect(constraint(graph)[0]).toBeCloseTo(0.75 ** 2 + 0.25 ** 2, 15);
    expect(effectiveSize(graph)[0]).toBeCloseTo(2, 15);
  });

  it('are NaN for isolates', () => {
    const graph = graphOf(['a', 'b', 'alone'], 'a-b');
    expect(constraint(graph)[2]).toBeNaN();
    expect(effectiveSize(graph)[2]).toBeNaN();
    expect(constraint(graph)[0]).toBe(1);
  });

  it("reduce to Borgatti's n − 2t/n for unweighted graphs, and agree with the one-pass form", () => {
    const arb = fc.record({
      n: fc.integer({ min: 1, max: 12 }),
      pairs: fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 40 }),
    });
    fc.assert(
      fc.property(arb, ({ n, pairs }) => {
        const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
        const edges: EdgeSpec[] = pairs
          .filter(([u, v]) => u < n && v < n && u !== v)
          .map(([u, v]) => [`n${u}`, `n${v}`]);
        const graph = graphOf(nodes, edges);
        const both = structuralHoles(graph);
        expect([...both.constraint]).toEqual([...constraint(graph)]);
        const esize = effectiveSize(graph);
        for (let i = 0; i < n; i++) {
          const start = graph.offsets[i]!;
          const end = graph.offsets[i + 1]!;
          const degree = end - start;
          if (degree === 0) {
            expect(esize[i]).toBeNaN();
            continue;
          }
          const around = new Set(graph.neighbours.subarray(start, end));
          let ties = 0;
          for (const j of around)
            for (let k = graph.offsets[j]!; k < graph.offsets[j + 1]!; k++)
              if (around.has(graph.neighbours[k]!)) ties++;
          expect(esize[i]).toBeCloseTo(degree - ties / degree, 12); // ties counted from both ends = 2t
        }
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});
