/**
 * Property tests of the survey import: noise in the survey or the review
 * file gives a MusterInputError or a result, never a crash; and a result
 * is always a valid dataset whose review file, fed back, changes nothing.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from '@muster/core';
import { datasetToFiles } from '@muster/core';
import { isMusterInputError } from '@muster/core';
import { parseSurveyConfig } from './config.js';
import { importSurvey, type SurveyImport } from './import.js';

const DIR = new URL('./fixtures/brackenford/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, DIR), 'utf8');
const config = parseSurveyConfig(read('config.json'), 'config.json');
const SURVEY = read('survey.csv');
const REVIEW = read('review-edited.csv');

/** Characters that trouble CSV readers and name matchers, and any others. */
const noiseChar = fc.oneof(
  fc.constantFrom(
    ',',
    ';',
    '"',
    '\n',
    '\r',
    '#',
    ' ',
    '\t',
    'é',
    '\u0301',
    '\u0000',
    '\ufeff',
    '\u2028',
    '(',
    ')',
    '.',
    "'",
    '-',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const edit = fc.record({
  at: fc.nat(),
  cut: fc.nat({ max: 3 }),
  insert: fc.array(noiseChar, { maxLength: 4 }).map((a) => a.join('')),
});

function garble(text: string, edits: { at: number; cut: number; insert: string }[]): string {
  let out = text;
  for (const { at, cut, insert } of edits) {
    const i = at % (out.length + 1);
    out = out.slice(0, i) + insert + out.slice(i + cut);
  }
  return out;
}

/** Runs the import; a MusterInputError is a fine answer, anything else thrown fails the property. */
function attempt(survey: string, review?: string): SurveyImport | undefined {
  try {
    return importSurvey(survey, config, { file: 'survey.csv', ...(review === undefined ? {} : { review }) });
  } catch (error) {
    if (isMusterInputError(error)) {
      for (const issue of error.issues) expect(issue.file).toMatch(/^(survey|review)\.csv$|^survey-config\.json$/);
      return undefined;
    }
    throw error;
  }
}

function expectSound(result: SurveyImport): void {
  const { dataset } = result;
  const ids = new Set(dataset.actors.map((a) => a.id));
  expect(ids.size).toBe(dataset.actors.length);
  for (const tie of dataset.ties) {
    expect(ids.has(tie.source) && ids.has(tie.target) && tie.source !== tie.target).toBe(true);
  }
  // Valid: the dataset reads back through the CSV writer and reader.
  const back = parseDatasetFiles(datasetToFiles(dataset));
  expect(back.actors).toEqual(dataset.actors);
  expect(back.ties).toEqual(dataset.ties);
}

describe('importSurvey under noise', () => {
  it('gives a MusterInputError or a valid dataset for a garbled survey, never a crash', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const result = attempt(garble(SURVEY, edits));
        if (result !== undefined) expectSound(result);
      }),
      { numRuns: 300, seed: 20240311 },
    );
  });

  it('never crashes on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = attempt(text);
        if (result !== undefined) expectSound(result);
      }),
      { numRuns: 300, seed: 17 },
    );
  });

  it('gives a MusterInputError or a valid dataset for a garbled review file', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const result = attempt(SURVEY, garble(REVIEW, edits));
        if (result !== undefined) expectSound(result);
      }),
      { numRuns: 200, seed: 5 },
    );
  });

  it('is stable: whatever the survey, its own review file fed back changes nothing', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const survey = garble(SURVEY, edits);
        const first = attempt(survey);
        if (first === undefined) return;
        const again = attempt(survey, first.review)!;
        expect(datasetToFiles(again.dataset)).toEqual(datasetToFiles(first.dataset));
        expect(again.review).toBe(first.review);
      }),
      { numRuns: 150, seed: 23 },
    );
  });
});
