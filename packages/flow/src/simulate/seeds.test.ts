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
      const result = selectSeeds(graph, { ...model, k: 3, runs: 300, seed: 9, method: 'simulation' });
      expect(result.method).toBe(model.model === 'lt' ? 'simulation' : 'incremental');
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
    const options = { model: 'ic', p: 0.15, k: 4, runs: 200, seed: 5, method: 'simulation' } as const;
    const incremental = selectSeeds(graph, options);
    const full = selectSeeds(graph, { ...options, steps: 1000 });
    expect([incremental.method, full.method]).toEqual(['incremental', 'simulation']);
    expect(full.seeds).toEqual(incremental.seeds);
    expect(full.expectedReach).toEqual(incremental.expectedReach);
  });

  it('estimates reach from live-edge components: 1 + (n − 1)p from the centre of a star, 1 + p + p²(n − 2) from a leaf', () => {
    const graph = star(12);
    const p = 0.3;
    for (const model of [
      { model: 'ic', p },
      { model: 'ic', probabilities: probabilitiesFromWeights(graph, p) },
    ] as const) {
      // 20,000 samples: the standard error is below 0.011 for both (reach sd < 1.6).
      const centre = selectSeeds(graph, { ...model, k: 1, runs: 20_000, seed: 1, candidates: [0] });
      expect(centre.method).toBe('live-edge');
      expect(Math.abs(centre.expectedReach[0]! - (1 + 11 * p))).toBeLessThan(0.045);
      const leaf = selectSeeds(graph, { ...model, k: 1, runs: 20_000, seed: 2, candidates: [3] });
      expect(Math.abs(leaf.expectedReach[0]! - (1 + p + p * p * 10))).toBeLessThan(0.045);
    }
  });

  it('falls back to simulation where live edges do not apply', () => {
    const graph = star(5);
    // One-way probabilities: centre → leaves certain, leaves → centre never.
    const probabilities = new Float64Array(graph.neighbours.length);
    for (let k = graph.offsets[0]!; k < graph.offsets[1]!; k++) probabilities[k] = 1;
    const oneWay = selectSeeds(graph, { model: 'ic', probabilities, k: 1, runs: 50, seed: 1 });
    expect(oneWay.method).toBe('incremental');
    expect(oneWay.seeds).toEqual([0]);
    expect(oneWay.expectedReach).toEqual([5]);
    expect(selectSeeds(graph, { model: 'ic', p: 0.5, k: 1, runs: 50, seed: 1, steps: 2 }).method).toBe('simulation');
    expect(selectSeeds(graph, { model: 'lt', k: 1, runs: 50, seed: 1 }).method).toBe('simulation');
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
    for (const model of [
      { model: 'ic', p: 0.5 },
      { model: 'ic', p: 0.5, method: 'simulation' },
      { model: 'lt' },
    ] as const) {
      const plain = selectSeeds(graph, { ...model, k: 1, runs: 400, seed: 4 });
      expect(plain.seeds).toEqual([0]);
      const must = selectSeeds(graph, { ...model, k: 2, runs: 400, seed: 4, mustReach: { membership, groups: [1] } });
      expect(must.seeds).toEqual([10, 0]);
      expect(must.pReach![0]![0]).toBeGreaterThan(0.5);
      expect(must.pReach).toHaveLength(2);
    }
  });

  it('tracks more than 32 required groups', () => {
    // Two paths of 40 nodes at p = 1; node v is group v; every group required.
    const ties: [number, number][] = [];
    for (let i = 0; i < 39; i++) ties.push([i, i + 1], [40 + i, 41 + i]);
    const graph = graphOf(80, ties);
    const membership = Int32Array.from({ length: 80 }, (_, v) => v);
    const groups = Array.from({ length: 80 }, (_, g) => g);
    for (const method of ['auto', 'simulation'] as const) {
      const result = selectSeeds(graph, {
        model: 'ic',
        p: 1,
        k: 2,
        runs: 10,
        seed: 1,
        method,
        mustReach: { membership, groups },
      });
      expect(result.method).toBe(method === 'auto' ? 'live-edge' : 'incremental');
      expect(result.expectedReach).toEqual([40, 80]);
      expect(result.pReach![0]).toEqual([...Array(40).fill(1), ...Array(40).fill(0)]);
      expect(result.pReach![1]).toEqual(Array(80).fill(1));
    }
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
