import { describe, expect, it } from 'vitest';
import { MusterInputError, type InputIssue } from '../errors.js';
import { parseDatasetFiles, parseDatasetJson, type DatasetFiles } from './read.js';

const ACTORS = [
  'id,name,role,locality,organisation,gender',
  'a1,Ann Hale,Councillor,Riverside,Riverside Council,female',
  'a2,Bo Marsh,Service Designer,Riverside,Studio North,male',
  'a3,Cy Moss,service_user,Riverside,,female',
  'a4,Di Lake,designer,Hillside,Studio North,female',
].join('\n');
const TIES = [
  'source,target,kind,weight,directed,date',
  'a1,a2,advice,2,true,2024-01-05',
  'a2,a3,,,,',
  'a3,a4,Information,0.5,false,2024-02',
].join('\n');

function issuesOf(files: DatasetFiles): InputIssue[] {
  try {
    parseDatasetFiles(files);
  } catch (error) {
    expect(error).toBeInstanceOf(MusterInputError);
    return [...(error as MusterInputError).issues];
  }
  throw new Error('expected the dataset to be refused');
}

describe('parseDatasetFiles: a good dataset', () => {
  it('resolves roles through ids, aliases, case and spacing, and fills tie defaults', () => {
    const dataset = parseDatasetFiles({ 'actors.csv': ACTORS, 'ties.csv': TIES });
    expect(dataset.actors.map((a) => a.role)).toEqual([
      'politician',
      'service-designer',
      'service-user',
      'service-designer',
    ]);
    expect(dataset.actors[0]).toEqual({
      id: 'a1',
      name: 'Ann Hale',
      role: 'politician',
      roles: [],
      locality: 'Riverside',
      organisation: 'Riverside Council',
      attributes: { gender: 'female' },
    });
    expect(dataset.actors[2]?.organisation).toBeUndefined();
    expect(dataset.ties).toEqual([
      { source: 'a1', target: 'a2', kind: 'advice', weight: 2, directed: true, date: '2024-01-05', attributes: {} },
      { source: 'a2', target: 'a3', kind: 'collaboration', weight: 1, directed: false, attributes: {} },
      {
        source: 'a3',
        target: 'a4',
        kind: 'information',
        weight: 0.5,
        directed: false,
        date: '2024-02',
        attributes: {},
      },
    ]);
    expect(dataset.profile).toBeUndefined();
  });

  it('reads ;-delimited exports with decimal commas, BOM and CRLF', () => {
    const actors = '\uFEFFID;Name;Role;Locality\r\na1;"Hale; Ann";politician;Riverside\r\na2;Bo;investor;Riverside\r\n';
    const ties = 'Source;Target;Weight\r\na1;a2;0,5\r\n';
    const dataset = parseDatasetFiles({ 'actors.csv': actors, 'ties.csv': ties });
    expect(dataset.actors[0]?.name).toBe('Hale; Ann');
    expect(dataset.ties[0]?.weight).toBe(0.5);
  });

  it('reads extra roles, ideas, adoptions and mentions', () => {
    const dataset = parseDatasetFiles({
      'actors.csv': 'id,name,role,locality,roles\na1,A,politician,R,researcher; Politician\na2,B,researcher,R,',
      'ties.csv': 'source,target\na1,a2',
      'ideas.csv': 'id,title,origin,date\npb,Participatory budgeting,a1,2023-05-01',
      'adoptions.csv': 'idea,actor,date,source\npb,a1,2023-05-01,\npb,a2,2023-06-01,a1',
      'mentions.csv': 'idea,date,count\npb,2023-05,3\npb,2023-06,0',
    });
    expect(dataset.actors[0]?.roles).toEqual(['researcher']);
    expect(dataset.ideas).toEqual([
      { id: 'pb', title: 'Participatory budgeting', origin: 'a1', date: '2023-05-01', attributes: {} },
    ]);
    expect(dataset.adoptions[1]).toEqual({ idea: 'pb', actor: 'a2', date: '2023-06-01', source: 'a1', attributes: {} });
    expect(dataset.mentions.map((m) => m.count)).toEqual([3, 0]);
  });

  it('uses the dataset profile.json to resolve roles', () => {
    const profile = JSON.stringify({
      id: 'tiny',
      label: 'Tiny',
      roles: [{ id: 'nurse', label: 'Nurses', aliases: ['rn'] }],
      rules: [{ type: 'minCount', role: 'nurse', min: 1 }],
    });
    const dataset = parseDatasetFiles({
      'actors.csv': 'id,name,role,locality\nn1,N,RN,Ward',
      'ties.csv': 'source,target',
      'profile.json': profile,
    });
    expect(dataset.actors[0]?.role).toBe('nurse');
    expect(dataset.profile?.id).toBe('tiny');
  });

  it('accepts a header-only ties file as no ties', () => {
    const dataset = parseDatasetFiles({
      'actors.csv': 'id,name,role,locality\na1,A,politician,R\n',
      'ties.csv': 'source,target\n',
    });
    expect(dataset.actors.length).toBe(1);
    expect(dataset.ties).toEqual([]);
  });

  it('refuses a dataset with no actors, at actors.csv', () => {
    expect(issuesOf({ 'actors.csv': 'id,name,role,locality\n# a comment\n', 'ties.csv': 'source,target\n' })).toEqual([
      expect.objectContaining({ code: 'dataset-empty', file: 'actors.csv', message: 'the dataset has no actors' }),
    ]);
    expect(() => parseDatasetJson('{"actors": [], "ties": []}', { file: 'empty.json' })).toThrow(/no actors/);
  });
});

