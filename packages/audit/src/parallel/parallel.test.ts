import { fileURLToPath } from 'node:url';
import { compactView, createRng, defaultProfile, type Dataset } from '@muster/core';
import { readDataset } from '@muster/node';
import { describe, expect, it } from 'vitest';
import { auditCluster } from '../audit.js';
import { betweenness } from '../metrics/betweenness.js';
import { renderJson } from '../render/index.js';
import { auditClusterParallel } from './audit.js';
import { betweennessParallel } from './betweenness.js';
import { BetweennessPool } from './pool.js';

const EXAMPLE = fileURLToPath(new URL('../../../../examples/firth-valley', import.meta.url));

const ROLES = defaultProfile().roles.map((role) => role.id);

/**
 * A seeded random dataset: `localities` localities of `perLocality` actors,
 * about `tiesPerActor` ties per actor, mostly within small groups, a few
 * across localities, and a few isolates.
 */
function randomDataset(seed: number, localities: number, perLocality: number, tiesPerActor: number): Dataset {
  const rng = createRng(seed);
  const n = localities * perLocality;
  const id = (i: number): string => `a${String(i).padStart(5, '0')}`;
  const actors = Array.from({ length: n }, (_, i) => ({
    id: id(i),
    name: id(i),
    role: ROLES[Math.floor(rng() * ROLES.length)]!,
    roles: [],
    locality: `L${Math.floor(i / perLocality)}`,
    organisation: `org${Math.floor(rng() * 20)}`,
    attributes: {},
  }));
  const ties: Dataset['ties'] = [];
  const m = Math.round(n * tiesPerActor);
  for (let e = 0; e < m; e++) {
    const u = Math.floor(rng() * (n - 10)); // the last ten actors stay isolated
    const local = Math.floor(u / perLocality) * perLocality;
    const v =
      rng() < 0.01
        ? Math.floor(rng() * (n - 10))
        : rng() < 0.8
          ? Math.min(local + perLocality - 1, u + 1 + Math.floor(rng() * 30))
          : local + Math.floor(rng() * perLocality);
    if (u === v || v >= n - 10) continue;
    ties.push({
      source: id(u),
      target: id(v),
      kind: 'collaboration',
      weight: 1 + Math.floor(rng() * 3),
      directed: rng() < 0.2,
      attributes: {},
    });
  }
  return { actors, ties, ideas: [], adoptions: [], mentions: [] };
}

const sameBits = (a: Float64Array, b: Float64Array): boolean =>
  a.length === b.length &&
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

describe('betweenness on worker threads', () => {
  const graph = compactView(randomDataset(7, 1, 3000, 5));

  it('gives the bits of the single-threaded betweenness on 1, 2 and 3 threads', { timeout: 120_000 }, async () => {
    expect(graph.ids.length).toBe(3000);
    const expected = betweenness(graph);
    for (const threads of [1, 2, 3]) {
      const actual = await betweennessParallel(graph, { threads });
      expect(actual).toBeInstanceOf(Float64Array);
      expect(sameBits(actual, expected), `threads ${threads}`).toBe(true);
    }
  });

  it(
    'does so for pivots and unnormalised values, and for graphs smaller than the chunk count',
    { timeout: 120_000 },
    async () => {
      const pool = new BetweennessPool(2);
      try {
        const options = [{ pivots: 100, seed: 3 }, { normalized: false }, { pivots: 1 }] as const;
        const results = await Promise.all(options.map((o) => pool.compute(graph, o)));
        options.forEach((o, i) => expect(sameBits(results[i]!, betweenness(graph, o)), JSON.stringify(o)).toBe(true));
        for (const n of [0, 1, 2, 5, 70]) {
          const small = compactView(randomDataset(n + 1, 1, Math.max(n, 1), 2));
          const g = n === 0 ? { ...small, ids: [], offsets: new Int32Array(1), neighbours: new Int32Array(0) } : small;
          expect(sameBits(await pool.compute(g), betweenness(g)), `n ${n}`).toBe(true);
        }
      } finally {
        await pool.close();
      }
      await expect(pool.compute(graph)).rejects.toThrow(/closed/);
    },
  );

  it('refuses a bad thread count', async () => {
    await expect(betweennessParallel(graph, { threads: 0 })).rejects.toThrow(RangeError);
    expect(() => new BetweennessPool(1.5)).toThrow(/whole number/);
  });
});

describe('auditClusterParallel', () => {
  it('writes the JSON report of auditCluster, byte for byte', { timeout: 120_000 }, async () => {
    const dataset = randomDataset(11, 3, 900, 6);
    for (const betweenness of ['exact', { pivots: 200 }] as const) {
      const expected = renderJson(auditCluster(dataset, { seed: 5, betweenness }));
      for (const threads of [1, 2]) {
        const actual = renderJson(await auditClusterParallel(dataset, { seed: 5, betweenness, threads, minWork: 0 }));
        expect(actual === expected, `${JSON.stringify(betweenness)}, threads ${threads}`).toBe(true);
      }
    }
  });

  it('also on the example, with and without workers, for chosen localities', { timeout: 60_000 }, async () => {
    const dataset = readDataset(EXAMPLE);
    const options = { seed: 3, localities: ['Saltcote', 'Kelderbridge'] };
    const expected = renderJson(auditCluster(dataset, options));
    expect(renderJson(await auditClusterParallel(dataset, { ...options, threads: 2, minWork: 0 }))).toBe(expected);
    expect(renderJson(await auditClusterParallel(dataset, { ...options, threads: 2 }))).toBe(expected);
  });

  it('reports bad input as auditCluster does', async () => {
    const dataset = readDataset(EXAMPLE);
    await expect(auditClusterParallel(dataset, { localities: ['Nowhere'], minWork: 0 })).rejects.toThrow(
      /no actor is in the locality 'Nowhere'/,
    );
  });
});
