/**
 * Checks of the benchmarks' helpers: the in-memory dataset of a synthetic
 * cluster gives the same compact view as its files read back, the edge list
 * for Python holds that view, and the rank statistics are right.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compactView } from '@muster/core';
import { readDataset } from '@muster/node';
import { describe, expect, it } from 'vitest';
import { clusterDataset, syntheticGraph, writeEdgeList } from './cluster-graph.js';
import { averageRanks, overlap, ranking, spearman } from './ranks.js';
import { generateSyntheticCluster } from './synthetic.js';
import { writeSyntheticDataset } from './write-dataset.js';

describe('the graphs the benchmarks compare', () => {
  it('are the compact views the audit builds from the written files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'muster-bench-test-'));
    try {
      const cluster = generateSyntheticCluster({ actors: 600, seed: 4, localities: 2 });
      writeSyntheticDataset(cluster, dir);
      const fromFiles = compactView(readDataset(dir));
      const inMemory = compactView(clusterDataset(cluster));
      expect(inMemory.ids).toEqual(fromFiles.ids);
      expect(inMemory.offsets).toEqual(fromFiles.offsets);
      expect(inMemory.neighbours).toEqual(fromFiles.neighbours);
      expect(inMemory.weights).toEqual(fromFiles.weights);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are written for Python as "n m" and one "u v w" line per edge', () => {
    const { graph } = syntheticGraph(300);
    const dir = mkdtempSync(join(tmpdir(), 'muster-bench-test-'));
    try {
      writeEdgeList(graph, join(dir, 'edges.txt'));
      const lines = readFileSync(join(dir, 'edges.txt'), 'utf8').trimEnd().split('\n');
      expect(lines[0]).toBe(`300 ${graph.neighbours.length / 2}`);
      expect(lines.length).toBe(1 + graph.neighbours.length / 2);
      let weight = 0;
      for (const line of lines.slice(1)) {
        const [u, v, w] = line.split(' ').map(Number);
        expect(u).toBeLessThan(v!);
        weight += w!;
      }
      expect(2 * weight).toBe(graph.weights.reduce((s, w) => s + w, 0));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('rank statistics', () => {
  it('ranks with ties averaged, and correlates ranks as Spearman does', () => {
    expect(Array.from(averageRanks(Float64Array.of(10, 20, 20, 5)))).toEqual([2, 3.5, 3.5, 1]);
    expect(Array.from(ranking(Float64Array.of(1, 3, 3, 2)))).toEqual([1, 2, 3, 0]);
    const x = Float64Array.of(1, 2, 3, 4, 5);
    expect(spearman(x, Float64Array.of(2, 4, 6, 8, 10))).toBeCloseTo(1, 12);
    expect(spearman(x, Float64Array.of(5, 4, 3, 2, 1))).toBeCloseTo(-1, 12);
    // scipy.stats.spearmanr([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) = 0.8207826816681233
    expect(spearman(x, Float64Array.of(5, 6, 7, 8, 7))).toBeCloseTo(0.8207826816681233, 12);
    expect(overlap(Int32Array.of(0, 1, 2, 3), Int32Array.of(1, 0, 3, 2), 2)).toBe(2);
    expect(overlap(Int32Array.of(0, 1, 2, 3), Int32Array.of(2, 3, 0, 1), 2)).toBe(0);
  });
});