describe('parseDatasetFiles: bad input names file, row and column', () => {
  it('missing required column', () => {
    expect(issuesOf({ 'actors.csv': 'id,name,locality\na1,A,R', 'ties.csv': 'source,target' })).toMatchObject([
      { code: 'column-missing', file: 'actors.csv', row: 1, column: 'role' },
    ]);
  });

  it('missing required files', () => {
    expect(issuesOf({})).toMatchObject([
      { code: 'file-missing', file: 'actors.csv' },
      { code: 'file-missing', file: 'ties.csv' },
    ]);
  });

  it('duplicate actor id, pointing to the first use', () => {
    const issues = issuesOf({
      'actors.csv': 'id,name,role,locality\na1,A,politician,R\na1,B,investor,R',
      'ties.csv': 'source,target',
    });
    expect(issues).toMatchObject([{ code: 'actor-duplicate', row: 3, column: 'id', value: 'a1' }]);
    expect(issues[0]?.hint).toContain('row 2');
  });

  it('tie to an unknown actor, with a suggestion', () => {
    const issues = issuesOf({ 'actors.csv': ACTORS, 'ties.csv': 'source,target\na1,a22\nA1,a2' });
    expect(issues).toMatchObject([
      { code: 'actor-unknown', row: 2, column: 'target', value: 'a22' },
      { code: 'actor-unknown', row: 3, column: 'source', value: 'A1', hint: "did you mean 'a1'?" },
    ]);
  });

  it('unknown role, with the closest role id', () => {
    const issues = issuesOf({
      'actors.csv': 'id,name,role,locality\na1,A,desinger,R\na2,B,astronaut,R',
      'ties.csv': 'source,target',
    });
    expect(issues).toMatchObject([
      { code: 'role-unknown', row: 2, column: 'role', value: 'desinger', hint: "did you mean 'service-designer'?" },
      { code: 'role-unknown', row: 3, column: 'role', value: 'astronaut' },
    ]);
    expect(issues[1]?.hint).toContain('politician');
  });

  it('empty locality', () => {
    expect(
      issuesOf({ 'actors.csv': 'id,name,role,locality\na1,A,politician, ', 'ties.csv': 'source,target' }),
    ).toMatchObject([{ code: 'value-missing', row: 2, column: 'locality' }]);
  });

  it('self-tie, bad weight, bad direction and bad date, all at once', () => {
    const ties = [
      'source,target,weight,directed,date',
      'a1,a1,1,,',
      'a1,a2,0,,',
      'a1,a2,-2,,',
      'a1,a2,heavy,,',
      'a1,a2,1,maybe,',
      'a1,a2,1,,2024-02-30',
    ].join('\n');
    expect(issuesOf({ 'actors.csv': ACTORS, 'ties.csv': ties })).toMatchObject([
      { code: 'tie-self', row: 2, column: 'target' },
      { code: 'weight-invalid', row: 3, column: 'weight', value: '0' },
      { code: 'weight-invalid', row: 4, value: '-2' },
      { code: 'weight-invalid', row: 5, value: 'heavy' },
      { code: 'directed-invalid', row: 6, column: 'directed', value: 'maybe' },
      { code: 'date-invalid', row: 7, column: 'date', value: '2024-02-30' },
    ]);
  });

  it('steps and calendar dates mixed in one column', () => {
    const ties = 'source,target,date\na1,a2,3\na2,a3,2024-01-01';
    expect(issuesOf({ 'actors.csv': ACTORS, 'ties.csv': ties })).toMatchObject([{ code: 'date-mixed', row: 3 }]);
  });

  it('adoption of an unknown idea, by an unknown actor, from themselves', () => {
    const issues = issuesOf({
      'actors.csv': ACTORS,
      'ties.csv': 'source,target',
      'ideas.csv': 'id,title\npb,Participatory budgeting',
      'adoptions.csv':
        'idea,actor,date,source\nbp,a1,2024-01-01,\npb,zz,2024-01-01,\npb,a2,2024-01-01,a2\npb,a3,,\npb,a1,2024-01-01,\npb,a1,2024-02-01,',
    });
    expect(issues).toMatchObject([
      { code: 'idea-unknown', file: 'adoptions.csv', row: 2, column: 'idea', value: 'bp', hint: "did you mean 'pb'?" },
      { code: 'actor-unknown', row: 3, column: 'actor', value: 'zz' },
      { code: 'value-invalid', row: 4, column: 'source' },
      { code: 'value-missing', row: 5, column: 'date' },
      { code: 'adoption-duplicate', row: 7, column: 'actor' },
    ]);
  });

  it('bad mention counts', () => {
    const issues = issuesOf({
      'actors.csv': ACTORS,
      'ties.csv': 'source,target',
      'ideas.csv': 'id,title\npb,PB',
      'mentions.csv': 'idea,date,count\npb,2024-01,-1\npb,2024-02,many',
    });
    expect(issues).toMatchObject([
      { code: 'count-invalid', row: 2 },
      { code: 'count-invalid', row: 3 },
    ]);
  });

  it('an empty file, a malformed quote and a too-wide row are all reported', () => {
    const issues = issuesOf({ 'actors.csv': '', 'ties.csv': 'source,target\na1,"a2"x\na1,a2,a3' });
    expect(issues).toMatchObject([
      { code: 'file-empty', file: 'actors.csv' },
      { code: 'csv-bad-quote', file: 'ties.csv', row: 2 },
      { code: 'row-too-wide', file: 'ties.csv', row: 3 },
    ]);
  });

  it('duplicate columns', () => {
    expect(
      issuesOf({ 'actors.csv': 'id,name,role,locality,ID\na1,A,politician,R,x', 'ties.csv': 'source,target' }),
    ).toMatchObject([{ code: 'column-duplicate', column: 'ID' }]);
  });

  it('a bad profile.json names the rule', () => {
    const profile = JSON.stringify({
      id: 'p',
      label: 'P',
      roles: [{ id: 'nurse', label: 'Nurses' }],
      rules: [
        { type: 'minCont', role: 'nurse', min: 1 },
        { type: 'maxDistance', roles: ['nurse', 'doctor'], max: 2 },
      ],
    });
    const issues = issuesOf({
      'actors.csv': 'id,name,role,locality',
      'ties.csv': 'source,target',
      'profile.json': profile,
    });
    expect(issues).toMatchObject([
      { code: 'profile-invalid', column: 'rules.0.type', hint: "did you mean 'minCount'?" },
      { code: 'profile-invalid', column: 'rules.1.roles.1', value: 'doctor' },
    ]);
  });

  it('labels files with their folder', () => {
    try {
      parseDatasetFiles({ 'actors.csv': 'id\n', 'ties.csv': 'source,target' }, { label: (f) => `data/${f}` });
    } catch (error) {
      expect((error as MusterInputError).issues[0]?.file).toBe('data/actors.csv');
      expect((error as MusterInputError).message).toContain('data/actors.csv row 1, column name');
    }
  });

  it('reads a 50 MB ties file in linear time', () => {
    const actors = ['id,name,role,locality'];
    for (let i = 0; i < 2000; i++) actors.push(`a${i},Person ${i},politician,R`);
    const ties: string[] = ['source,target,kind,weight'];
    let size = 0;
    for (let i = 0; size < 50_000_000; i++) {
      const line = `a${i % 2000},a${(i * 7 + 1) % 2000 === i % 2000 ? (i + 1) % 2000 : (i * 7 + 1) % 2000},information,${(i % 5) + 1}`;
      ties.push(line);
      size += line.length + 1;
    }
    const dataset = parseDatasetFiles({ 'actors.csv': actors.join('\n'), 'ties.csv': ties.join('\n') });
    expect(dataset.ties.length).toBe(ties.length - 1);
  }, 60_000);
});

