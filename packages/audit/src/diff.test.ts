import { parseDatasetFiles } from '@muster/core';
import { describe, expect, it } from 'vitest';
import { auditCluster } from './audit.js';
import { diffAudits } from './diff.js';

const PROFILE = JSON.stringify({
  id: 'small',
  label: 'Small',
  roles: [
    { id: 'a', label: 'As' },
    { id: 'b', label: 'Bs' },
  ],
  rules: [
    { type: 'minCount', role: 'a', min: 1 },
    { type: 'minCount', role: 'b', min: 1 },
    { type: 'maxDistance', roles: ['a', 'b'], max: 1 },
  ],
});
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
});
