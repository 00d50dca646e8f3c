import { beforeAll, describe, expect, it } from 'vitest';
import { IssueList, parseCsv, type CsvTable } from '@muster/core/reader';
import type { AuditReport } from '../report.js';
import { CSV_COLUMNS, renderCsv } from './csv.js';
import { firthValleyAudit } from '../test-example.js';

function parse(text: string): CsvTable {
  const issues = new IssueList();
  const table = parseCsv(text, 'report.csv', issues);
  expect(issues.issues).toEqual([]);
  if (table === undefined) throw new Error('no table');
  return table;
}

/** The parsed rows as objects keyed by column. */
function records(table: CsvTable): Record<string, string>[] {
  return table.records.map((r) => Object.fromEntries(table.header.map((h, i) => [h, r.cells[i] ?? ''])));
}

describe('renderCsv on the Firth Valley report', () => {
  const report = firthValleyAudit();
  const text = renderCsv(report);

  it('has a header and one row per actor per locality, with CRLF line ends', () => {
    const actors = report.localities.reduce((s, l) => s + l.actors.length, 0);
    expect(actors).toBe(67 + 45 + 57);
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(actors + 2);
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('parses back to the report’s numbers at full precision', () => {
    const rows = records(parse(text));
    let k = 0;
    for (const l of report.localities) {
      const rank = new Map(l.brokers.map((id, i) => [id, i + 1]));
      for (const a of l.actors) {
        const row = rows[k++]!;
        expect(row.locality).toBe(l.locality);
        expect(row.id).toBe(a.id);
        expect(row.name).toBe(a.name);
        expect(row.role).toBe(a.role);
        expect(Number(row.degree)).toBe(a.degree);
        expect(Number(row.betweenness)).toBe(a.betweenness);
        expect(row.constraint === '' ? null : Number(row.constraint)).toBe(a.constraint);
        expect(row.effective_size === '' ? null : Number(row.effective_size)).toBe(a.effectiveSize);
        expect(Number(row.community)).toBe(a.community);
        expect(Number(row.brokerage_liaison)).toBe(a.brokerage.liaison);
        expect(Number(row.brokerage_coordinator)).toBe(a.brokerage.coordinator);
        expect(row.is_broker).toBe(rank.has(a.id) ? 'true' : 'false');
        expect(row.broker_rank).toBe(rank.has(a.id) ? String(rank.get(a.id)) : '');
      }
    }
    expect(k).toBe(rows.length);
  });

  it('ranks Saltcote’s brokers', () => {
    const rows = records(parse(text)).filter((r) => r.locality === 'Saltcote' && r.is_broker === 'true');
    expect(rows.map((r) => r.broker_rank)).toContain('1');
    const first = rows.find((r) => r.broker_rank === '1')!;
    expect(first.name).toBe('Bilal Ahmed');
  });

  it('is identical for the same report', () => {
    expect(renderCsv(report)).toBe(text);
    expect(renderCsv(structuredClone(report))).toBe(text);
  });
});

describe('renderCsv with awkward values', () => {
  let base: AuditReport;
  beforeAll(() => {
    base = firthValleyAudit({ localities: ['Hollinwell'] });
  });

  function withNames(names: string[]): AuditReport {
    const report = structuredClone(base);
    const actors = report.localities[0]!.actors;
    names.forEach((name, i) => {
      actors[i]!.name = name;
    });
    return report;
  }

  it('quotes commas, quotes and line breaks, and they read back', () => {
    const names = ['Smith, Jo', 'Jo "JJ" Smith', 'two\nlines', 'cr\r\nlf', '# not a comment', ''];
    const table = parse(renderCsv(withNames(names)));
    expect(table.records.slice(0, names.length).map((r) => r.cells[2])).toEqual(names);
    expect(renderCsv(withNames(names))).toContain('"Jo ""JJ"" Smith"');
  });

  it('guards cells that a spreadsheet would run as formulas', () => {
    // A plain number ('-2') is no formula: it is left as it is.
    const names = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '-2', '@SUM(A1)', '\tTab', '\rReturn', 'Safe = fine'];
    const table = parse(renderCsv(withNames(names)));
    expect(table.records.slice(0, names.length).map((r) => r.cells[2])).toEqual([
      `'=HYPERLINK("http://x","y")`,
      "'+1+1",
      "'-2+3",
      '-2',
      "'@SUM(A1)",
      "'\tTab",
      "'\rReturn",
      'Safe = fine',
    ]);
  });

  it('guards every text column, and writes numbers as they are', () => {
    const report = withNames([]);
    const l = report.localities[0]!;
    l.locality = '=cmd';
    l.actors[0]!.id = '-id';
    l.actors[0]!.role = '@role';
    l.actors[0]!.constraint = null;
    l.actors[0]!.effectiveSize = null;
    const row = parse(renderCsv(report)).records[0]!.cells;
    expect(row.slice(0, 4)).toEqual(["'=cmd", "'-id", base.localities[0]!.actors[0]!.name, "'@role"]);
    expect(row[6]).toBe('');
    expect(row[7]).toBe('');
  });

  it('writes only the header when there is nothing to list', () => {
    const report = structuredClone(base);
    report.localities = [];
    expect(renderCsv(report)).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});