describe('parseDatasetJson', () => {
  it('reads the one-file form with native numbers and booleans', () => {
    const dataset = parseDatasetJson(
      JSON.stringify({
        actors: [
          { id: 'a1', name: 'A', role: 'mayor', locality: 'R', roles: ['researcher'], age: 52, elected: true },
          { id: 2, name: 'B', role: 'investor', locality: 'R' },
        ],
        ties: [{ source: 'a1', target: '2', weight: 3, directed: true }],
      }),
    );
    expect(dataset.actors[0]).toMatchObject({
      role: 'politician',
      roles: ['researcher'],
      attributes: { age: 52, elected: true },
    });
    expect(dataset.ties[0]).toMatchObject({ target: '2', weight: 3, directed: true });
  });

  it('locates syntax errors by line', () => {
    try {
      parseDatasetJson('{\n  "actors": [\n    {"id": "a1",}\n  ]\n}', { file: 'c.json' });
      expect.unreachable();
    } catch (error) {
      expect((error as MusterInputError).issues).toMatchObject([{ code: 'json-syntax', file: 'c.json', line: 3 }]);
    }
  });

  it('names the list and the entry of a bad value', () => {
    try {
      parseDatasetJson(
        JSON.stringify({ actors: [{ id: 'a1', name: 'A', role: 'pilot', locality: 'R' }, 'x'], ties: [], actor: [] }),
        { file: 'c.json' },
      );
      expect.unreachable();
    } catch (error) {
      expect((error as MusterInputError).issues).toMatchObject([
        { code: 'json-shape', column: 'actor', hint: "did you mean 'actors'?" },
        { code: 'json-shape', file: 'c.json#actors', row: 2 },
      ]);
    }
  });

  it('checks each entry for required fields', () => {
    try {
      parseDatasetJson(JSON.stringify({ actors: [{ id: 'a1', role: 'investor', locality: 'R' }], ties: [] }));
      expect.unreachable();
    } catch (error) {
      expect((error as MusterInputError).issues).toMatchObject([
        { code: 'value-missing', file: 'dataset.json#actors', row: 1, column: 'name' },
      ]);
    }
  });
});

