import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv/parse.js';
import { IssueList } from '../errors.js';
import { tableFromCsv, tableFromJson } from './tables.js';

/** The raw actors table of a CSV text, and the problems found. */
function actorsTable(text: string) {
  const issues = new IssueList();
  const csv = parseCsv(text, 'actors.csv', issues)!;
  return { table: tableFromCsv('actors', csv, issues), issues: issues.issues };
}

describe('tableFromCsv', () => {
  it('takes contract fields by their aliases and other columns as attributes, trimmed, blanks left out', () => {
    const { table, issues } = actorsTable('ID,Label,role,locality,Team\n a1 ,Ann,politician,Riverside,\n');
    expect(issues).toEqual([]);
    expect(table.columns.get('id')).toBe('ID');
    expect(table.records).toEqual([
      {
        row: 2,
        fields: { id: 'a1', name: 'Ann', role: 'politician', locality: 'Riverside' },
        lists: {},
        attributes: {},
      },
    ]);
  });

  it('refuses two columns that mean one contract field, and an attribute column named twice', () => {
    const { issues } = actorsTable('id,name,label,role,locality,team,Team\na1,Ann,Ann,politician,R,x,y\n');
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'column-duplicate',
        row: 1,
        column: 'label',
        field: 'name',
        message: "two columns mean 'name': 'name' and 'label'",
      }),
      expect.objectContaining({
        code: 'column-duplicate',
        row: 1,
        column: 'Team',
        message: "the column 'Team' appears twice",
      }),
    ]);
    expect(issues[1]).not.toHaveProperty('field');
  });
});

describe('tableFromJson', () => {
  it('reads the objects of the array and reports an entry that is not one by its place', () => {
    const issues = new IssueList();
    const table = tableFromJson('ties', [{ source: 'a1', target: 'a2' }, 'a1-a3', null], 'set.json', issues);
    expect(table.records.map((r) => [r.row, r.fields])).toEqual([[1, { source: 'a1', target: 'a2' }]]);
    expect(issues.issues).toEqual([
      expect.objectContaining({
        code: 'json-shape',
        row: 2,
        value: '"a1-a3"',
        message: "entry 2 of 'ties' is not an object",
      }),
      expect.objectContaining({
        code: 'json-shape',
        row: 3,
        value: 'null',
        hint: 'write each of ties as { "source": … }',
      }),
    ]);
  });
});
