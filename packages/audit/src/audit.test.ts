import { isMusterInputError, parseDatasetFiles, type Dataset, type MusterInputError } from '@muster/core';
import { readDataset } from '@muster/node';
import { describe, expect, it } from 'vitest';
import { AUDIT_DEFAULTS, auditCluster } from './audit.js';
import type { AuditReport, LocalityAudit } from './report.js';
import { FIRTH_VALLEY, firthValleyAudit, letterProfile } from './test-example.js';

const EXAMPLE = FIRTH_VALLEY;

function locality(report: AuditReport, name: string): LocalityAudit {
  const found = report.localities.find((l) => l.locality === name);
  if (!found) throw new Error(`no locality ${name}`);
  return found;
}

describe('the audit of the Firth Valley example finds what the example was built to show', () => {
  const report = firthValleyAudit();

  it('covers every locality with the default profile, and counts cross-locality ties', () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.profile).toBe('public-service-innovation');
    expect(report.localities.map((l) => l.locality)).toEqual(['Kelderbridge', 'Hollinwell', 'Saltcote']);
    expect(report.localities.map((l) => l.actorCount)).toEqual([67, 45, 57]);
    expect(report.crossLocality.ties).toEqual([
      { localities: ['Hollinwell', 'Kelderbridge'], ties: 6 },
      { localities: ['Kelderbridge', 'Saltcote'], ties: 1 },
    ]);
  });

  it('gives Kelderbridge, complete and well connected, a clean bill', () => {
    const kb = locality(report, 'Kelderbridge');
    expect(kb.missingRoles).toEqual([]);
    expect(kb.roles.every((r) => r.status === 'present')).toBe(true);
    expect(kb.findings).toEqual([]);
    expect(kb.roleLinks.every((l) => l.status === 'connected')).toBe(true);
    expect(kb.score).toBe(100);
    expect(kb.network.communities.some((c) => c.silo)).toBe(false);
  });

  it('finds the roles Hollinwell lacks and where to borrow them', () => {
    const hw = locality(report, 'Hollinwell');
    expect(hw.missingRoles).toEqual(['service-designer', 'investor', 'change-expert']);
    expect(hw.roles.find((r) => r.role === 'researcher')).toMatchObject({ count: 1, status: 'thin' });
    expect(hw.findings.map((f) => [f.rule, f.severity, f.data.role])).toEqual([
      ['minCount', 'error', 'service-designer'],
      ['minCount', 'error', 'investor'],
      ['minCount', 'error', 'change-expert'],
    ]);
    const recruits = hw.recommendations.filter((r) => r.kind === 'recruit');
    expect(recruits.map((r) => (r.kind === 'recruit' ? [r.role, r.lendingLocalities] : []))).toEqual([
      ['service-designer', ['Kelderbridge']],
      ['investor', ['Kelderbridge']],
      ['change-expert', ['Kelderbridge']],
    ]);
    expect(hw.score).toBeLessThan(90);
  });

  it('finds Saltcote’s silos, its distant roles and its lone brokers', () => {
    const sc = locality(report, 'Saltcote');
    expect(sc.missingRoles).toEqual([]);
    expect(sc.network.communities.filter((c) => c.silo).length).toBeGreaterThanOrEqual(3);
    const link = sc.roleLinks.find((l) => l.roles[0] === 'politician' && l.roles[1] === 'service-user')!;
    expect(link).toMatchObject({ distance: 3, max: 2, status: 'distant' });
    const redundancy = sc.findings.find((f) => f.rule === 'redundancy')!;
    expect(redundancy.data.brokers).toEqual(['sc09', 'sc34']);
    expect(sc.brokers.slice(0, 2).sort()).toEqual(['sc09', 'sc34']);
    expect(sc.findings.some((f) => f.rule === 'communityDiversity')).toBe(true);
    const intro = sc.recommendations.filter((r) => r.kind === 'introduce');
    expect(intro.length).toBeGreaterThan(0);
    expect(
      sc.recommendations
        .filter((r) => r.kind === 'add-redundancy')
        .map((r) => (r.kind === 'add-redundancy' ? r.broker : '')),
    ).toEqual(['sc09', 'sc34']);
    expect(sc.score).toBeLessThan(locality(report, 'Kelderbridge').score);
  });

  it('runs with AUDIT_DEFAULTS when given no options', () => {
    expect(report.meta).toMatchObject({ seed: AUDIT_DEFAULTS.seed, betweenness: 'exact' });
    expect(auditCluster(readDataset(EXAMPLE))).toEqual(auditCluster(readDataset(EXAMPLE), AUDIT_DEFAULTS));
  });

  it('is byte-identical for the same input and seed', () => {
    const again = firthValleyAudit();
    expect(JSON.stringify(again)).toBe(JSON.stringify(report));
  });
});

/** A one-locality dataset from compact strings: actors "id:role", ties "a-b". */
function tiny(actors: string[], ties: string[], extra: Partial<Record<'profile.json', string>> = {}): Dataset {
  return parseDatasetFiles({
    'actors.csv': [
      'id,name,role,locality',
      ...actors.map((a) => `${a.split(':')[0]},${a.split(':')[0]},${a.split(':')[1]},Town`),
    ].join('\n'),
    'ties.csv': ['source,target', ...ties.map((t) => t.replace('-', ','))].join('\n'),
    ...extra,
  });
}

