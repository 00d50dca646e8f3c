/**
 * Tests of the built-in profiles (from the seed texts "Cluster muster",
 * "Tackling poverty by extending professional collaborations" and the essays
 * on multi-agency care): each is a valid profile, its ids are those of the
 * contract, and every role name resolves to one role only.
 */
import { describe, it, expect } from 'vitest';
import { normaliseKey } from '../../normalise.js';
import { createRoleResolver } from '../resolve.js';
import { parseProfile } from '../schema.js';
import type { Profile } from '../types.js';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID, builtinProfileIds, getBuiltinProfile } from './index.js';

const profiles: Profile[] = Object.values(BUILTIN_PROFILES);

const roleIds = (profile: Profile): string[] => profile.roles.map((role) => role.id);

describe('built-in profiles', () => {
  it('are listed by id, the default first', () => {
    expect(DEFAULT_PROFILE_ID).toBe('public-service-innovation');
    expect(builtinProfileIds()).toEqual([
      'public-service-innovation',
      'anti-poverty-collaboration',
      'multi-agency-care',
    ]);
    for (const id of builtinProfileIds()) expect(getBuiltinProfile(id)?.id).toBe(id);
    expect(getBuiltinProfile('no-such-profile')).toBeUndefined();
    expect(getBuiltinProfile('toString')).toBeUndefined();
  });

  it('are frozen', () => {
    const profile = getBuiltinProfile(DEFAULT_PROFILE_ID)!;
    expect(Object.isFrozen(profile)).toBe(true);
    expect(Object.isFrozen(profile.roles[0])).toBe(true);
    expect(() => profile.rules.push({ type: 'communityDiversity', minRoles: 1 })).toThrow();
  });

  describe.each(profiles.map((profile) => [profile.id, profile] as const))('%s', (_id, profile) => {
    it('passes parseProfile unchanged', () => {
      expect(parseProfile(structuredClone(profile))).toEqual(profile);
    });

    it('survives a round trip through JSON', () => {
      expect(parseProfile(JSON.parse(JSON.stringify(profile)))).toEqual(profile);
    });

    it('describes itself, every role and every rule', () => {
      expect(profile.description?.trim()).toBeTruthy();
      for (const role of profile.roles) {
        expect(role.description?.trim(), role.id).toBeTruthy();
        expect(role.ecology?.trim(), role.id).toBeTruthy();
      }
      for (const rule of profile.rules) expect(rule.description?.trim(), rule.id).toBeTruthy();
    });

    it('gives every rule a unique id', () => {
      const ids = profile.rules.map((rule) => rule.id);
      expect(ids.every((id) => id !== undefined)).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('asks for every role at least once, with a recommendation no lower than the minimum', () => {
      for (const id of roleIds(profile)) {
        const rule = profile.rules.find((r) => r.type === 'minCount' && r.role === id);
        expect(rule, id).toBeDefined();
        if (rule?.type !== 'minCount') continue;
        expect(rule.min, id).toBeGreaterThanOrEqual(1);
        expect(rule.recommended ?? rule.min, id).toBeGreaterThanOrEqual(rule.min);
      }
    });

    it('asks every present role to be within three steps of every other', () => {
      expect(profile.rules).toContainEqual(expect.objectContaining({ type: 'maxDistance', roles: ['*', '*'], max: 3 }));
      expect(profile.rules).toContainEqual(expect.objectContaining({ type: 'communityDiversity', minRoles: 3 }));
    });

    it('resolves every id, alias and label to its own role', () => {
      const resolver = createRoleResolver(profile);
      for (const role of profile.roles) {
        for (const name of [role.id, role.label, ...(role.aliases ?? [])]) {
          expect(resolver.resolve(name), `${name} → ${role.id}`).toBe(role.id);
          expect(resolver.resolve(`  ${name.toUpperCase().replace(/-/g, '_')} `), name).toBe(role.id);
        }
      }
    });

    it('uses no name twice, across or within roles', () => {
      const seen = new Map<string, string>();
      for (const role of profile.roles) {
        for (const name of [role.id, ...(role.aliases ?? [])]) {
          const key = normaliseKey(name);
          expect(seen.get(key), `'${name}' of ${role.id}`).toBeUndefined();
          seen.set(key, role.id);
        }
      }
    });
  });
});

/** What each built-in profile holds: its role ids in order, and names people write with the role each resolves to. */
const CONTRACT: Record<string, { roles: string[]; names: [string, string][] }> = {
  'public-service-innovation': {
    roles: [
      'politician',
      'senior-official',
      'stakeholder-group',
      'service-user',
      'researcher',
      'service-designer',
      'social-entrepreneur',
      'investor',
      'change-expert',
    ],
    names: [
      ['Councillor', 'politician'],
      ['MP', 'politician'],
      ['MSP', 'politician'],
      ['Mayor', 'politician'],
      ['Cabinet Member', 'politician'],
      ['Chief Executive', 'senior-official'],
      ['Director', 'senior-official'],
      ['Head of Service', 'senior-official'],
      ['Senior Officials', 'senior-official'],
      ['Community Group', 'stakeholder-group'],
      ['Voluntary Sector', 'stakeholder-group'],
      ['Charity', 'stakeholder-group'],
      ['User group', 'stakeholder-group'],
      ['User', 'service-user'],
      ['Citizen', 'service-user'],
      ['resident', 'service-user'],
      ['Lived experience', 'service-user'],
      ['Academic', 'researcher'],
      ['Think Tank', 'researcher'],
      ['Think-tank', 'researcher'],
      ['Service Designer', 'service-designer'],
      ['service_designer', 'service-designer'],
      ['designer', 'service-designer'],
      ['Service designers', 'service-designer'],
      ['Social Enterprise', 'social-entrepreneur'],
      ['Funder', 'investor'],
      ['Impact Investor', 'investor'],
      ['Change Manager', 'change-expert'],
      ['Organisational Development', 'change-expert'],
    ],
  },
  'anti-poverty-collaboration': {
    roles: [
      'policy-maker',
      'front-line-worker',
      'lived-experience',
      'researcher',
      'hr',
      'it-systems',
      'procurement',
      'finance',
      'estates',
      'performance-management',
    ],
    names: [
      ['Human Resources', 'hr'],
      ['IT', 'it-systems'],
      ['Systems Designer', 'it-systems'],
      ['Contract Manager', 'procurement'],
      ['Accountant', 'finance'],
      ['Estate Management', 'estates'],
      ['Project Manager', 'performance-management'],
      ['Work Coach', 'front-line-worker'],
      ['Frontline', 'front-line-worker'],
      ['Front line', 'front-line-worker'],
      ['Lived Experience', 'lived-experience'],
      ['Expert by Experience', 'lived-experience'],
      ['Policy Officer', 'policy-maker'],
      ['Councillor', 'policy-maker'],
    ],
  },
  'multi-agency-care': {
    roles: [
      'service-user',
      'carer',
      'key-worker',
      'local-area-coordinator',
      'community-organiser',
      'social-worker',
      'health-professional',
      'police-officer',
      'probation-officer',
    ],
    names: [
      ['Key Worker', 'key-worker'],
      ['Keyworker', 'key-worker'],
      ['Lead Professional', 'key-worker'],
      ['LAC', 'local-area-coordinator'],
      ['Local Area Co-ordinator', 'local-area-coordinator'],
      ['Community Organizer', 'community-organiser'],
      ['Social Work', 'social-worker'],
      ['CPN', 'health-professional'],
      ['Nurse', 'health-professional'],
      ['Police', 'police-officer'],
      ['PCSO', 'police-officer'],
      ['Probation', 'probation-officer'],
      ['Parent', 'carer'],
      ['Client', 'service-user'],
    ],
  },
};

describe.each(Object.entries(CONTRACT))('%s: roles and names', (id, { roles, names }) => {
  const profile = getBuiltinProfile(id)!;
  const resolver = createRoleResolver(profile);

  it('has its roles, in order', () => {
    expect(roleIds(profile)).toEqual(roles);
  });

  it.each(names)('resolves %s to %s', (name, role) => {
    expect(resolver.resolve(name)).toBe(role);
  });
});

describe('public-service-innovation', () => {
  const profile = BUILTIN_PROFILES['public-service-innovation'];
  const resolver = createRoleResolver(profile);

  it('suggests the role for a typo', () => {
    expect(resolver.resolve('desinger')).toBeUndefined();
    expect(resolver.suggest('desinger')).toBe('service-designer');
    expect(resolver.suggest('councilor')).toBe('politician');
  });

  it('asks the pairs of the seed text to be within two steps', () => {
    const pairs = profile.rules.flatMap((rule) =>
      rule.type === 'maxDistance' && rule.max === 2 ? [[...rule.roles].sort().join(' + ')] : [],
    );
    expect(pairs.sort()).toEqual(
      [
        ['politician', 'service-user'],
        ['senior-official', 'service-user'],
        ['senior-official', 'service-designer'],
        ['investor', 'service-designer'],
        ['senior-official', 'social-entrepreneur'],
        ['investor', 'social-entrepreneur'],
        ['change-expert', 'senior-official'],
      ]
        .map((pair) => pair.sort().join(' + '))
        .sort(),
    );
  });
});

describe('anti-poverty-collaboration', () => {
  const profile = BUILTIN_PROFILES['anti-poverty-collaboration'];
  const support = profile.roles.filter((role) => role.ecology === 'support').map((role) => role.id);

  it('has the support professions', () => {
    expect(support).toEqual(['hr', 'it-systems', 'procurement', 'finance', 'estates', 'performance-management']);
  });

  it('asks every support profession to be within two steps of lived experience and of the front line', () => {
    for (const id of support) {
      for (const other of ['lived-experience', 'front-line-worker']) {
        expect(profile.rules, `${id} + ${other}`).toContainEqual(
          expect.objectContaining({ type: 'maxDistance', roles: [id, other], max: 2 }),
        );
      }
    }
  });
});

describe('multi-agency-care', () => {
  const profile = BUILTIN_PROFILES['multi-agency-care'];

  it('limits the professionals around each user and carer', () => {
    for (const role of ['service-user', 'carer']) {
      const rule = profile.rules.find((r) => r.type === 'maxContacts' && r.role === role);
      expect(rule, role).toMatchObject({ type: 'maxContacts', max: 5 });
      if (rule?.type !== 'maxContacts') continue;
      expect(rule.from).toContain('key-worker');
      expect(rule.from).toEqual(expect.arrayContaining(['social-worker', 'health-professional', 'police-officer']));
      expect(rule.from).not.toContain('service-user');
      expect(rule.from).not.toContain('carer');
    }
  });

  it('keeps key workers next to users', () => {
    expect(profile.rules).toContainEqual(
      expect.objectContaining({ type: 'maxDistance', roles: ['key-worker', 'service-user'], max: 1 }),
    );
  });
});
