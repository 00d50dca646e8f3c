import { describe, expect, it } from 'vitest';
import { IssueList } from '@muster/core/reader';
import { readReviewDecisions, writeReview } from './review.js';

const HEADER = 'name_as_written,rows,matched_actor_id,matched_name,score,reason,decision';

function read(text: string) {
  const issues = new IssueList();
  const decisions = readReviewDecisions(text, 'review.csv', issues);
  return { decisions: Object.fromEntries(decisions), issues: issues.issues };
}

describe('writeReview', () => {
  it('writes the columns in order, quoting where needed', () => {
    expect(
      writeReview([
        {
          nameAsWritten: 'Hale, Ann',
          rows: [3, 7],
          matchedActorId: 'ann-hale',
          matchedName: 'Ann Hale',
          score: 1,
          reason: 'same name once normalised',
          decision: 'merge',
        },
        {
          nameAsWritten: 'Rob Marsh',
          rows: [9],
          matchedActorId: 'bob-marsh',
          matchedName: 'Bob Marsh',
          score: 0.8,
          reason: 'nickname (Rob and Bob are both short for Robert)',
          decision: '',
        },
      ]),
    ).toBe(
      `${HEADER}\n"Hale, Ann",3;7,ann-hale,Ann Hale,1.00,same name once normalised,merge\n` +
        'Rob Marsh,9,bob-marsh,Bob Marsh,0.80,nickname (Rob and Bob are both short for Robert),\n',
    );
  });
});

describe('the review file and the formula guard', () => {
  it('guards a name a spreadsheet would run, and reads the decision back under the name as written', () => {
    const text = writeReview([
      {
        nameAsWritten: '=HYPERLINK("https://evil.example","Ann")',
        rows: [4],
        matchedActorId: '@ann',
        matchedName: '+Ann Hale',
        score: 0.9,
        reason: 'similar',
        decision: 'merge',
      },
    ]);
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example"",""Ann"")",4,'@ann,'+Ann Hale,`);
    expect(read(text).decisions).toEqual({
      '=HYPERLINK("https://evil.example","Ann")': { decision: 'merge', actorId: '@ann', row: 2 },
    });
  });
});

describe('readReviewDecisions', () => {
  it('reads merge and separate in any case, skips empty decisions, and ignores other columns', () => {
    const text = [
      'Name As Written;matched_actor_id;notes;DECISION',
      'Rob Marsh;bob-marsh;same person, asked Liam; Merge ',
      '"Hale,  Ann ";ann-hale;;separate',
      'A. Hale;ann-hale;;',
    ].join('\r\n');
    expect(read(text)).toEqual({
      decisions: {
        'Rob Marsh': { decision: 'merge', actorId: 'bob-marsh', row: 2 },
        'Hale, Ann': { decision: 'separate', row: 3 },
      },
      issues: [],
    });
  });

  it('names the row and column of a bad decision, a merge with no actor, and a name decided twice', () => {
    const text = [
      HEADER,
      'Rob Marsh,9,bob-marsh,Bob Marsh,0.80,nickname,yes',
      'A. Hale,4,,Ann Hale,0.90,initial fits,merge',
      ',,,,,,separate',
      'Anne Hale,6,ann-hale,Ann Hale,0.94,similar spelling,merge',
      'Anne Hale,6,ann-hale,Ann Hale,0.94,similar spelling,separate',
      'Anne Hale,6,ann-hale,Ann Hale,0.94,similar spelling,merge',
    ].join('\n');
    expect(read(text).issues).toEqual([
      {
        code: 'value-invalid',
        file: 'review.csv',
        row: 2,
        column: 'decision',
        value: 'yes',
        message: "'yes' is not a decision",
        hint: 'write merge (the same person as matched_actor_id), separate (a different person), or leave it empty',
      },
      expect.objectContaining({ code: 'value-missing', row: 3, column: 'matched_actor_id' }),
      expect.objectContaining({ code: 'value-missing', row: 4, column: 'name_as_written' }),
      expect.objectContaining({
        code: 'value-invalid',
        row: 6,
        column: 'decision',
        message: "'Anne Hale' is decided twice, differently",
        hint: 'row 5 already decides it; keep one of the two rows',
      }),
    ]);
  });

  it('reports missing columns and an empty file', () => {
    expect(read('name,decision\nAnn,merge\n').issues.map((i) => [i.code, i.column])).toEqual([
      ['column-missing', 'name_as_written'],
      ['column-missing', 'matched_actor_id'],
    ]);
    expect(read('').issues.map((i) => i.code)).toEqual(['file-empty']);
  });
});
