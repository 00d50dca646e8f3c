import { parseDatasetFiles } from '@muster/core';
import { describe, expect, it } from 'vitest';
import { auditCluster } from './audit.js';
import { diffAudits } from './diff.js';
import { letterProfile } from './test-example.js';

const PROFILE = letterProfile(
  ['a', 'b'],
  [
    { type: 'minCount', role: 'a', min: 1 },
    { type: 'minCount', role: 'b', min: 1 },
    { type: 'maxDistance', roles: ['a', 'b'], max: 1 },
  ],
);
const wave = (actors: string[], ties: string[]) =>
  auditCluster(
    parseDatasetFiles({
      'actors.csv': ['id,name,role,locality', ...actors].join('\n'),
      'ties.csv': ['source,target', ...ties].join('\n'),
      'profile.json': PROFILE,
    }),
  );

describe('diffAudits', () => {
  it('gives the score change, roles no longer missing and findings resolved or new', () => {
    const before = wave(['a1,A,a,T', 'a2,A2,a,T'], ['a1,a2']);
    const after = wave(['a1,A,a,T', 'a2,A2,a,T', 'b1,B,b,T', 'b2,B2,b,T'], ['a1,a2', 'a2,b1', 'b1,b2']);
    const diff = diffAudits(before, after);
    const town = diff.localities[0]!;
    expect(town.noLongerMissing).toEqual(['b']);
    expect(town.missingNow).toEqual([]);
    expect(town.findingsResolved.map((f) => f.rule)).toEqual(['minCount']);
    expect(town.findingsNew).toEqual([]);
    expect(town.scoreChange).toBe(town.scoreAfter! - town.scoreBefore!);
    expect(town.scoreChange).toBeGreaterThan(0);
  });

  it("gives each locality's stage then and now, and the weavers gained and lost", () => {
    const people = Array.from({ length: 15 }, (_, i) => `p${i},P${i},${i % 2 === 0 ? 'a' : 'b'},T`);
    const clique = (from: number): string[] =>
      [0, 1, 2, 3, 4].flatMap((i) => [0, 1, 2, 3, 4].filter((j) => j > i).map((j) => `p${from + i},p${from + j}`));
    const cliques = [...clique(0), ...clique(5), ...clique(10)];
    // Three separate cliques; then p0 ties into two pairs of the others, and weaves them together.
    const before = wave(people, cliques);
    const after = wave(people, [...cliques, 'p0,p5', 'p0,p6', 'p0,p10', 'p0,p11']);
    const town = diffAudits(before, after).localities[0]!;
    expect(town.stageBefore).toBe('scattered');
    expect(town.stageAfter).not.toBe('scattered');
    expect(town.weaversGained).toEqual(['p0']);
    expect(town.weaversLost).toEqual([]);
    expect(diffAudits(after, before).localities[0]!.weaversLost).toEqual(['p0']);
  });
});
