import { describe, expect, it } from 'vitest';
import { MusterInputError, type InputIssue } from '@muster/core';
import { parseSurveyConfig } from './config.js';

const MINIMAL = {
  respondent: { name: 'Your name' },
  ties: [{ columns: ['Who do you work with?'] }],
  unknownRole: 'stakeholder',
  defaultLocality: 'Brackenford',
};

function issuesOf(text: string): InputIssue[] {
  try {
    parseSurveyConfig(text, 'map.json');
  } catch (error) {
    expect(error).toBeInstanceOf(MusterInputError);
    return [...(error as MusterInputError).issues];
  }
  throw new Error('expected the mapping to be refused');
}

const withChange = (change: Record<string, unknown>): string => JSON.stringify({ ...MINIMAL, ...change });

describe('parseSurveyConfig', () => {
  it('fills in the defaults', () => {
    expect(parseSurveyConfig(JSON.stringify(MINIMAL), 'map.json')).toEqual({
      respondent: { name: 'Your name' },
      ties: [{ columns: ['Who do you work with?'], kind: 'collaboration', directed: false, weight: 1 }],
      separators: [';'],
      threshold: 0.85,
      lowerBound: 0.75,
      unknownRole: 'stakeholder',
      defaultLocality: 'Brackenford',
      namedRoles: {},
    });
  });

  it('normalises kinds, takes a pattern, and one separator or several', () => {
    const config = parseSurveyConfig(
      withChange({
        ties: [{ columns: { pattern: '^Advice \\d+$' }, kind: 'Peer Support', directed: true, weight: 2 }],
        separator: [';', ' and '],
      }),
    );
    expect(config.ties).toEqual([
      { columns: { pattern: '^Advice \\d+$' }, kind: 'peer-support', directed: true, weight: 2 },
    ]);
    expect(config.separators).toEqual([';', ' and ']);
    expect(parseSurveyConfig(withChange({ separator: '/' })).separators).toEqual(['/']);
    expect(parseSurveyConfig(withChange({ date: '2024-03' })).date).toBe('2024-03');
  });

  it('reports bad JSON with its line', () => {
    expect(issuesOf('{\n  "respondent": {\n    "name": "Your name",\n  }\n}')).toEqual([
      expect.objectContaining({ code: 'json-syntax', file: 'map.json', line: 4 }),
    ]);
    expect(issuesOf('  ')).toEqual([expect.objectContaining({ code: 'file-empty', file: 'map.json' })]);
    expect(issuesOf('[1]')).toEqual([
      expect.objectContaining({ code: 'json-shape', message: 'a survey mapping is one JSON object' }),
    ]);
  });

  it('names the path of every bad setting', () => {
    const issues = issuesOf(
      JSON.stringify({
        respondent: { nam: 'Your name' },
        ties: [{ columns: 'Who?', kind: '' }, { columns: { patern: 'x' } }],
        treshold: 0.9,
        lowerBound: 2,
        defaultLocality: '',
      }),
    );
    expect(issues.map((i) => [i.code, i.column, i.message, i.hint])).toEqual([
      ['json-shape', 'respondent.name', "the setting 'respondent.name' is missing", undefined],
      ['json-shape', 'respondent.nam', "unknown setting 'nam'", "did you mean 'name'?"],
      [
        'json-shape',
        'ties.0.columns',
        'write a list of column names, or { "pattern": "^Collaborator \\\\d+$" }',
        undefined,
      ],
      ['json-shape', 'ties.0.kind', 'a tie kind cannot be empty', undefined],
      ['json-shape', 'ties.1.columns.pattern', "the setting 'ties.1.columns.pattern' is missing", undefined],
      ['json-shape', 'ties.1.columns.patern', "unknown setting 'patern'", "did you mean 'pattern'?"],
      ['json-shape', 'lowerBound', 'the lower bound is a number above 0 and at most 1', undefined],
      ['json-shape', 'unknownRole', "the setting 'unknownRole' is missing", undefined],
      ['json-shape', 'defaultLocality', 'name the locality to give people whose locality is not known', undefined],
      ['json-shape', 'treshold', "unknown setting 'treshold'", "did you mean 'threshold'?"],
    ]);
    expect(issues.every((i) => i.file === 'map.json')).toBe(true);
  });

  it('refuses a bad pattern, a lower bound above the threshold, risky separators and reserved attributes', () => {
    const issues = issuesOf(
      withChange({
        ties: [{ columns: { pattern: '^Advice (\\d+$' } }],
        threshold: 0.7,
        lowerBound: 0.8,
        respondent: { name: 'Your name', attributes: ['Gender', 'Role', 'survey'] },
      }),
    );
    expect(issues.map((i) => [i.code, i.column])).toEqual([
      ['value-invalid', 'ties.0.columns.pattern'],
      ['value-invalid', 'lowerBound'],
      ['value-invalid', 'respondent.attributes.1'],
      ['value-invalid', 'respondent.attributes.2'],
    ]);
    expect(issuesOf(withChange({ separator: ' ' }))).toEqual([
      expect.objectContaining({ column: 'separator', message: 'a separator of spaces only would split every name' }),
    ]);
    expect(issuesOf(withChange({ date: 'March 2024' }))).toEqual([
      expect.objectContaining({ column: 'date', value: '"March 2024"' }),
    ]);
    expect(issuesOf(withChange({ separator: [';', 'and'] }))).toEqual([
      expect.objectContaining({ column: 'separator.1' }),
    ]);
  });
});
