import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { MusterInputError } from '../../errors.js';
import { parseProfile } from '../schema.js';
import type { Rule } from './index.js';
import { ruleBaseShape } from './define.js';
import { RULE_DEFINITIONS, RULE_TYPES, ruleDefinition, ruleSeverity } from './index.js';

const EXAMPLES: Record<(typeof RULE_TYPES)[number], Rule> = {
  minCount: { type: 'minCount', role: 'a', min: 1, recommended: 2 },
  maxDistance: { type: 'maxDistance', roles: ['a', 'b'], max: 2 },
  maxContacts: { type: 'maxContacts', role: 'a', from: ['b', 'c'], max: 5 },
  communityDiversity: { type: 'communityDiversity', minRoles: 3 },
  redundancy: { type: 'redundancy', roles: ['a', 'c'] },
  representation: {
    type: 'representation',
    attribute: 'gender',
    reference: { female: 0.51, male: 0.49 },
    tolerance: 0.1,
  },
};

const profile = (rules: unknown[]): unknown => ({
  id: 'p',
  label: 'P',
  roles: ['a', 'b', 'c'].map((id) => ({ id, label: id.toUpperCase() })),
  rules,
});

function problems(rules: unknown[]): string[] {
  try {
    parseProfile(profile(rules));
  } catch (error) {
    if (error instanceof MusterInputError) return error.issues.map((i) => `${i.column}: ${i.message}`);
    throw error;
  }
  return [];
}

describe('the rule registry', () => {
  it('defines every rule type of the contract, in order, each under its own name', () => {
    expect(RULE_TYPES).toEqual([
      'minCount',
      'maxDistance',
      'maxContacts',
      'communityDiversity',
      'redundancy',
      'representation',
    ]);
    for (const type of RULE_TYPES) expect(RULE_DEFINITIONS[type].type).toBe(type);
  });

  it('gives each type its default severity, which a rule may override', () => {
    expect(Object.fromEntries(RULE_TYPES.map((t) => [t, RULE_DEFINITIONS[t].defaultSeverity]))).toEqual({
      minCount: 'error',
      maxDistance: 'warning',
      maxContacts: 'warning',
      communityDiversity: 'warning',
      redundancy: 'warning',
      representation: 'info',
    });
    expect(ruleSeverity(EXAMPLES.minCount)).toBe('error');
    expect(ruleSeverity({ ...EXAMPLES.minCount, severity: 'info' })).toBe('info');
  });

  it.each(RULE_TYPES)('reads a %s rule with its schema and rejects unknown fields', (type) => {
    const schema = RULE_DEFINITIONS[type].schema;
    expect(schema.parse(EXAMPLES[type])).toEqual(EXAMPLES[type]);
    expect(schema.safeParse({ ...EXAMPLES[type], maximum: 3 }).success).toBe(false);
    expect(parseProfile(profile([EXAMPLES[type]]))).toMatchObject({ rules: [EXAMPLES[type]] });
  });

  it.each(RULE_TYPES)('lists the fields of %s as its schema has them, required or not', (type) => {
    const { schema, fields } = RULE_DEFINITIONS[type];
    const shape = (schema as unknown as z.ZodMiniObject).shape;
    const own = Object.keys(shape).filter((key) => key !== 'type' && !(key in ruleBaseShape));
    expect(fields.map((f) => f.name)).toEqual(own);
    for (const field of fields) {
      const { [field.name]: _dropped, ...rest } = EXAMPLES[type] as unknown as Record<string, unknown>;
      expect(schema.safeParse(rest).success, field.name).toBe(!field.required);
      expect(field.meaning.trim()).not.toBe('');
    }
  });

  it('describes each rule in words', () => {
    const code = (role: string): string => `\`${role}\``;
    const said = (rule: Rule): string => ruleDefinition(rule).describe(rule, code);
    expect(said(EXAMPLES.minCount)).toBe('At least 1 of `a`, thin below 2');
    expect(said({ type: 'minCount', role: 'a', min: 2 })).toBe('At least 2 of `a`');
    expect(said(EXAMPLES.maxDistance)).toBe('`a` and `b` within 2 steps');
    expect(said({ type: 'maxDistance', roles: ['a', 'b'], max: 1 })).toBe('`a` and `b` directly tied, within 1 step');
    expect(said({ type: 'maxDistance', roles: ['*', '*'], max: 3 })).toBe(
      'Every present role within 3 steps of every other',
    );
    expect(said({ type: 'maxDistance', roles: ['*', 'a'], max: 2 })).toBe(
      '`a` within 2 steps of every other present role',
    );
    expect(said(EXAMPLES.maxContacts)).toBe('No `a` tied to more than 5 distinct actors of `b` and `c`');
    expect(said(EXAMPLES.communityDiversity)).toBe('Every community mixes at least 3 roles');
    expect(said(EXAMPLES.redundancy)).toBe('`a` and `c` joined through more than one actor');
    expect(said(EXAMPLES.representation)).toBe(
      "The shares of 'gender' within 10 percentage points of the reference: female 51%, male 49%",
    );
    expect(ruleDefinition(EXAMPLES.redundancy).describe(EXAMPLES.redundancy)).toBe(
      'a and c joined through more than one actor',
    );
  });

  it('checks the roles each type names, with the wildcard only where the type allows it', () => {
    expect(
      problems([
        { type: 'minCount', role: 'x', min: 1 },
        { type: 'maxDistance', roles: ['*', 'y'], max: 1 },
        { type: 'maxContacts', role: 'a', from: ['b', 'z'], max: 1 },
        { type: 'redundancy', roles: ['*', 'a'] },
      ]),
    ).toEqual([
      "rules.0.role: rule 1 (minCount) names the unknown role 'x'",
      "rules.1.roles.1: rule 2 (maxDistance) names the unknown role 'y'",
      "rules.2.from.1: rule 3 (maxContacts) names the unknown role 'z'",
      "rules.3.roles.0: rule 4 (redundancy) names the unknown role '*'",
    ]);
  });

  it('reports the problems of meaning a type defines', () => {
    // Rules that passed their shape are checked for meaning even when others did not.
    expect(problems([{}, { type: 'minCount', role: 'a', min: 3, recommended: 2 }])).toEqual([
      'rules.0.type: unknown rule type in rule 1',
      'rules.1.recommended: rule 2 (minCount) recommends fewer actors than its minimum',
    ]);
    expect(problems([EXAMPLES.redundancy, { type: 'minCount', role: 'a', min: 3, recommended: 2 }])).toEqual([
      'rules.1.recommended: rule 2 (minCount) recommends fewer actors than its minimum',
    ]);
  });
});
