/**
 * Numbers that agree: the summary, the sections and the rules count the
 * same things the same way (roles present, role pairs, the roles of a
 * community), and brokers are only those the locality really depends on.
 */
import { parseDatasetFiles } from '@muster/core';
import { describe, expect, it } from 'vitest';
import { auditCluster } from '../audit.js';
import { brokerMinSteps } from '../brokers.js';
import { renderMarkdown } from './markdown.js';
import { firthValleyAudit } from '../test-example.js';

function audit(actors: string[], ties: string[]) {
  const dataset = parseDatasetFiles({
    'actors.csv': ['id,name,role,roles,locality', ...actors].join('\n'),
    'ties.csv': ['source,target', ...ties].join('\n'),
  });
  const report = auditCluster(dataset, { seed: 1 });
  return { report, md: renderMarkdown(report) };
}

describe('numbers that agree', () => {
  it('counts thin roles as present in the coverage summary', () => {
    const { md, report } = audit(
      ['a,Ann Hale,politician,,Brook', 'b,Bo Marsh,senior-official,,Brook', 'c,Cy Moss,researcher,,Brook'],
      ['a,b', 'b,c'],
    );
    expect(report.localities[0]!.roles.filter((r) => r.status === 'thin')).toHaveLength(3);
    expect(md).toContain('3 of 9 required roles present, 3 of them thin, 6 missing.');
    expect(md).not.toContain('0 of 9 required roles present');
  });

  it('states the role pairs that cannot be measured the same way in the summary and the reach section', () => {
    const md = renderMarkdown(firthValleyAudit({ localities: ['Hollinwell'] }));
    const summary = /(\d+) of (\d+) role pairs with a distance rule within it, (\d+) not measurable/.exec(md);
    const section = /(\d+) pairs of roles cannot be measured because a role is missing; (\d+) of them have/.exec(md);
    expect(summary).not.toBeNull();
    expect(section).not.toBeNull();
    // The 4 ruled pairs the summary cannot measure are the 4 the section names among its 21.
    expect(section![2]).toBe(summary![3]);
    expect(Number(summary![1]) + Number(summary![3])).toBe(Number(summary![2]));
  });

  it('counts a community’s roles as the silo rule does, main and extra', () => {
    // Two groups of four, joined by one tie. In the first, one official is also a researcher:
    // three roles, so not a silo; the second has two roles and is one.
    const { report, md } = audit(
      [
        'a1,A One,politician,,Brook',
        'a2,A Two,politician,,Brook',
        'a3,A Three,senior-official,researcher,Brook',
        'a4,A Four,senior-official,,Brook',
        'b1,B One,politician,,Brook',
        'b2,B Two,politician,,Brook',
        'b3,B Three,senior-official,,Brook',
        'b4,B Four,senior-official,,Brook',
      ],
      [
        'a1,a2',
        'a1,a3',
        'a1,a4',
        'a2,a3',
        'a2,a4',
        'a3,a4',
        'b1,b2',
        'b1,b3',
        'b1,b4',
        'b2,b3',
        'b2,b4',
        'b3,b4',
        'a1,b1',
      ],
    );
    const communities = report.localities[0]!.network.communities;
    const withExtra = communities.find((c) => c.actors.includes('a3'))!;
    const plain = communities.find((c) => c.actors.includes('b3'))!;
    expect(withExtra.distinctRoles).toBe(3);
    expect(withExtra.silo).toBe(false);
    expect(plain).toMatchObject({ distinctRoles: 2, silo: true });
    expect(md).toContain(`- Mixed: community ${withExtra.id} (4 actors, 3 roles).`);
    expect(md).toContain(`- Community ${plain.id}, 4 actors, 2 roles: Politicians 2, Senior officials 2.`);
    const finding = report.localities[0]!.findings.find((f) => f.rule === 'communityDiversity')!;
    expect(finding.message).toContain('1 community');
  });

  it('lists as brokers only actors whose leaving cuts role pairs or adds real distance', () => {
    const report = firthValleyAudit();
    for (const l of report.localities) {
      const present = l.roles.filter((r) => r.count > 0).length;
      const pairs = l.roleLinks.filter((k) => k.distance !== null).length;
      expect(present).toBeGreaterThan(1);
      for (const b of l.brokerImpact)
        expect(b.rolePairsCut > 0 || b.distanceAdded >= brokerMinSteps(pairs), `${l.locality} ${b.actor}`).toBe(true);
      expect(l.brokers.length).toBeLessThanOrEqual(Math.ceil(l.actorCount / 5));
    }
    const saltcote = report.localities.find((l) => l.locality === 'Saltcote')!;
    // Gordon Fitzgerald's leaving adds 2 steps over 36 pairs: no dependence worth naming.
    expect(saltcote.brokers).not.toContain('sc25');
    expect(brokerMinSteps(36)).toBe(4);
    expect(brokerMinSteps(3)).toBe(2);
  });
});
