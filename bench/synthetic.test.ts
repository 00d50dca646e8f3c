/**
 * Checks of the synthetic cluster generator (planted partition / stochastic
 * block model, Holland, Laskey & Leinhardt 1983) and its dataset writer.
 */

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  generateSyntheticCluster,
  SYNTHETIC_KIND_NAMES,
  SYNTHETIC_ROLE_IDS,
  type SyntheticCluster,
} from './synthetic.js';
import { writeSyntheticDataset } from './write-dataset.js';

const ARRAYS = [
  'actorRole',
  'actorLocality',
  'actorCommunity',
  'localityLacks',
  'tieSource',
  'tieTarget',
  'tieKind',
  'tieWeight',
] as const;

function sameArrays(a: SyntheticCluster, b: SyntheticCluster): boolean {
  return ARRAYS.every((key) => Buffer.from(a[key].buffer).equals(Buffer.from(b[key].buffer)));
}

describe('generateSyntheticCluster', () => {
  it('gives identical arrays for the same seed and different ones for another seed', () => {
    const a = generateSyntheticCluster({ actors: 3000, seed: 7 });
    const b = generateSyntheticCluster({ actors: 3000, seed: 7 });
    const c = generateSyntheticCluster({ actors: 3000, seed: 8 });
    expect(sameArrays(a, b)).toBe(true);
    expect(a.localityNames).toEqual(b.localityNames);
    expect(Buffer.from(a.tieSource.buffer).equals(Buffer.from(c.tieSource.buffer))).toBe(false);
    expect(Buffer.from(a.actorRole.buffer).equals(Buffer.from(c.actorRole.buffer))).toBe(false);
  });

  it('makes exactly the requested numbers, all in range, with no self-ties or duplicate pairs', () => {
    for (const options of [
      { actors: 100 },
      { actors: 2500, ties: 12_345, localities: 4, seed: 3 },
      { actors: 1000, ties: 30_000, communitySize: 10 },
      { actors: 400, localities: 1, mixing: 0.5, crossLocality: 0 },
      { actors: 500, degreeSpread: 0 },
    ]) {
      const g = generateSyntheticCluster(options);
      const n = options.actors;
      const m = options.ties ?? 10 * n;
      expect(g.actorCount).toBe(n);
      expect(g.tieCount).toBe(m);
      for (const key of ['actorRole', 'actorLocality', 'actorCommunity'] as const) expect(g[key].length).toBe(n);
      for (const key of ['tieSource', 'tieTarget', 'tieKind', 'tieWeight'] as const) expect(g[key].length).toBe(m);
      expect(g.localityNames.length).toBe(g.options.localities);
      expect(new Set(g.localityNames).size).toBe(g.localityNames.length);
      expect(g.roleIds).toEqual(SYNTHETIC_ROLE_IDS);
      expect(g.kindNames).toEqual(SYNTHETIC_KIND_NAMES);

      for (let i = 0; i < n; i++) {
        expect(g.actorRole[i]!).toBeLessThan(g.roleIds.length);
        expect(g.actorLocality[i]!).toBeLessThan(g.localityNames.length);
        expect(g.actorCommunity[i]!).toBeGreaterThanOrEqual(0);
        expect(g.actorCommunity[i]!).toBeLessThan(g.communityCount);
      }
      const pairs = new Set<number>();
      let bad = 0;
      for (let e = 0; e < m; e++) {
        const s = g.tieSource[e]!;
        const t = g.tieTarget[e]!;
        if (s === t || s < 0 || t < 0 || s >= n || t >= n) bad++;
        if (g.tieKind[e]! >= g.kindNames.length || g.tieWeight[e]! < 1 || g.tieWeight[e]! > 5) bad++;
        pairs.add(Math.min(s, t) * n + Math.max(s, t));
      }
      expect(bad).toBe(0);
      expect(pairs.size).toBe(m);
    }
  });

  it('keeps communities inside localities and lacks a rare role where it says so', () => {
    const g = generateSyntheticCluster({ actors: 20_000, seed: 2 });
    const localityOf = new Map<number, number>();
    for (let i = 0; i < g.actorCount; i++) {
      const c = g.actorCommunity[i]!;
      const l = g.actorLocality[i]!;
      expect(localityOf.get(c) ?? l).toBe(l);
      localityOf.set(c, l);
    }
    const present = new Set<string>();
    for (let i = 0; i < g.actorCount; i++) present.add(`${g.actorLocality[i]!}:${g.actorRole[i]!}`);
    const lacking = [...g.localityLacks].flatMap((role, l) => (role >= 0 ? [[l, role] as const] : []));
    expect(lacking.length).toBeGreaterThan(0);
    for (const [l, role] of lacking) expect(present.has(`${l}:${role}`)).toBe(false);
    // Every other locality has every role.
    for (let l = 0; l < g.localityNames.length; l++) {
      for (let r = 0; r < g.roleIds.length; r++) {
        if (g.localityLacks[l] !== r) expect(present.has(`${l}:${r}`)).toBe(true);
      }
    }
    // Service users are common, investors and change experts rare.
    const counts = new Array<number>(g.roleIds.length).fill(0);
    for (let i = 0; i < g.actorCount; i++) counts[g.actorRole[i]!]!++;
    const share = (id: string): number => counts[g.roleIds.indexOf(id)]! / g.actorCount;
    expect(share('service-user')).toBeGreaterThan(0.2);
    expect(share('investor')).toBeLessThan(0.06);
    expect(share('change-expert')).toBeLessThan(0.06);
  });

  it('leaves communities and localities at about the requested rates', () => {
    for (const [mixing, crossLocality] of [
      [0.1, 0.01],
      [0.3, 0.05],
    ] as const) {
      const g = generateSyntheticCluster({ actors: 5000, mixing, crossLocality, seed: 11 });
      let outside = 0;
      let across = 0;
      for (let e = 0; e < g.tieCount; e++) {
        const s = g.tieSource[e]!;
        const t = g.tieTarget[e]!;
        if (g.actorCommunity[s] !== g.actorCommunity[t]) outside++;
        if (g.actorLocality[s] !== g.actorLocality[t]) across++;
      }
      expect(outside / g.tieCount).toBeCloseTo(mixing, 2);
      expect(across / g.tieCount).toBeCloseTo(crossLocality, 2);
    }
  });

  it('rejects options out of range', () => {
    expect(() => generateSyntheticCluster({ actors: 99 })).toThrow(RangeError);
    expect(() => generateSyntheticCluster({ actors: 1000.5 })).toThrow(RangeError);
    expect(() => generateSyntheticCluster({ actors: 1000, ties: 400_000 })).toThrow(RangeError);
    expect(() => generateSyntheticCluster({ actors: 1000, mixing: 0.01, crossLocality: 0.02 })).toThrow(RangeError);
    expect(() => generateSyntheticCluster({ actors: 1000, localities: 0 })).toThrow(RangeError);
  });
});

