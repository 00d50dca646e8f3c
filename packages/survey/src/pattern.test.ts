import { describe, expect, it } from 'vitest';
import { parseSurveyConfig } from './config.js';
import { issuesOf } from '@muster/core';
import { riskyPattern } from './pattern.js';

describe('riskyPattern', () => {
  it('lets ordinary header patterns through', () => {
    for (const pattern of [
      '^Advice \\d+$',
      '^(Collaborator|Partner) \\d+$',
      'who .* with',
      '^Q(\\d{1,2})[a-z]?$',
      '(ab)?c+',
    ])
      expect(riskyPattern(pattern), pattern).toBeUndefined();
  });

  it('refuses nested and alternating repeats, back references and many repeats', () => {
    expect(riskyPattern('^(a+)+$')).toMatch(/repeated group holds a repeat/);
    expect(riskyPattern('(x*y?)*z')).toMatch(/repeated group holds a repeat/);
    expect(riskyPattern('^(a|ab)*c')).toMatch(/repeated group holds alternatives/);
    expect(riskyPattern('((a|b)c){2,}')).toMatch(/repeated group holds alternatives/);
    expect(riskyPattern('(a)\\1')).toMatch(/refers back/);
    expect(riskyPattern('\\d*\\d*\\d*\\d*x')).toMatch(/more than 3 repeats/);
  });

  it('reads escapes and character classes as one character', () => {
    expect(riskyPattern('\\(a+\\)+')).toBeUndefined();
    expect(riskyPattern('[(a+)]+')).toBeUndefined();
  });
});

describe('a risky pattern in the survey settings', () => {
  it('is refused with the setting named', () => {
    const text = JSON.stringify({
      respondent: { name: 'Name' },
      ties: [{ columns: { pattern: '^(a+)+$' } }],
      unknownRole: 'stakeholder',
      defaultLocality: 'Brackenford',
    });
    const issues = issuesOf(() => parseSurveyConfig(text, 'survey-config.json'));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'value-invalid',
        file: 'survey-config.json',
        column: 'ties.0.columns.pattern',
        value: '^(a+)+$',
      }),
    ]);
    expect(issues[0]!.message).toMatch(/could run for a very long time/);
  });
});
