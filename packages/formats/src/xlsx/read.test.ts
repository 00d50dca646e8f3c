import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { issuesOf, type InputIssue } from '@muster/core';
import { parseDatasetFiles } from '@muster/core';
import { datasetToFiles } from '@muster/core';
import { getBuiltinProfile } from '@muster/core';
import { readDataset } from '@muster/node';
import { parseWorkbook } from './read.js';
import { rawWorkbook, row } from './test-book.js';
import { openWorkbook } from './workbook.js';
import { datasetToWorkbook } from './write.js';

const EXAMPLE = fileURLToPath(new URL('../../../../examples/firth-valley', import.meta.url));
const fixture = (name: string): Uint8Array => readFileSync(fileURLToPath(new URL(`fixtures/${name}`, import.meta.url)));

const where = (issues: InputIssue[]) =>
  issues.map((i) => ({ code: i.code, file: i.file, row: i.row, column: i.column }));

const ACTORS =
  row(1, 'id', 'name', 'role', 'locality') +
  row(2, 'a1', 'Ann Hale', 'Councillor', 'Riverside') +
  row(3, 'a2', 'Bo Marsh', 'designer', 'Riverside');
const TIES = row(1, 'source', 'target') + row(2, 'a1', 'a2');

/** The problems of a workbook with these sheets. */
const sheetIssues = (sheets: { name: string; rows: string }[], options: { file?: string } = {}): InputIssue[] =>
  issuesOf(() => parseWorkbook(rawWorkbook({ sheets }), options));

describe('datasetToWorkbook and parseWorkbook', () => {
  it('round-trip the Firth Valley example unchanged', () => {
    const dataset = readDataset(EXAMPLE);
    const back = parseWorkbook(datasetToWorkbook(dataset), { file: 'firth-valley.xlsx' });
    expect(back).toEqual(dataset);
    // And the workbook says what the CSV files say.
    expect(datasetToFiles(back)).toEqual(datasetToFiles(dataset));
  });

  it("carry the dataset's own profile in a profile sheet", () => {
    const dataset = readDataset(EXAMPLE);
    dataset.profile = getBuiltinProfile('multi-agency-care')!;
    const bytes = datasetToWorkbook(dataset);
    expect(openWorkbook(bytes).sheets.map((s) => s.name)).toEqual([
      'actors',
      'ties',
      'ideas',
      'adoptions',
      'mentions',
      'profile',
    ]);
    // Firth Valley's roles are not multi-agency-care roles: read against the default, keep the profile.
    const back = parseWorkbook(bytes, { profile: getBuiltinProfile('public-service-innovation')! });
    expect(back.profile).toEqual(dataset.profile);
  });

  it('write the same bytes for the same dataset', () => {
    const dataset = readDataset(EXAMPLE);
    expect(datasetToWorkbook(dataset)).toEqual(datasetToWorkbook(dataset));
  });

  it('keep text that XML cannot hold, and numbers and booleans in attributes as their text', () => {
    const dataset = parseDatasetFiles({
      'actors.csv':
        'id,name,role,locality,note\n007,"Ann _x0041_ <Hale> & co",councillor,Riverside,"tab\there"\na2,Bo,designer,Riverside,\n',
      'ties.csv': 'source,target,weight,date\n007,a2,0.1,2024-03\n',
    });
    dataset.actors[1]!.attributes = { score: 0.30000000000000004, active: false };
    const back = parseWorkbook(datasetToWorkbook(dataset));
    expect(back.actors[0]).toEqual(dataset.actors[0]);
    expect(back.actors[1]!.attributes).toEqual({ score: '0.30000000000000004', active: 'false' });
    expect(back.ties[0]).toMatchObject({ source: '007', weight: 0.1, date: '2024-03' });
  });
});

