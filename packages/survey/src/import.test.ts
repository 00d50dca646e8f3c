import { describe, expect, it } from 'vitest';
import { datasetToFiles } from '@muster/core';
import { parseDatasetFiles } from '@muster/core';
import { MusterInputError, type InputIssue } from '@muster/core';
import type { Dataset } from '@muster/core';
import { getBuiltinProfile } from '@muster/core';
import { checkSurveyConfig, type SurveyConfig } from './config.js';
import { importSurvey, type ImportSurveyOptions } from './import.js';
import { decodeUtf8File } from './text.js';

const CONFIG: SurveyConfig = checkSurveyConfig({
  respondent: { name: 'Name', role: 'Role', organisation: 'Org', locality: 'Area', attributes: ['Gender'] },
  ties: [
    { columns: ['Works with'], kind: 'collaboration' },
    { columns: { pattern: '^Advice \\d+$' }, kind: 'advice', directed: true },
  ],
  unknownRole: 'stakeholder',
  defaultLocality: 'Riverside',
});

const HEADER = 'Name,Role,Org,Area,Gender,Works with,Advice 1,Advice 2';

function survey(...rows: string[]): string {
  return [HEADER, ...rows].join('\n');
}

function issuesOf(text: string, config: SurveyConfig = CONFIG, options: ImportSurveyOptions = {}): InputIssue[] {
  try {
    importSurvey(text, config, { file: 'survey.csv', ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(MusterInputError);
    return [...(error as MusterInputError).issues];
  }
  throw new Error('expected the survey to be refused');
}

/** The dataset must read back, valid and equal, through the CSV writer and reader. */
function expectValid(dataset: Dataset): void {
  const back = parseDatasetFiles(datasetToFiles(dataset));
  expect(back.actors).toEqual(dataset.actors);
  expect(back.ties).toEqual(dataset.ties);
}

describe('importSurvey: actors and ties', () => {
  it('makes an actor of each respondent and each person named, and a tie of each name given', () => {
    const result = importSurvey(
      survey(
        'Ann Hale,Councillor,Riverside Council,,female,Bob Marsh; Cy Moss,Bob Marsh,',
        'Bob Marsh,Designer,Studio North,Hillside,,Ann Hale,Ann Hale,Di Lake',
      ),
      CONFIG,
    );
    expect(result.dataset.actors).toEqual([
      {
        id: 'ann-hale',
        name: 'Ann Hale',
        role: 'politician',
        roles: [],
        locality: 'Riverside',
        organisation: 'Riverside Council',
        attributes: { Gender: 'female', survey: 'respondent' },
      },
      {
        id: 'bob-marsh',
        name: 'Bob Marsh',
        role: 'service-designer',
        roles: [],
        locality: 'Hillside',
        organisation: 'Studio North',
        attributes: { survey: 'respondent' },
      },
      {
        id: 'cy-moss',
        name: 'Cy Moss',
        role: 'stakeholder-group',
        roles: [],
        locality: 'Riverside',
        attributes: { survey: 'named', role_assumed: 'yes' },
      },
      {
        id: 'di-lake',
        name: 'Di Lake',
        role: 'stakeholder-group',
        roles: [],
        locality: 'Riverside',
        attributes: { survey: 'named', role_assumed: 'yes' },
      },
    ]);
    // Bob's collaboration tie back to Ann is the same mutual tie; his advice tie is another, directed.
    expect(result.dataset.ties).toEqual([
      { source: 'ann-hale', target: 'bob-marsh', kind: 'collaboration', weight: 1, directed: false, attributes: {} },
      { source: 'ann-hale', target: 'cy-moss', kind: 'collaboration', weight: 1, directed: false, attributes: {} },
      { source: 'ann-hale', target: 'bob-marsh', kind: 'advice', weight: 1, directed: true, attributes: {} },
      { source: 'bob-marsh', target: 'ann-hale', kind: 'advice', weight: 1, directed: true, attributes: {} },
      { source: 'bob-marsh', target: 'di-lake', kind: 'advice', weight: 1, directed: true, attributes: {} },
    ]);
    expect(result.review).toBe('name_as_written,rows,matched_actor_id,matched_name,score,reason,decision\n');
    expect(result.summary).toMatchObject({
      responses: 2,
      respondents: 2,
      namesWritten: 6,
      namedPeople: 4,
      actorsCreated: 4,
      rolesAssumed: 2,
      ties: 5,
      tiesByKind: { collaboration: 2, advice: 3 },
    });
    expectValid(result.dataset);
  });

  it('gives two people with one name slug the ids x and x-2, and keeps ids clear of existing ones', () => {
    const existing = importSurvey(survey('Ann Hale,Councillor,,,,,,'), CONFIG).dataset;
    existing.actors[0]!.name = 'Someone Else';
    const result = importSurvey(survey('Ann Hale,Councillor,,,,Ann-Hale,,'), CONFIG, { existing });
    expect(result.dataset.actors.map((a) => a.id)).toEqual(['ann-hale', 'ann-hale-2']);
    expectValid(result.dataset);
  });

  it('leaves out a respondent naming themselves, and counts it', () => {
    const result = importSurvey(survey('Ann Hale,Councillor,,,,Cllr Ann Hale; Bob Marsh,,'), CONFIG);
    expect(result.dataset.ties.map((t) => t.target)).toEqual(['bob-marsh']);
    expect(result.summary.selfNominations).toBe(1);
  });

  it('takes roles for named people from namedRoles, matching names loosely', () => {
    const config = { ...CONFIG, namedRoles: { 'Marsh, Bob': 'funder', 'Nobody Here': 'investor' } };
    const result = importSurvey(survey('Ann Hale,Councillor,,,,bob marsh,,'), config);
    expect(result.dataset.actors[1]).toMatchObject({
      id: 'bob-marsh',
      role: 'investor',
      attributes: { survey: 'named' },
    });
    expect(result.summary.unusedNamedRoles).toEqual(['Nobody Here']);
  });

  it('splits names with the configured separators, and skips answers that name nobody', () => {
    const config = { ...CONFIG, separators: [';', ' and '] };
    const result = importSurvey(survey('Ann Hale,Councillor,,,,"Bob Marsh and Cy Moss\nN/A; none",-,'), config);
    expect(result.dataset.actors.map((a) => a.name)).toEqual(['Ann Hale', 'Bob Marsh', 'Cy Moss']);
  });

  it('dates every tie with the configured date', () => {
    const result = importSurvey(survey('Ann Hale,Councillor,,,,Bob Marsh,,'), { ...CONFIG, date: '2024-03' });
    expect(result.dataset.ties.map((t) => t.date)).toEqual(['2024-03']);
    expectValid(result.dataset);
  });

  it('does not change the existing dataset it is given', () => {
    const existing = importSurvey(survey('Ann Hale,Councillor,,,,Bob Marsh,,'), CONFIG).dataset;
    const before = structuredClone(existing);
    importSurvey(survey('Cy Moss,Resident,,,,Ann Hale; Di Lake,,'), CONFIG, { existing });
    expect(existing).toEqual(before);
  });
});

describe('importSurvey: matching', () => {
  it('matches names to actors of an existing dataset, lists every match, and keeps existing actors as they are', () => {
    const existing = parseDatasetFiles({
      'actors.csv': 'id,name,role,locality\na1,Ann Hale,politician,Riverside\na2,Robert Marsh,designer,Riverside\n',
      'ties.csv': 'source,target,kind\na1,a2,collaboration\n',
    });
    const result = importSurvey(
      survey('Ann Hale,Councillor,Other Org,Elsewhere,,Robert Marsh; Cy Moss,,', 'Cy Moss,Resident,,,,A. Hale,,'),
      CONFIG,
      { existing },
    );
    expect(result.dataset.actors.map((a) => `${a.id} ${a.name} ${a.role} ${a.locality}`)).toEqual([
      'a1 Ann Hale politician Riverside',
      'a2 Robert Marsh service-designer Riverside',
      'cy-moss Cy Moss service-user Riverside',
    ]);
    expect(result.review).toBe(
      [
        'name_as_written,rows,matched_actor_id,matched_name,score,reason,decision',
        'Ann Hale,2,a1,Ann Hale,1.00,same name once normalised; existing actor,merge',
        'A. Hale,3,a1,Ann Hale,0.90,initial fits; existing actor,merge',
        'Robert Marsh,2,a2,Robert Marsh,1.00,same name once normalised; existing actor,merge',
        '',
      ].join('\n'),
    );
    // a1–a2 is known already; Cy naming "A. Hale" is the mutual tie Ann made by naming Cy.
    expect(result.dataset.ties.slice(1)).toEqual([
      { source: 'a1', target: 'cy-moss', kind: 'collaboration', weight: 1, directed: false, attributes: {} },
    ]);
    expect(result.summary).toMatchObject({ existingMatched: 2, tiesAlreadyKnown: 1, ties: 1, actorsCreated: 1 });
    expectValid(result.dataset);
  });

  it('never merges a respondent into an existing actor of another role without a decision in the review', () => {
    const existing = parseDatasetFiles({
      'actors.csv': 'id,name,role,locality\na1,Ann Hale,politician,Riverside\n',
      'ties.csv': 'source,target\n',
    });
    const result = importSurvey(survey('Ann Hale,Resident,,Riverside,,,,'), CONFIG, { existing });
    expect(result.dataset.actors.map((a) => `${a.id} ${a.role}`)).toEqual(['a1 politician', 'ann-hale service-user']);
    expect(result.review.split('\n')[1]).toBe(
      'Ann Hale,2,a1,Ann Hale,1.00,same name once normalised; roles differ: service-user in the survey vs politician in the existing dataset; existing actor,',
    );
    // With the user's word, they are one.
    const decided = importSurvey(survey('Ann Hale,Resident,,Riverside,,,,'), CONFIG, {
      existing,
      review: result.review.replace(/,\n$/, ',merge\n'),
    });
    expect(decided.dataset.actors.map((a) => a.id)).toEqual(['a1']);
  });

  it('keeps an exact name unsure when two existing actors have it', () => {
    const existing = parseDatasetFiles({
      'actors.csv': 'id,name,role,locality\na1,Ann Hale,politician,Riverside\na2,Ann Hale,researcher,Hillside\n',
      'ties.csv': 'source,target\n',
    });
    const result = importSurvey(survey('Bob Marsh,Designer,,,,Ann Hale,,'), CONFIG, { existing });
    expect(result.review.split('\n')[1]).toBe(
      'Ann Hale,2,a1,Ann Hale,1.00,same name once normalised; also close to Ann Hale (a2); existing actor,',
    );
    expect(result.dataset.actors.map((a) => a.id)).toEqual(['a1', 'a2', 'bob-marsh', 'ann-hale']);
  });

  it('keeps two respondents with similar names apart, as unsure', () => {
    const result = importSurvey(survey('Ann Hale,Councillor,,,,,,', 'Anne Hale,Resident,,,,,,'), CONFIG);
    expect(result.dataset.actors.map((a) => a.id)).toEqual(['ann-hale', 'anne-hale']);
    expect(result.review.split('\n')[1]).toBe(
      'Anne Hale,3,ann-hale,Ann Hale,0.94,similar spelling; both answered the survey,',
    );
    expect(result.summary.unsure).toBe(1);
  });

  it("combines a person's two answers, and says so", () => {
    const result = importSurvey(
      survey('Ann Hale,Councillor,,,,Bob Marsh,,', 'Ann Hale ,,Riverside Council,,,Cy Moss,,'),
      CONFIG,
    );
    expect(result.dataset.actors[0]).toMatchObject({
      id: 'ann-hale',
      role: 'politician',
      organisation: 'Riverside Council',
    });
    expect(result.dataset.ties.map((t) => t.target)).toEqual(['bob-marsh', 'cy-moss']);
    expect(result.review.split('\n')[1]).toBe(
      'Ann Hale,2;3,ann-hale,Ann Hale,1.00,"answered the survey twice (rows 2, 3): answers combined",merge',
    );
    expect(result.summary).toMatchObject({ responses: 2, respondents: 1, repeatedResponses: 1, merges: 1 });

    // Written two ways, the note goes on the later answer's spelling only.
    const twoWays = importSurvey(
      survey('Ann Hale,Councillor,,,,,,', 'ann hale,,,,,Bob Marsh,,', 'Bob Marsh,Designer,,,,"Hale, Ann",,'),
      CONFIG,
    );
    expect(twoWays.review.split('\n').slice(1, 3)).toEqual([
      'ann hale,3,ann-hale,Ann Hale,1.00,"same name once normalised; answered the survey twice (rows 2, 3): answers combined",merge',
      '"Hale, Ann",4,ann-hale,Ann Hale,1.00,same name once normalised,merge',
    ]);
  });

  it('applies the review decisions: merge into the actor named, separate, and errors for unknown actors', () => {
    const text = survey('Ann Hale,Councillor,,,,A. Hale; Anne Hale,,', 'Bob Marsh,Designer,,,,Rob Marsh,,');
    const first = importSurvey(text, CONFIG);
    expect(first.dataset.actors.map((a) => a.id)).toEqual(['ann-hale', 'bob-marsh', 'rob-marsh']);
    const review = [
      'name_as_written,matched_actor_id,decision',
      'Anne Hale,ann-hale,separate',
      'Rob Marsh,bob-marsh,merge',
      'Gone Person,ann-hale,merge',
    ].join('\n');
    const second = importSurvey(text, CONFIG, { review });
    expect(second.dataset.actors.map((a) => a.id)).toEqual(['ann-hale', 'bob-marsh', 'anne-hale']);
    expect(second.dataset.ties.map((t) => `${t.source}-${t.target}`)).toEqual(['ann-hale-anne-hale']);
    expect(second.summary).toMatchObject({ decisionsApplied: 2, unusedReviewRows: [4], separated: 1 });

    expect(
      issuesOf(text, CONFIG, { review: 'name_as_written,matched_actor_id,decision\nRob Marsh,bob-marsch,merge\n' }),
    ).toEqual([
      {
        code: 'actor-unknown',
        file: 'review.csv',
        row: 2,
        column: 'matched_actor_id',
        value: 'bob-marsch',
        message: "'Rob Marsh' is to be merged with 'bob-marsch', which is not the id of any actor",
        hint: "did you mean 'bob-marsh'?",
      },
    ]);
    expect(
      issuesOf(text, CONFIG, {
        review: 'name_as_written,matched_actor_id,decision\nRob Marsh,bob-marsh,maybe\n',
        reviewFile: 'r.csv',
      }),
    ).toEqual([
      expect.objectContaining({ code: 'value-invalid', file: 'r.csv', row: 2, column: 'decision', value: 'maybe' }),
    ]);
  });
});

describe('importSurvey: review decisions', () => {
  const text = survey('Ann Hale,Councillor,,,,A. Hale; Alex Hale,,', 'Bob Marsh,Designer,,,,Rob Marsh; rob marsh,,');

  it('merges into whichever actor the user writes in matched_actor_id', () => {
    const first = importSurvey(text, CONFIG);
    expect(first.reviewRows.find((r) => r.nameAsWritten === 'A. Hale')).toMatchObject({
      matchedActorId: 'ann-hale',
      decision: '',
      reason: 'initial fits; also close to Alex Hale (alex-hale)',
    });
    const second = importSurvey(text, CONFIG, {
      review: 'name_as_written,matched_actor_id,decision\nA. Hale,alex-hale,merge\n',
    });
    expect(second.dataset.actors.map((a) => a.id)).not.toContain('a-hale');
    expect(second.dataset.ties.filter((t) => t.target === 'alex-hale')).toHaveLength(1);
    expect(second.reviewRows.find((r) => r.nameAsWritten === 'A. Hale')).toMatchObject({
      matchedActorId: 'alex-hale',
      score: 0.9,
      decision: 'merge',
    });
  });

  it('takes the other spellings of a name along when its actor is merged away', () => {
    const first = importSurvey(text, CONFIG);
    expect(
      first.reviewRows
        .filter((r) => r.matchedActorId.endsWith('marsh'))
        .map((r) => [r.nameAsWritten, r.matchedActorId, r.decision]),
    ).toEqual([
      ['Rob Marsh', 'bob-marsh', ''],
      ['rob marsh', 'rob-marsh', 'merge'],
    ]);
    // The user merges "Rob Marsh" with Bob and keeps the rest of the file as it was.
    const review = first.review.replace(/^(Rob Marsh,.*),$/m, '$1,merge');
    const second = importSurvey(text, CONFIG, { review });
    expect(second.dataset.actors.map((a) => a.id)).toEqual(['ann-hale', 'bob-marsh', 'alex-hale', 'a-hale']);
    expect(second.reviewRows.find((r) => r.nameAsWritten === 'rob marsh')).toMatchObject({
      matchedActorId: 'bob-marsh',
      decision: 'merge',
    });
  });
});

describe('importSurvey: bad input', () => {
  it('names a missing column, with a suggestion', () => {
    const issues = issuesOf('Nmae,Role,Org,Area,Gender,Works with,Other\nAnn,x,,,,,\n');
    expect(issues).toEqual([
      {
        code: 'column-missing',
        file: 'survey.csv',
        row: 1,
        column: 'Name',
        message: "the survey has no column 'Name' (respondent.name in the mapping)",
        hint: "did you mean 'Nmae'?",
      },
      expect.objectContaining({
        code: 'column-missing',
        column: '^Advice \\d+$',
        message: "no column of the survey matches the pattern '^Advice \\d+$' (ties.1.columns.pattern)",
      }),
    ]);
  });

  it('refuses a column named twice', () => {
    expect(issuesOf('Name,Role,Org,Area,Gender,Works with,Advice 1,NAME\n').map((i) => [i.code, i.column])).toEqual([
      ['column-duplicate', 'Name'],
    ]);
  });

  it('names the row and column of an answer with no name, a non-name, an unknown role and a row too wide', () => {
    const issues = issuesOf(
      survey(
        ',Councillor,,,,Bob Marsh,,',
        'Anonymous,Councillor,,,,,,',
        'Ann Hale,Counciler,,,,,,',
        'Cy Moss,Resident,,,,Bob Marsh,Ann Hale, Bob,Di Lake',
      ),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'value-missing',
        row: 2,
        column: 'Name',
        message: 'the answer has no respondent name',
      }),
      expect.objectContaining({ code: 'value-invalid', row: 3, column: 'Name', value: 'Anonymous' }),
      expect.objectContaining({
        code: 'role-unknown',
        row: 4,
        column: 'Role',
        value: 'Counciler',
        hint: "did you mean 'politician'?",
      }),
      expect.objectContaining({ code: 'row-too-wide', row: 5, value: 'Di Lake' }),
    ]);
  });

  it('skips rows with neither a name nor answers (abandoned responses)', () => {
    const text = ['Time,' + HEADER, '2024-03-01,Ann Hale,Councillor,,,,,,', '2024-03-02,,,,,,,,'].join('\n');
    expect(importSurvey(text, CONFIG).summary.skippedRows).toEqual([3]);
  });

  it('checks the roles in the mapping against the profile', () => {
    const config = { ...CONFIG, unknownRole: 'unknown', namedRoles: { 'Bob Marsh': 'investr' } };
    expect(issuesOf(survey(), config, { configFile: 'map.json' })).toEqual([
      expect.objectContaining({ code: 'role-unknown', file: 'map.json', column: 'unknownRole', value: 'unknown' }),
      expect.objectContaining({
        code: 'role-unknown',
        file: 'map.json',
        column: 'namedRoles.Bob Marsh',
        hint: "did you mean 'investor'?",
      }),
    ]);
    const care = getBuiltinProfile('multi-agency-care')!;
    expect(issuesOf(survey(), CONFIG, { profile: care }).map((i) => i.column)).toEqual(['unknownRole']);
  });

  it('reports an empty survey and a broken quote', () => {
    expect(issuesOf('').map((i) => i.code)).toEqual(['file-empty']);
    expect(issuesOf(survey('"Ann Hale,Councillor')).map((i) => i.code)).toEqual(['csv-unterminated-quote']);
  });
});

describe('decodeUtf8File', () => {
  it('reads UTF-8 with or without a BOM, and refuses other encodings with the byte', () => {
    expect(decodeUtf8File(new TextEncoder().encode('\ufeffName\nZoë'), 's.csv')).toBe('Name\nZoë');
    expect(() => decodeUtf8File(Uint8Array.from([0x4e, 0x0a, 0x5a, 0x6f, 0xeb]), 's.csv')).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            code: 'encoding-invalid',
            file: 's.csv',
            message: expect.stringContaining('byte 5'),
          }),
        ],
      }),
    );
  });
});
