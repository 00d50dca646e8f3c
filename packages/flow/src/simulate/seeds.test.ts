import { describe, expect, it } from 'vitest';
import { defaultCandidates, SEED_CANDIDATE_DEFAULTS, selectSeeds } from './seeds.js';
import { probabilitiesFromWeights, spread } from './spread.js';
import { graphOf, mean, star, starTies } from './test-graphs.js';

describe('selectSeeds (CELF)', () => {
  it('picks the centre of a star first', () => {
    for (const model of [{ model: 'ic', p: 0.3 }, { model: 'lt' }] as const) {
      const result = selectSeeds(star(9), { ...model, k: 1, runs: 500, seed: 1 });
      expect(result.seeds).toEqual([0]);
    }
  });

  it('picks one centre of each of two disjoint stars, the larger first', () => {
    // Star 0 with 8 leaves (1–8), star 9 with 5 leaves (10–14).
    const graph = graphOf(15, [...starTies(8, 0), ...starTies(5, 9)]);
    for (const model of [{ model: 'ic', p: 0.4 }, { model: 'ic', p: 0.4, steps: 3 }, { model: 'lt' }] as const) {
      const result = selectSeeds(graph, { ...model, k: 2, runs: 400, seed: 3 });
      expect(result.seeds).toEqual([0, 9]);
      expect(result.expectedReach[0]).toBeCloseTo(1 + 8 * (model.model === 'lt' ? 1 : 0.4), 0);
      expect(result.gains[0]).toBe(result.expectedReach[0]);
      expect(result.expectedReach[1]! - result.expectedReach[0]!).toBeCloseTo(result.gains[1]!, 12);
    }
  });

  it('reports the same expected reach as spread on the same runs (common random numbers)', () => {
    const graph = graphOf(
      40,
      Array.from({ length: 90 }, (_, i) => [i % 40, (i * 11 + 5) % 40, 1 + (i % 4)] as const).filter(
        ([u, v]) => u !== v,
      ),
    );
    const probabilities = probabilitiesFromWeights(graph, 0.25);
    for (const model of [{ model: 'ic', p: 0.2 }, { model: 'ic', probabilities }, { model: 'lt' }] as const) {
      const result = selectSeeds(graph, { ...model, k: 3, runs: 300, seed: 9 });
      for (let i = 0; i < 3; i++) {
        const check = spread(graph, { ...model, seeds: result.seeds.slice(0, i + 1), runs: 300, seed: 9 });
        expect(result.expectedReach[i]).toBeCloseTo(mean(check.reach), 10);
      }
    }
  });

  it('agrees between the incremental IC evaluation and full simulation (steps beyond the diameter)', () => {
    const graph = graphOf(
      60,
      Array.from({ length: 150 }, (_, i) => [i % 60, (i * 17 + 1) % 60] as const).filter(([u, v]) => u !== v),
    );
    const incremental = selectSeeds(graph, { model: 'ic', p: 0.15, k: 4, runs: 200, seed: 5 });
    const full = selectSeeds(graph, { model: 'ic', p: 0.15, k: 4, runs: 200, seed: 5, steps: 1000 });
    expect(full.seeds).toEqual(incremental.seeds);
    expect(full.expectedReach).toEqual(incremental.expectedReach);
  });

  it('evaluates lazily: far fewer estimates than candidates × k', () => {
    const graph = graphOf(
      200,
      Array.from({ length: 600 }, (_, i) => [i % 200, (i * 37 + 11) % 200] as const).filter(([u, v]) => u !== v),
    );
    const result = selectSeeds(graph, { model: 'ic', p: 0.1, k: 5, runs: 100, seed: 2 });
    expect(result.seeds).toHaveLength(5);
    expect(new Set(result.seeds).size).toBe(5);
    expect(result.evaluations).toBeGreaterThanOrEqual(200);
    expect(result.evaluations).toBeLessThan(200 * 5);
  });

  it('with mustReach, covers the required group before raising reach', () => {
    // A big star 0 (leaves 1–9) and a small one 10 (leaves 11–13) where the politicians (group 1) are.
    const graph = graphOf(14, [...starTies(9, 0), ...starTies(3, 10)]);
    const membership = new Int32Array(14);
    for (const v of [11, 12, 13]) membership[v] = 1;
    const plain = selectSeeds(graph, { model: 'ic', p: 0.5, k: 1, runs: 400, seed: 4 });
    expect(plain.seeds).toEqual([0]);
    const must = selectSeeds(graph, {
      model: 'ic',
      p: 0.5,
      k: 2,
      runs: 400,
      seed: 4,
      mustReach: { membership, groups: [1] },
    });
    expect(must.seeds).toEqual([10, 0]);
    expect(must.pReach![0]![0]).toBeGreaterThan(0.5);
    expect(must.pReach).toHaveLength(2);
  });

  it('limits the default candidates to the highest-degree nodes on large graphs', () => {
    const n = SEED_CANDIDATE_DEFAULTS.allNodesUpTo + 50;
    // Node i is tied to i + 1 and, for i < 300, also to i + 2 … so degrees fall with the index.
    const ties: [number, number][] = [];
    for (let i = 0; i + 1 < n; i++) ties.push([i, i + 1]);
    for (let i = 0; i < 300; i++) ties.push([i, n - 1 - i]);
    const graph = graphOf(n, ties);
    const pool = defaultCandidates(graph);
    expect(pool).toHaveLength(SEED_CANDIDATE_DEFAULTS.topDegree);
    const degree = (v: number): number => graph.offsets[v + 1]! - graph.offsets[v]!;
    const least = Math.min(...pool.map(degree));
    expect(Array.from({ length: n }, (_, v) => v).filter((v) => degree(v) > least && !pool.includes(v))).toEqual([]);
    expect(defaultCandidates(star(5))).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses k beyond the candidates and bad candidates', () => {
    expect(() => selectSeeds(star(4), { model: 'ic', p: 0.5, k: 2, runs: 10, seed: 1, candidates: [1] })).toThrow(
      /k = 2 is more than the 1 candidates/,
    );
    expect(() => selectSeeds(star(4), { model: 'ic', p: 0.5, k: 1, runs: 10, seed: 1, candidates: [9] })).toThrow(
      /candidates\[0\] 9 is not a node index/,
    );
    expect(selectSeeds(star(4), { model: 'ic', p: 0.5, k: 0, runs: 10, seed: 1 }).seeds).toEqual([]);
  });
});
