/**
 * Text as it comes out of other tools, made safe to compare and to show:
 * every contract field is put in Unicode normalisation form C, so an id
 * typed on macOS (decomposed `café`) and on Windows (composed `café`) is one
 * id; and control characters (NUL, ESC, the C1 range), which no name, id
 * or value means to hold and which reach terminals and files unseen, are
 * refused where they stand. Free-text attributes may hold tabs and line
 * breaks, nothing else of the kind.
 */
import { ALL_CONTROLS, CONTROLS, escapeLine } from '../escape.js';
import type { IssueList } from '../errors.js';
import type { CsvTable } from '../csv/parse.js';
import { columnOf } from './build-context.js';
import type { RawTable } from './tables.js';

/** Printable ASCII only: nothing to normalise, nothing to refuse (the common case, tested first). */
const PLAIN = /^[\u0020-\u007e]*$/;

/** Where the first control character is, or -1; `text` lets tab, line feed and carriage return pass. */
function firstControl(value: string, text: boolean): number {
  return value.search(text ? CONTROLS : ALL_CONTROLS);
}

const CONTROL_HINT = 'remove it: it is invisible, and no name, id or value needs it (another tool may have left it)';

/** How a character is named in a message: `U+001B`. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Refuses a value for the control character at `at`; `field` when the column is a contract field. */
function refuse(
  file: string,
  row: number,
  column: string,
  field: string | undefined,
  value: string,
  at: number,
  issues: IssueList,
): void {
  issues.add({
    code: 'value-invalid',
    file,
    row,
    column,
    ...(field === undefined ? {} : { field }),
    value: escapeLine(value),
    message: `the value holds the control character ${codePoint(value[at]!)} at character ${at + 1}`,
    hint: CONTROL_HINT,
  });
}

/**
 * Puts every contract field of `table` in NFC and refuses control
 * characters in fields and attributes. Returns the table with its records
 * replaced where a value changed; the reader's own objects are not touched.
 */
export function cleanTable(table: RawTable, issues: IssueList): RawTable {
  const records = table.records.map((record) => {
    let fields = record.fields;
    // `for … in`, not Object.entries: this runs for each of millions of rows, and allocates nothing for plain ones.
    for (const field in record.fields) {
      const value = record.fields[field];
      if (value === undefined || PLAIN.test(value)) continue;
      const at = firstControl(value, false);
      if (at >= 0) refuse(table.file, record.row, columnOf(table, record, field), field, value, at, issues);
      const normal = value.normalize('NFC');
      if (normal !== value) fields = { ...fields, [field]: normal };
    }
    let lists = record.lists;
    for (const field in record.lists) {
      const values = record.lists[field];
      if (values === undefined) continue;
      for (const value of values) {
        if (PLAIN.test(value)) continue;
        const at = firstControl(value, false);
        if (at >= 0) refuse(table.file, record.row, table.columns.get(field) ?? field, field, value, at, issues);
      }
      if (values.some((v) => v.normalize('NFC') !== v))
        lists = { ...lists, [field]: values.map((v) => v.normalize('NFC')) };
    }
    for (const name in record.attributes) {
      const value = record.attributes[name];
      if (typeof value !== 'string' || PLAIN.test(value)) continue;
      const at = firstControl(value, true);
      if (at >= 0) refuse(table.file, record.row, name, undefined, value, at, issues);
    }
    return fields === record.fields && lists === record.lists ? record : { ...record, fields, lists };
  });
  return { ...table, records };
}

/**
 * Refuses control characters in any cell of a CSV file read as free text
 * (tab and line breaks pass): for readers that make a dataset from a CSV
 * file without raw tables, such as a survey export.
 */
export function refuseControlCharacters(csv: CsvTable, issues: IssueList): void {
  for (const record of csv.records) {
    record.cells.forEach((cell, i) => {
      const at = firstControl(cell, true);
      if (at >= 0) refuse(csv.file, record.row, csv.header[i] || `#${i + 1}`, undefined, cell, at, issues);
    });
  }
}
