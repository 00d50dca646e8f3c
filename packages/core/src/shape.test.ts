import { describe, expect, it } from 'vitest';
import { MusterInputError } from './errors.js';
import { parseProfile } from './profiles/schema.js';

/** The messages of every problem in a profile, as `column: message`. */
function problems(value: unknown): string[] {
  try {
    parseProfile(value);
  } catch (error) {
    if (!(error instanceof MusterInputError)) throw error;
    return error.issues.map((issue) => [issue.column, issue.message].filter(Boolean).join(': '));
  }
  throw new Error('the profile was accepted');
}

describe('shape problems in words', () => {
  it('says each problem of a rule as a sentence about its field', () => {
    const rules = [
      { type: 'maxDistance', roles: ['ok', 'ok'], max: 0, maximum: 3 },
      { type: 'representation', attribute: 'g', reference: { female: 2 }, tolerance: 'a' },
      { type: 'minCount', role: 'ok' },
      { type: 'maxContacts', role: 'ok', from: [], max: 1.5, severity: 'bad' },
      { type: 'redundancy', roles: 'ok' },
    ];
    expect(problems({ id: 'x', label: 'X', roles: [{ id: 'ok', label: 'OK' }], rules })).toEqual([
      'rules.0.max: must be more than 0',
      "rules.0: has the unknown field 'maximum'",
      'rules.1.reference.female: must be at most 1',
      'rules.1.tolerance: must be a number',
      'rules.2.min: is missing',
      'rules.3.from: must list at least one',
      'rules.3.max: must be a whole number',
      'rules.3.severity: must be "error", "warning" or "info"',
      'rules.4.roles: must be a list',
    ]);
  });

  it("keeps a schema's own message and words the profile's own fields", () => {
    const roles = [{ id: 'Bad Id', label: '' }, { id: 'ok', label: 'OK', color: 'red' }, 'x'];
    expect(problems({ id: '', label: 'X', roles, rules: [], extra: 1 })).toEqual([
      'id: must not be empty',
      'roles.0.id: a role id is lower case words joined by "-"',
      'roles.0.label: must not be empty',
      'roles.1.color: a colour is written #rrggbb',
      'roles.2: must be an object',
      "has the unknown field 'extra'",
    ]);
  });
});
