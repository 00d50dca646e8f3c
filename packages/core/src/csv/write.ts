/**
 * CSV writing: comma-delimited, `\n` line ends, RFC 4180 quoting where a
 * field needs it. Every CSV Muster writes may be opened in a spreadsheet,
 * so every cell (header included) is guarded against formula injection;
 * {@link unguardTable} takes the guard off again when Muster reads the
 * file back, so a round trip gives every text back exactly.
 */
import { csvCell, unguardFormula } from '../escape.js';
import type { CsvRecord, CsvStream, CsvTable } from './parse.js';

/** A whole table: header and rows, each row as long as the header. */
export function writeCsv(header: readonly string[], rows: Iterable<readonly string[]>): string {
  return [...csvChunks(header, rows)].join('');
}

/** {@link writeCsv} in chunks of a few thousand lines, for a table too large to be one string. */
export function* csvChunks(header: readonly string[], rows: Iterable<readonly string[]>): Generator<string> {
  let lines = [header.map(csvCell).join(',')];
  for (const row of rows) {
    lines.push(row.map(csvCell).join(','));
    if (lines.length >= 2000) {
      yield lines.join('\n') + '\n';
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join('\n') + '\n';
}

/** A parsed table with the formula guard {@link writeCsv} adds taken off every cell. */
export function unguardTable(csv: CsvTable): CsvTable {
  return { ...csv, header: csv.header.map(unguardFormula), records: csv.records.map(unguardRecord) };
}

/** {@link unguardTable} for a table read row by row: each record as it comes. */
export function unguardStream(csv: CsvStream): CsvStream {
  const records = csv.records;
  return {
    ...csv,
    header: csv.header.map(unguardFormula),
    records: {
      *[Symbol.iterator]() {
        for (const record of records) yield unguardRecord(record);
      },
    },
  };
}

/** Most cells carry no guard: a record is copied only when one of its cells does. */
function unguardRecord(record: CsvRecord): CsvRecord {
  return record.cells.every((cell) => unguardFormula(cell) === cell)
    ? record
    : { ...record, cells: record.cells.map(unguardFormula) };
}