describe('spreadsheet habits', () => {
  it('finds the delimiter and the header after comment and blank rows, and reports at the header row', () => {
    const dataset = parseDatasetFiles({
      'actors.csv': '# note; v2\n\nid;name;role;locality\na1;A;mayor;R\n',
      'ties.csv': 'source,target\n',
    });
    expect(dataset.actors[0]?.role).toBe('politician');
    expect(issuesOf({ 'actors.csv': '# note\nid,name,role\n', 'ties.csv': 'source,target' })).toMatchObject([
      { code: 'column-missing', row: 2, column: 'locality' },
    ]);
  });

  it('skips rows of delimiters only, as spreadsheets leave them', () => {
    const dataset = parseDatasetFiles({
      'actors.csv': 'id,name,role,locality\na1,A,mayor,R\n,,,\n , , ,\n',
      'ties.csv': 'source,target\n',
    });
    expect(dataset.actors.length).toBe(1);
  });

  it('reads a column named # as a column, not the header as a comment', () => {
    const dataset = parseDatasetFiles({
      'actors.csv': '#,id,name,role,locality\n1,a1,A,mayor,R\n',
      'ties.csv': 'source,target\n',
    });
    expect(dataset.actors[0]?.attributes).toEqual({ '#': '1' });
  });

  it('reads a decimal comma only in ;-delimited files', () => {
    expect(
      parseDatasetFiles({ 'actors.csv': ACTORS, 'ties.csv': 'source;target;weight\na1;a2;1,5\n' }).ties[0]?.weight,
    ).toBe(1.5);
    expect(issuesOf({ 'actors.csv': ACTORS, 'ties.csv': 'source,target,weight\na1,a2,"1,000"\n' })).toMatchObject([
      { code: 'weight-invalid', value: '1,000' },
    ]);
  });
});