describe('parseWorkbook: workbooks written by other tools', () => {
  // Made by fixtures/make-fixtures.py: openpyxl writes inline strings and no cached formula values;
  // LibreOffice writes shared strings and computes the formula.
  it.each([
    ['other-tools.openpyxl.xlsx', 1],
    ['other-tools.libreoffice.xlsx', 2],
  ])('reads %s: dates, numbers, booleans, a note row and sheet names in any case', (name, formulaWeight) => {
    const dataset = parseWorkbook(fixture(name), { file: name });
    expect(dataset.actors).toEqual([
      {
        id: 'a1',
        name: 'Alex Morgan',
        role: 'politician',
        roles: [],
        locality: 'Riverside',
        organisation: 'Riverside Council',
        attributes: { Joined: '2023-05-02', Score: '0.3', Active: 'true' },
      },
      {
        id: 'a2',
        name: 'Sam Patel',
        role: 'senior-official',
        roles: [],
        locality: 'Riverside',
        organisation: 'Riverside Council',
        attributes: { Joined: '2021-11-30', Score: '2', Active: 'false' },
      },
      {
        id: '7',
        name: 'Jo Reid',
        role: 'service-designer',
        roles: [],
        locality: 'Hillside',
        organisation: 'Studio North',
        attributes: { Score: '0.001' },
      },
    ]);
    expect(dataset.ties).toEqual([
      {
        source: 'a1',
        target: 'a2',
        kind: 'advice',
        weight: 2.5,
        directed: true,
        date: '2024-03-01T09:30',
        attributes: {},
      },
      {
        source: 'a2',
        target: '7',
        kind: 'information',
        weight: formulaWeight,
        directed: false,
        date: '2024-03-02',
        attributes: {},
      },
    ]);
    expect(dataset.ideas).toEqual([
      { id: 'pb', title: 'Participatory budgeting', origin: 'a1', date: '2023-01-20', attributes: {} },
    ]);
  });

  it('names the sheet and the spreadsheet row in value problems, counting the note and blank rows', () => {
    const book = rawWorkbook({
      sheets: [
        {
          name: 'Actors',
          rows:
            row(2, '# who is who') +
            row(3, 'ID', 'Name', 'Role', 'Locality') +
            row(4, 'a1', 'Ann', 'Councillor', 'Riverside') +
            row(7, 'a2', 'Bo', 'wizard', ''),
        },
        { name: 'ties', rows: row(1, 'source', 'target', 'weight') + row(5, 'a1', 'a3', '0,5') },
      ],
    });
    const issues = issuesOf(() => parseWorkbook(book, { file: 'region.xlsx' }));
    expect(issues).toEqual([
      expect.objectContaining({ code: 'value-missing', file: 'region.xlsx#Actors', row: 7, column: 'Locality' }),
      expect.objectContaining({
        code: 'role-unknown',
        file: 'region.xlsx#Actors',
        row: 7,
        column: 'Role',
        value: 'wizard',
      }),
      expect.objectContaining({
        code: 'actor-unknown',
        file: 'region.xlsx#ties',
        row: 5,
        column: 'target',
        value: 'a3',
      }),
      expect.objectContaining({
        code: 'weight-invalid',
        file: 'region.xlsx#ties',
        row: 5,
        column: 'weight',
        value: '0,5',
      }),
    ]);
  });

  it('gives the messages of the CSV reader', () => {
    const csv = issuesOf(() =>
      parseDatasetFiles({
        'actors.csv': 'id,name,role,locality\na1,Ann,wizard,Riverside\n',
        'ties.csv': 'source,target\na1,a9\n',
      }),
    );
    const xlsx = sheetIssues([
      {
        name: 'actors',
        rows: row(1, 'id', 'name', 'role', 'locality') + row(2, 'a1', 'Ann', 'wizard', 'Riverside'),
      },
      { name: 'ties', rows: row(1, 'source', 'target') + row(2, 'a1', 'a9') },
    ]);
    expect(xlsx.map(({ file: _, ...rest }) => rest)).toEqual(csv.map(({ file: _, ...rest }) => rest));
  });

  it('reads date-formatted cells by their style, in both date systems, and shared strings with rich text', () => {
    const styles =
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="22"/><xf numFmtId="20"/></cellXfs>' +
      '<dxfs count="1"><dxf><numFmt numFmtId="165" formatCode="0.0"/></dxf></dxfs>';
    const ties =
      row(1, 'source', 'target', 'date', 'when', 'time') +
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" s="1"><v>43890</v></c><c r="D2" s="2"><v>43890.75</v></c><c r="E2" s="3"><v>0.5</v></c></row>';
    const book = rawWorkbook({
      date1904: true,
      styles,
      sharedStrings: ['<r><rPr><b/></rPr><t>a</t></r><r><t>1</t></r><rPh><t>ignored</t></rPh>', 'a2'],
      sheets: [
        { name: 'actors', rows: ACTORS },
        { name: 'ties', rows: ties },
      ],
    });
    const tie = parseWorkbook(book).ties[0]!;
    expect(tie).toMatchObject({
      source: 'a1',
      target: 'a2',
      date: '2024-03-01',
      attributes: { when: '2024-03-01T18:00', time: '12:00' },
    });
  });

  it('reads cells without references, t="str", t="e" and t="d" cells, and _xHHHH_ escapes', () => {
    const ties =
      row(1, 'source', 'target', 'kind', 'error', 'date') +
      '<row><c t="inlineStr"><is><t>a1</t></is></c><c t="str"><f>B1</f><v>a2</v></c><c t="inlineStr"><is><t>peer_x005F_x0020_support</t></is></c>' +
      '<c t="e"><v>#N/A</v></c><c t="d"><v>2024-03-01T00:00:00</v></c></row>';
    const book = rawWorkbook({
      sheets: [
        { name: 'actors', rows: ACTORS },
        { name: 'ties', rows: ties },
      ],
    });
    expect(parseWorkbook(book).ties[0]).toEqual({
      source: 'a1',
      target: 'a2',
      kind: 'peer-x0020-support',
      weight: 1,
      directed: false,
      date: '2024-03-01',
      attributes: { error: '#N/A' },
    });
  });

  it('reports a value beyond the named columns as a column without a name, at the header row', () => {
    const actors = row(1, 'id', 'name', 'role', 'locality') + row(2, 'a1', 'Ann', 'Councillor', 'Riverside', 'stray');
    const issues = sheetIssues([
      { name: 'actors', rows: actors },
      { name: 'ties', rows: TIES },
    ]);
    expect(where(issues)).toEqual([{ code: 'value-missing', file: 'book.xlsx#actors', row: 1, column: '#5' }]);
  });
});

