import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokerage, type Brokerage } from './brokerage.js';
import { graphOf, type EdgeSpec } from './test-graphs.js';

const ROLES = ['coordinator', 'itinerant', 'gatekeeper', 'representative', 'liaison'] as const;

/** The counts of one node as a plain object. */
function countsOf(result: Brokerage, v: number): Record<(typeof ROLES)[number], number> {
  return Object.fromEntries(ROLES.map((role) => [role, result[role][v]!])) as Record<(typeof ROLES)[number], number>;
}

const none = { coordinator: 0, itinerant: 0, gatekeeper: 0, representative: 0, liaison: 0 };

/** a → v → c, directed, with the given groups of a, v and c. */
function twoPath(groups: [number, number, number], extra: EdgeSpec[] = []): Brokerage {
  const graph = graphOf(['a', 'v', 'c'], [['a', 'v', 1, true], ['v', 'c', 1, true], ...extra], { directed: true });
  return brokerage(graph, Int32Array.from(groups));
}

describe('Gould–Fernandez brokerage', () => {
  it('names the five roles by the groups of a → v → c (hand-worked)', () => {
    expect(countsOf(twoPath([0, 0, 0]), 1)).toEqual({ ...none, coordinator: 1 }); // A → A → A
    expect(countsOf(twoPath([0, 1, 0]), 1)).toEqual({ ...none, itinerant: 1 }); // A → B → A
    expect(countsOf(twoPath([0, 0, 1]), 1)).toEqual({ ...none, representative: 1 }); // A → A → B
    expect(countsOf(twoPath([0, 1, 1]), 1)).toEqual({ ...none, gatekeeper: 1 }); // A → B → B
    expect(countsOf(twoPath([0, 1, 2]), 1)).toEqual({ ...none, liaison: 1 }); // A → B → C
    // The ends broker nothing.
    expect(countsOf(twoPath([0, 1, 2]), 0)).toEqual(none);
    expect(countsOf(twoPath([0, 1, 2]), 2)).toEqual(none);
  });

  it('counts only open two-paths: a tie a → c closes it, c → a does not', () => {
    expect(countsOf(twoPath([0, 0, 0], [['a', 'c', 1, true]]), 1)).toEqual(none);
    expect(countsOf(twoPath([0, 0, 0], [['c', 'a', 1, true]]), 1)).toEqual({ ...none, coordinator: 1 });
  });

  it('reads an undirected tie both ways', () => {
    // a – v – c undirected: v brokers (a, c) and (c, a).
    const graph = graphOf(['a', 'v', 'c'], 'a-v v-c', { directed: true });
    expect(countsOf(brokerage(graph, Int32Array.of(0, 0, 0)), 1)).toEqual({ ...none, coordinator: 2 });
    // Groups A, B, B: a → v → c is gatekeeping, c → v → a is representation.
    expect(countsOf(brokerage(graph, Int32Array.of(0, 1, 1)), 1)).toEqual({
      ...none,
      gatekeeper: 1,
      representative: 1,
    });
    // A closed triangle brokers nothing.
    const triangle = graphOf(['a', 'v', 'c'], 'a-v v-c a-c', { directed: true });
    expect(countsOf(brokerage(triangle, Int32Array.of(0, 1, 2)), 1)).toEqual(none);
  });

  it('counts a star hub once per ordered pair of leaves (hand-worked)', () => {
    // Hub h in group 0; leaves x, y in group 0 and z in group 1, all undirected.
    const graph = graphOf(['h', 'x', 'y', 'z'], 'h-x h-y h-z', { directed: true });
    const hub = countsOf(brokerage(graph, Int32Array.of(0, 0, 0, 1)), 0);
    // (x, y), (y, x): coordinator; (x, z), (y, z): representative; (z, x), (z, y): gatekeeper.
    expect(hub).toEqual({ ...none, coordinator: 2, representative: 2, gatekeeper: 2 });
  });

  it('accepts any integer labels as groups', () => {
    expect(countsOf(twoPath([-1, 7, -1]), 1)).toEqual({ ...none, itinerant: 1 });
    expect(() => twoPath([0, 0] as unknown as [number, number, number])).toThrow(RangeError);
  });

  it('agrees with a brute-force count over every triple on random digraphs', () => {
    const arb = fc.record({
      n: fc.integer({ min: 1, max: 9 }),
      groups: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 }),
      arcs: fc.array(fc.tuple(fc.nat(8), fc.nat(8), fc.boolean()), { maxLength: 40 }),
    });
    fc.assert(
      fc.property(arb, ({ n, groups, arcs }) => {
        const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
        const edges: EdgeSpec[] = arcs
          .filter(([u, v]) => u < n && v < n)
          .map(([u, v, directed]) => [`n${u}`, `n${v}`, 1, directed]);
        const g = Int32Array.from(groups.slice(0, n));
        const result = brokerage(graphOf(nodes, edges, { directed: true }), g);
        // Reference: an adjacency matrix and every ordered triple.
        const adj = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
        for (const [u, v, directed] of arcs) {
          if (u >= n || v >= n || u === v) continue;
          adj[u]![v] = true;
          if (!directed) adj[v]![u] = true;
        }
        for (let v = 0; v < n; v++) {
          const expected = { ...none };
          for (let a = 0; a < n; a++) {
            for (let c = 0; c < n; c++) {
              if (a === c || a === v || c === v || !adj[a]![v] || !adj[v]![c] || adj[a]![c]) continue;
              const [ga, gv, gc] = [g[a], g[v], g[c]];
              if (ga === gv && gv === gc) expected.coordinator++;
              else if (ga === gc) expected.itinerant++;
              else if (ga === gv) expected.representative++;
              else if (gv === gc) expected.gatekeeper++;
              else expected.liaison++;
            }
          }
          expect(countsOf(result, v)).toEqual(expected);
        }
      }),
      { numRuns: 300, seed: 13 },
    );
  });
});