describe('JSON strictness', () => {
  const actor = { id: 'a1', name: 'A', role: 'mayor', locality: 'R' };
  const refused = (doc: unknown): InputIssue[] => {
    try {
      parseDatasetJson(typeof doc === 'string' ? doc : JSON.stringify(doc));
    } catch (error) {
      return [...(error as MusterInputError).issues];
    }
    throw new Error('expected a refusal');
  };

  it('refuses two fields of one meaning, as CSV refuses two such columns', () => {
    expect(refused({ actors: [{ ...actor, Label: 'Alex' }], ties: [] })).toMatchObject([
      { code: 'column-duplicate', row: 1 },
    ]);
    expect(refused({ actors: [{ ...actor, Gender: 'f', gender: 'f' }], ties: [] })).toMatchObject([
      { code: 'column-duplicate' },
    ]);
  });

  it('reports numbers too large to hold instead of dropping them', () => {
    expect(
      refused(
        `{"actors": [${JSON.stringify(actor)}, {"id": "a2", "name": "B", "role": "mayor", "locality": "R"}], "ties": [{"source": "a1", "target": "a2", "weight": 1e400}]}`,
      ),
    ).toMatchObject([{ code: 'value-invalid', column: 'weight' }]);
  });

  it('takes a null profile, like a null list, as absent', () => {
    expect(
      parseDatasetJson(JSON.stringify({ actors: [actor], ties: [], ideas: null, profile: null })).profile,
    ).toBeUndefined();
  });
});

describe('adoption order', () => {
  it('refuses an adoption dated before its recorded source’s adoption', () => {
    expect(
      issuesOf({
        'actors.csv': ACTORS,
        'ties.csv': 'source,target',
        'ideas.csv': 'id,title\npb,PB',
        'adoptions.csv': 'idea,actor,date,source\npb,a1,2024-03-01,\npb,a2,2024-02-01,a1\npb,a3,2024-03-01,a1',
      }),
    ).toMatchObject([{ code: 'adoption-order', row: 3, column: 'date', value: '2024-02-01' }]);
  });
});
