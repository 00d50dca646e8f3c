/**
 * The Brackenford survey: 14 answers from 13 people in a fictional
 * borough, written as people write them ("Cllr Ann Hale", "ann hale",
 * "A. Hale", "Hale, Ann", "Anne Hale"; "Bob Marsh" and "Rob Marsh"; one
 * person answering twice; empty answers, "N/A", trailing spaces, a
 * multi-line cell, an abandoned response). The expected actors, ties,
 * review file and summary are stored beside it and compared exactly; a
 * second run with an edited review file gives the stored second result.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from '@muster/core';
import { datasetToFiles } from '@muster/core';
import { parseSurveyConfig } from './config.js';
import { importSurvey } from './import.js';

const DIR = new URL('./fixtures/brackenford/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, DIR), 'utf8');

const config = parseSurveyConfig(read('config.json'), 'config.json');
const SURVEY = read('survey.csv');

function run(review?: string) {
  const result = importSurvey(SURVEY, config, { file: 'survey.csv', ...(review === undefined ? {} : { review }) });
  return { ...result, files: datasetToFiles(result.dataset) };
}

describe('the Brackenford survey', () => {
  const first = run();

  it('gives the expected actors, ties, review file and summary', () => {
    expect(first.files['actors.csv']).toBe(read('expected/actors.csv'));
    expect(first.files['ties.csv']).toBe(read('expected/ties.csv'));
    expect(first.review).toBe(read('expected/review.csv'));
    expect(first.summary).toEqual(JSON.parse(read('expected/summary.json')));
  });

  it('merges the sure spellings of Ann Hale and keeps the unsure ones apart', () => {
    const rows = first.reviewRows.filter((r) => r.matchedActorId === 'ann-hale');
    expect(rows.map((r) => [r.nameAsWritten, r.decision])).toEqual([
      ['Hale, Ann', 'merge'],
      ['ann hale', 'merge'],
      ['A. Hale', ''],
      ['Ann Hale', 'merge'],
      ['Anne Hale', 'merge'],
      ['Ann (council)', ''],
    ]);
    // "A. Hale" could be Ann or Alex Hale: unsure, and said so.
    expect(rows[2]!.reason).toBe('initial fits; also close to Alex Hale (alex-hale)');
    expect(first.dataset.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['a-hale', 'ann', 'alex-hale']));
  });

  it('asks about Rob Marsh rather than merging him with Bob', () => {
    expect(first.reviewRows.find((r) => r.nameAsWritten === 'Rob Marsh')).toMatchObject({
      matchedActorId: 'bob-marsh',
      score: 0.8,
      decision: '',
    });
    expect(first.dataset.actors.find((a) => a.id === 'rob-marsh')).toBeDefined();
  });

  it('combines the two answers of Tom Reid', () => {
    const tom = first.dataset.ties.filter((t) => t.source === 'tom-reid').map((t) => `${t.kind} ${t.target}`);
    expect(tom).toEqual(['information sian-evans', 'advice ann-hale', 'information priya-nair']);
    expect(first.reviewRows.find((r) => r.nameAsWritten === 'Tom Reid')?.reason).toBe(
      'answered the survey twice (rows 6, 15): answers combined',
    );
  });

  it('writes a dataset that validates and reads back the same', () => {
    const back = parseDatasetFiles(first.files);
    expect(back.actors).toEqual(first.dataset.actors);
    expect(back.ties).toEqual(first.dataset.ties);
  });

  it('gives the same result when the review file is fed back unedited', () => {
    const again = run(first.review);
    expect(again.files).toEqual(first.files);
    expect(again.review).toBe(first.review);
    expect(again.summary).toEqual({ ...first.summary, decisionsApplied: 16 });
  });

  describe('a second run with the edited review file', () => {
    // Edited: "A. Hale" → merge, "Anne Hale" → separate, "Rob Marsh" → Merge; "Ann (council)" left undecided.
    const second = run(read('review-edited.csv'));

    it('gives the expected second result', () => {
      expect(second.files['actors.csv']).toBe(read('expected-second/actors.csv'));
      expect(second.files['ties.csv']).toBe(read('expected-second/ties.csv'));
      expect(second.review).toBe(read('expected-second/review.csv'));
      expect(second.summary).toEqual(JSON.parse(read('expected-second/summary.json')));
    });

    it('changes only what the decisions say', () => {
      const ids = (files: typeof first.files) => new Set(files['actors.csv']!.split('\n').map((l) => l.split(',')[0]));
      const before = ids(first.files);
      const after = ids(second.files);
      expect([...before].filter((id) => !after.has(id))).toEqual(['rob-marsh', 'a-hale']);
      expect([...after].filter((id) => !before.has(id))).toEqual(['anne-hale']);
      const ties = (files: typeof first.files) => new Set(files['ties.csv']!.split('\n'));
      const was = ties(first.files);
      const now = ties(second.files);
      expect([...was].filter((t) => !now.has(t))).toEqual([
        'priya-nair,a-hale,collaboration,1,false',
        'liam-byrne,rob-marsh,collaboration,1,false',
      ]);
      expect([...now].filter((t) => !was.has(t))).toEqual([
        'tom-reid,anne-hale,collaboration,1,false',
        'liam-byrne,bob-marsh,collaboration,1,false',
      ]);
    });

    it('is stable: its own review file fed back changes nothing', () => {
      const third = run(second.review);
      expect(third.files).toEqual(second.files);
      expect(third.review).toBe(second.review);
    });
  });
});
