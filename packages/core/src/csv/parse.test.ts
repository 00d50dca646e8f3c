import { describe, expect, it } from 'vitest';
import { IssueList } from '../errors.js';
import { detectDelimiter, parseCsv } from './parse.js';
import { writeCsv } from './write.js';

function parse(text: string) {
  const issues = new IssueList();
  const table = parseCsv(text, 'x.csv', issues);
  return { table, issues: issues.issues };
}

describe('parseCsv', () => {
  it('reads a plain file with header and rows numbered like a spreadsheet', () => {
    const { table, issues } = parse('id,name\na1,Ann\na2,Bob\n');
    expect(issues).toEqual([]);
    expect(table?.header).toEqual(['id', 'name']);
    expect(table?.records).toEqual([
      { row: 2, cells: ['a1', 'Ann'] },
      { row: 3, cells: ['a2', 'Bob'] },
    ]);
  });

  it('strips a byte order mark and reads CRLF and lone CR line ends', () => {
    const { table } = parse('\uFEFFid,name\r\na1,Ann\ra2,Bob');
    expect(table?.header).toEqual(['id', 'name']);
    expect(table?.records.map((r) => r.cells)).toEqual([
      ['a1', 'Ann'],
      ['a2', 'Bob'],
    ]);
  });

  it('detects the ; delimiter of European exports and tabs', () => {
    expect(detectDelimiter('id;name;weight\n1;"a,b";0,5')).toBe(';');
    expect(detectDelimiter('id\tname\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    const { table } = parse('id;name\na1;"Smith, Ann"\n');
    expect(table?.records[0]?.cells).toEqual(['a1', 'Smith, Ann']);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields, counting one row', () => {
    const { table, issues } = parse('id,note\na1,"one, two\nthree ""quoted"""\na2,x\n');
    expect(issues).toEqual([]);
    expect(table?.records).toEqual([
      { row: 2, cells: ['a1', 'one, two\nthree "quoted"'] },
      { row: 3, cells: ['a2', 'x'] },
    ]);
  });

  it('skips blank and comment rows but counts them', () => {
    const { table } = parse('# a comment\nid,name\n\n# example: a1,Ann\na2,Bob\n');
    expect(table?.header).toEqual(['id', 'name']);
    expect(table?.records).toEqual([{ row: 5, cells: ['a2', 'Bob'] }]);
  });

  it('reports a quoted field that is never closed, with its row and column', () => {
    const { issues } = parse('id,name\na1,"Ann\na2,Bob\n');
    expect(issues).toMatchObject([{ code: 'csv-unterminated-quote', file: 'x.csv', row: 2, column: 'name' }]);
  });

  it('reports text after a closing quote', () => {
    const { table, issues } = parse('id,name\na1,"Ann"x,\n');
    expect(issues).toMatchObject([{ code: 'csv-bad-quote', row: 2, column: 'name' }]);
    expect(table?.records[0]?.cells).toEqual(['a1', 'Annx', '']);
  });

  it('reports an empty file and reads a header-only file as no rows', () => {
    expect(parse('').issues).toMatchObject([{ code: 'file-empty' }]);
    expect(parse('\uFEFF\n\n').issues).toMatchObject([{ code: 'file-empty' }]);
    const { table, issues } = parse('id,name\r\n');
    expect(issues).toEqual([]);
    expect(table?.records).toEqual([]);
  });

  it('reads a trailing delimiter as one more empty cell', () => {
    expect(parse('a,b\n1,\n').table?.records[0]?.cells).toEqual(['1', '']);
  });

  it('reads back what writeCsv writes', () => {
    const rows = [
      ['#hash', 'a "quote"', 'comma, here'],
      ['line\nbreak', '', 'crlf\r\nend'],
    ];
    const { table } = parse(writeCsv(['x', 'y', 'z'], rows));
    expect(table?.records.map((r) => r.cells)).toEqual(rows);
  });
});

describe('blank and comment lines before the header', () => {
  it('judges them the same way when finding the delimiter and when parsing', () => {
    const issues = new IssueList();
    const table = parseCsv(',,,\n# note; here\nid;name\na1;Ann\n', 'x.csv', issues);
    expect(table?.delimiter).toBe(';');
    expect(table?.header).toEqual(['id', 'name']);
    expect(table?.headerRow).toBe(3);
  });
});
