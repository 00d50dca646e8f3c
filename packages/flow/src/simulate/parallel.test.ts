import { describe, expect, it } from 'vitest';
import { createSpreadPool, spreadParallel } from '../node.js';
import { probabilitiesFromWeights, spread } from './spread.js';
import { graphOf } from './test-graphs.js';
import type { SpreadOptions } from './types.js';

describe('spreadParallel', () => {
  const n = 120;
  const graph = graphOf(
    n,
    Array.from({ length: 500 }, (_, i) => [i % n, (i * 13 + 7) % n, 1 + (i % 5)] as const).filter(([u, v]) => u !== v),
  );
  const membership = Int32Array.from({ length: n }, (_, v) => (v % 7 === 0 ? -1 : v % 3));
  const groups = [{ membership, count: 3 }];

  const cases: [string, SpreadOptions][] = [
    ['IC, one p', { model: 'ic', p: 0.12, seeds: [0, 50], runs: 101, seed: 3, groups }],
    [
      'IC per tie, with a what-if',
      {
        model: 'ic',
        p: 0.1,
        probabilities: probabilitiesFromWeights(graph, 0.1),
        seeds: [1],
        runs: 64,
        seed: 4,
        removed: [2, 3],
        extraTies: [[1, 99]],
        groups,
      },
    ],
    ['LT, steps', { model: 'lt', seeds: [5, 6, 7], runs: 77, seed: 5, steps: 3, groups }],
  ];

  for (const [name, options] of cases) {
    it(`gives the same result as spread with 1, 2 and 3 threads: ${name}`, async () => {
      const expected = spread(graph, options);
      for (const threads of [1, 2, 3]) {
        const result = await spreadParallel(graph, { ...options, threads });
        expect(result).toEqual(expected);
        expect(Object.is(result.edgeVisits, expected.edgeVisits)).toBe(true);
      }
    });
  }

  it('keeps its threads for several simulations in a pool, with the same results', async () => {
    const pool = createSpreadPool(2);
    try {
      const all = await Promise.all(cases.map(([, options]) => pool.spread(graph, options)));
      all.forEach((result, i) => expect(result).toEqual(spread(graph, cases[i]![1])));
      expect(await pool.spread(graph, cases[0]![1])).toEqual(all[0]);
    } finally {
      await pool.close();
    }
    await expect(pool.spread(graph, cases[0]![1])).rejects.toThrow(/the spread pool is closed/);
  });

  it('reports progress summed over the threads', async () => {
    const seen: number[] = [];
    await spreadParallel(graph, {
      model: 'ic',
      p: 0.1,
      seeds: [0],
      runs: 400,
      seed: 1,
      threads: 2,
      onProgress: (done) => seen.push(done),
    });
    expect(seen.at(-1)).toBe(400);
  });

  it('refuses bad options before starting any thread', async () => {
    await expect(
      spreadParallel(graph, { model: 'ic', p: 2, seeds: [0], runs: 10, seed: 1, threads: 2 }),
    ).rejects.toThrow(/spreadParallel: p must be/);
    await expect(
      spreadParallel(graph, { model: 'ic', p: 0.5, seeds: [0], runs: 10, seed: 1, threads: 0 }),
    ).rejects.toThrow(/threads must be a whole number ≥ 1/);
  });
});