describe('parseWorkbook: bad workbooks', () => {
  it('names missing sheets and lists the ones there are', () => {
    const issues = sheetIssues([{ name: 'Sheet1', rows: ACTORS }], { file: 'b.xlsx' });
    expect(where(issues)).toEqual([
      { code: 'file-missing', file: 'b.xlsx#actors', row: undefined, column: undefined },
      { code: 'file-missing', file: 'b.xlsx#ties', row: undefined, column: undefined },
    ]);
    expect(issues[0]!.hint).toContain("'Sheet1'");
  });

  it('refuses two sheets for one table and an empty sheet', () => {
    const issues = sheetIssues([
      { name: 'actors', rows: ACTORS },
      { name: 'Actors.csv', rows: ACTORS },
      { name: 'ties', rows: '' },
    ]);
    expect(where(issues)).toEqual([
      { code: 'value-invalid', file: 'book.xlsx#Actors.csv', row: undefined, column: undefined },
    ]);
    const empty = sheetIssues([
      { name: 'actors', rows: ACTORS },
      { name: 'ties', rows: row(3, '', ' ') },
    ]);
    expect(where(empty)).toEqual([{ code: 'file-empty', file: 'book.xlsx#ties', row: undefined, column: undefined }]);
  });

  it.each([
    ['random bytes', new Uint8Array([1, 2, 3, 4, 5]), /not a zip archive/],
    [
      'an old .xls or encrypted workbook',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(40).fill(0)]),
      /old-style .xls/,
    ],
    ['a zip of other files', zipSync({ 'notes.txt': strToU8('hello') }), /holds no workbook/],
    [
      'an OpenDocument spreadsheet',
      zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet') }),
      /OpenDocument/,
    ],
    [
      'a cut-off zip',
      rawWorkbook({ sheets: [{ name: 'actors', rows: ACTORS }] }).slice(0, 300),
      /damaged zip|not a zip/,
    ],
  ])('refuses %s as format-unknown', (_, bytes, message) => {
    const issues = issuesOf(() => parseWorkbook(bytes, { file: 'in.xlsx' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'format-unknown', file: 'in.xlsx' });
    expect(issues[0]!.message).toMatch(message);
    expect(issues[0]!.hint).toBeTruthy();
  });

  it('names the sheet whose part is damaged', () => {
    const book = rawWorkbook({
      sheets: [
        { name: 'actors', rows: ACTORS },
        { name: 'ties', rows: TIES },
      ],
      parts: { 'xl/worksheets/sheet2.xml': '<worksheet><sheetData><row r="1"></sheetData></worksheet>' },
    });
    const issues = issuesOf(() => parseWorkbook(book));
    expect(where(issues)).toEqual([
      { code: 'format-unknown', file: 'book.xlsx#ties', row: undefined, column: undefined },
    ]);
    expect(issues[0]!.message).toMatch(
      /xl\/worksheets\/sheet2.xml is not well-formed XML: expected <\/row> \(to close <row> from line 1\) but found <\/sheetData> \(line 1, character 34\)/,
    );
  });

  it('refuses a shared string that does not exist and a cell reference that is no cell', () => {
    const missing = rawWorkbook({
      sharedStrings: ['a1'],
      sheets: [
        { name: 'actors', rows: ACTORS },
        { name: 'ties', rows: '<row r="1"><c r="A1" t="s"><v>7</v></c></row>' },
      ],
    });
    expect(issuesOf(() => parseWorkbook(missing))[0]!.message).toBe(
      'the cell A1 refers to shared string 7, which does not exist',
    );
    const badRef = rawWorkbook({
      sheets: [
        { name: 'actors', rows: '<row r="1"><c r="1A"><v>1</v></c></row>' },
        { name: 'ties', rows: TIES },
      ],
    });
    expect(issuesOf(() => parseWorkbook(badRef))[0]).toMatchObject({
      code: 'format-unknown',
      file: 'book.xlsx#actors',
    });
  });
});