const PROFILE = letterProfile(
  ['a', 'b', 'c'],
  [
    { type: 'minCount', role: 'a', min: 1, recommended: 2 },
    { type: 'minCount', role: 'b', min: 1 },
    { type: 'minCount', role: 'c', min: 1 },
    { type: 'maxDistance', roles: ['a', 'c'], max: 2 },
    { type: 'redundancy', roles: ['a', 'c'] },
  ],
);

describe('hand-worked small clusters', () => {
  it('measures coverage, distances and tie counts between role groups', () => {
    // a1 - b1 - b2 - c1 ; a1 - b2
    const report = auditCluster(
      tiny(['a1:a', 'b1:b', 'b2:b', 'c1:c'], ['a1-b1', 'b1-b2', 'b2-c1', 'a1-b2'], { 'profile.json': PROFILE }),
    );
    const town = report.localities[0]!;
    expect(town.roles.map((r) => [r.role, r.count, r.status])).toEqual([
      ['a', 1, 'thin'],
      ['b', 2, 'present'],
      ['c', 1, 'present'],
    ]);
    expect(town.roleLinks).toEqual([
      { roles: ['a', 'b'], ties: 2, distance: 1, status: 'connected' },
      { roles: ['a', 'c'], ties: 0, distance: 2, max: 2, status: 'connected' },
      { roles: ['b', 'c'], ties: 1, distance: 1, status: 'connected' },
    ]);
    expect(town.network.roleMixing.ties).toEqual([
      [0, 2, 0],
      [2, 1, 1],
      [0, 1, 0],
    ]);
  });

  it('names the single actor joining two role groups, and proposes an introduction that removes the dependence', () => {
    // a1, a2 - b1 - c1, c2 : every a–c path runs through b1
    const report = auditCluster(
      tiny(['a1:a', 'a2:a', 'b1:b', 'c1:c', 'c2:c'], ['a1-b1', 'a2-b1', 'b1-c1', 'b1-c2', 'a1-a2'], {
        'profile.json': PROFILE,
      }),
    );
    const town = report.localities[0]!;
    expect(town.findings).toMatchObject([{ rule: 'redundancy', severity: 'warning', data: { brokers: ['b1'] } }]);
    expect(town.brokers[0]).toBe('b1');
    expect(town.brokerImpact[0]).toMatchObject({ actor: 'b1', rolePairsCut: 3 });
    const intro = town.recommendations.find((r) => r.kind === 'introduce');
    expect(intro).toMatchObject({ kind: 'introduce', closes: ['a', 'c'] });
    expect(town.recommendations.find((r) => r.kind === 'add-redundancy')).toMatchObject({
      broker: 'b1',
      actors: (intro as { actors: string[] }).actors,
    });
  });

  it('reports unreachable and distant role pairs and closes them with the fewest introductions', () => {
    // a1 - b1 - b2 - b3 - c1 (a–c distance 4 > 2)
    const report = auditCluster(
      tiny(['a1:a', 'a2:a', 'b1:b', 'b2:b', 'b3:b', 'c1:c'], ['a1-b1', 'b1-b2', 'b2-b3', 'b3-c1', 'a1-a2'], {
        'profile.json': PROFILE,
      }),
    );
    const town = report.localities[0]!;
    expect(town.roleLinks[1]).toMatchObject({ roles: ['a', 'c'], distance: 4, max: 2, status: 'distant' });
    expect(town.findings.find((f) => f.rule === 'maxDistance')).toMatchObject({ data: { distance: 4, max: 2 } });
    const intros = town.recommendations.filter((r) => r.kind === 'introduce');
    expect(intros.length).toBe(1);
    expect(intros[0]).toMatchObject({ closes: ['a', 'c'] });
  });

  it('lists missing roles and scores them', () => {
    const report = auditCluster(tiny(['a1:a', 'a2:a'], ['a1-a2'], { 'profile.json': PROFILE }));
    const town = report.localities[0]!;
    expect(town.missingRoles).toEqual(['b', 'c']);
    expect(town.roleLinks[1]).toMatchObject({ distance: null, max: 2, status: 'absent' });
    expect(town.scoreParts).toEqual({ coverage: 1 / 3, reach: 0, structure: 1 });
    expect(town.score).toBe(Math.round(100 * (0.4 / 3 + 0.3)));
  });

  it('audits only the localities asked for, and refuses unknown ones', () => {
    const dataset = readDataset(EXAMPLE);
    expect(auditCluster(dataset, { localities: ['Saltcote'] }).localities.map((l) => l.locality)).toEqual(['Saltcote']);
    expect(() => auditCluster(dataset, { localities: ['Atlantis'] })).toThrow(/Atlantis/);
    try {
      auditCluster(dataset, { localities: ['Saltcot', 'Atlantis'] });
      expect.unreachable();
    } catch (error) {
      expect(isMusterInputError(error)).toBe(true);
      expect((error as MusterInputError).issues).toMatchObject([
        { code: 'locality-unknown', field: 'localities', value: 'Saltcot', hint: "did you mean 'Saltcote'?" },
        { code: 'locality-unknown', field: 'localities', value: 'Atlantis' },
      ]);
    }
  });
});