describe('writeSyntheticDataset', () => {
  it('writes actors.csv and ties.csv with their headers and one row per actor and tie', () => {
    const dir = mkdtempSync(join(tmpdir(), 'muster-synthetic-'));
    try {
      const g = generateSyntheticCluster({ actors: 200, seed: 5 });
      const written = writeSyntheticDataset(g, dir);
      const actors = readFileSync(join(dir, 'actors.csv'), 'utf8');
      const ties = readFileSync(join(dir, 'ties.csv'), 'utf8');
      expect(written.files.map((f) => f.bytes)).toEqual([Buffer.byteLength(actors), Buffer.byteLength(ties)]);

      const actorLines = actors.split('\n');
      const tieLines = ties.split('\n');
      expect(actorLines.pop()).toBe('');
      expect(tieLines.pop()).toBe('');
      expect(actorLines[0]).toBe('id,name,role,locality,organisation,sector,planted_community');
      expect(tieLines[0]).toBe('source,target,kind,weight');
      expect(actorLines.length).toBe(1 + 200);
      expect(tieLines.length).toBe(1 + 2000);

      expect(actors).not.toMatch(/["\r]/);
      expect(ties).not.toMatch(/["\r]/);
      const ids = new Set<string>();
      for (const line of actorLines.slice(1)) {
        const cells = line.split(',');
        expect(cells.length).toBe(7);
        expect(cells[0]).toMatch(/^s\d{6}$/);
        expect(g.roleIds).toContain(cells[2]);
        expect(g.localityNames).toContain(cells[3]);
        ids.add(cells[0]!);
      }
      expect(ids.size).toBe(200);
      expect(actorLines[1]!.startsWith('s000001,')).toBe(true);
      for (const line of tieLines.slice(1)) {
        const [source, target, kind, weight, ...rest] = line.split(',');
        expect(rest.length).toBe(0);
        expect(ids.has(source!) && ids.has(target!)).toBe(true);
        expect(g.kindNames).toContain(kind);
        expect(weight).toMatch(/^[1-5]$/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
