import { readFileSync } from 'node:fs';
import { createRng, type CompactGraph } from '@muster/core';
import { describe, expect, it } from 'vitest';
import { louvain } from './louvain.js';
import { modularity } from './modularity.js';
import { graphOf, loadFixture, type EdgeSpec } from './test-graphs.js';

/** A planted partition: `blocks` groups of `size` nodes, each pair joined with probability pIn inside a group, pOut across. */
function plantedPartition(
  blocks: number,
  size: number,
  pIn: number,
  pOut: number,
  seed: number,
): { graph: CompactGraph; planted: Int32Array } {
  const rng = createRng(seed);
  const n = blocks * size;
  const nodes = Array.from({ length: n }, (_, i) => `v${i}`);
  const edges: EdgeSpec[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const inside = Math.floor(i / size) === Math.floor(j / size);
      if (rng() < (inside ? pIn : pOut)) edges.push([`v${i}`, `v${j}`, 1 + Math.floor(rng() * 3)]);
    }
  }
  return { graph: graphOf(nodes, edges), planted: Int32Array.from({ length: n }, (_, i) => Math.floor(i / size)) };
}

/** Normalised mutual information of two partitions (arithmetic mean of the entropies). */
function nmi(x: Int32Array, y: Int32Array): number {
  const n = x.length;
  const joint = new Map<string, number>();
  const px = new Map<number, number>();
  const py = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    joint.set(`${x[i]} ${y[i]}`, (joint.get(`${x[i]} ${y[i]}`) ?? 0) + 1);
    px.set(x[i]!, (px.get(x[i]!) ?? 0) + 1);
    py.set(y[i]!, (py.get(y[i]!) ?? 0) + 1);
  }
  const entropy = (counts: Map<number, number>): number =>
    [...counts.values()].reduce((h, c) => h - (c / n) * Math.log(c / n), 0);
  let mutual = 0;
  for (const [key, c] of joint) {
    const [a, b] = key.split(' ').map(Number) as [number, number];
    mutual += (c / n) * Math.log((c * n) / (px.get(a)! * py.get(b)!));
  }
  const hx = entropy(px);
  const hy = entropy(py);
  return hx + hy === 0 ? 1 : (2 * mutual) / (hx + hy);
}

/** Checks the shape of a result: labels 0 .. count − 1, none empty, numbered by smallest member. */
function expectWellFormed(result: ReturnType<typeof louvain>): void {
  const firstSeen: number[] = [];
  result.community.forEach((c, i) => {
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThan(result.count);
    if (firstSeen[c] === undefined) firstSeen[c] = i;
  });
  expect(firstSeen.length).toBe(result.count);
  for (let c = 1; c < result.count; c++) expect(firstSeen[c]!).toBeGreaterThan(firstSeen[c - 1]!);
}

describe('louvain', () => {
  for (const name of ['karate', 'florentine'] as const) {
    it(`does as well as NetworkX louvain_communities on ${name}`, () => {
      // The two draw node orders from different generators, so seed k here
      // and seed k there are unrelated runs: compare over ten seeds each.
      const { fixture, graph } = loadFixture(name);
      const theirs = fixture.expected.louvain.map((run) => run.modularity);
      const ours = fixture.expected.louvain.map((run) => {
        const result = louvain(graph, { seed: run.seed });
        expectWellFormed(result);
        return result.modularity;
      });
      const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(Math.min(...ours)).toBeGreaterThanOrEqual(Math.min(...theirs) - 0.02);
      expect(mean(ours)).toBeGreaterThanOrEqual(mean(theirs) - 0.02);
      expect(Math.max(...ours)).toBeGreaterThanOrEqual(Math.max(...theirs) - 1e-12);
    });
  }

  // Partitions louvain found, scored by NetworkX (fixtures/make-louvain-fixture.py).
  const scored = JSON.parse(readFileSync(new URL('./fixtures/louvain.json', import.meta.url), 'utf8')) as {
    runs: {
      name: 'karate' | 'florentine' | 'weighted';
      seed: number;
      resolution: number;
      community: number[];
      modularity: number;
    }[];
  };
  it.each(scored.runs.map((run) => [run.name, run.seed, run.resolution, run] as const))(
    'reports the modularity NetworkX gives its partition of %s (seed %s, resolution %s)',
    (name, seed, resolution, run) => {
      const result = louvain(loadFixture(name).graph, { seed, resolution });
      // A different partition means louvain changed: run make-louvain-fixture.py again, on purpose.
      expect([...result.community]).toEqual(run.community);
      expect(result.modularity).toBeCloseTo(run.modularity, 12);
    },
  );

  it('is deterministic for a seed', () => {
    const { graph } = loadFixture('karate');
    const a = louvain(graph, { seed: 5 });
    expect([...louvain(graph, { seed: 5 }).community]).toEqual([...a.community]);
  });

  it('recovers strong planted communities', () => {
    const { graph, planted } = plantedPartition(8, 25, 0.5, 0.005, 3);
    for (const seed of [1, 2, 3, 4, 5]) {
      const result = louvain(graph, { seed });
      expectWellFormed(result);
      expect(result.count).toBe(8);
      expect(nmi(result.community, planted)).toBeCloseTo(1, 12);
    }
  });

  it('comes close to weaker planted communities', () => {
    const { graph, planted } = plantedPartition(8, 25, 0.4, 0.01, 3);
    for (const seed of [1, 2, 3, 4, 5]) {
      const result = louvain(graph, { seed });
      expect(nmi(result.community, planted)).toBeGreaterThan(0.95);
      expect(result.modularity).toBeGreaterThan(modularity(graph, planted) - 0.01);
    }
  });

  it('finds smaller communities at a higher resolution', () => {
    const { graph } = plantedPartition(8, 25, 0.4, 0.01, 3);
    const coarse = louvain(graph, { seed: 1, resolution: 0.05 });
    const fine = louvain(graph, { seed: 1, resolution: 1 });
    expect(coarse.count).toBeLessThan(fine.count);
  });

  it('leaves isolates alone, and everything alone without edges', () => {
    const graph = graphOf(['a', 'b', 'c', 'alone'], 'a-b b-c a-c');
    const result = louvain(graph);
    expect([...result.community]).toEqual([0, 0, 0, 1]);
    expect(result.count).toBe(2);
    const empty = louvain(graphOf(['a', 'b'], []));
    expect([...empty.community]).toEqual([0, 1]);
    expect(empty.modularity).toBeNaN();
    expect(louvain(graphOf([], [])).count).toBe(0);
  });
});
