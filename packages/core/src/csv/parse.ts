/**
 * CSV as spreadsheets write it (RFC 4180): quoted fields may hold the
 * delimiter, doubled quotes and line breaks; UTF-8 with or without a byte
 * order mark; `\n`, `\r\n` or `\r` line ends; and the delimiter (`,`, `;` or
 * tab) detected from the header row, because European spreadsheet exports
 * write `;`.
 *
 * Records are numbered as a spreadsheet numbers rows: the header is row 1,
 * a quoted field spanning several lines is still one row, and blank or
 * comment rows (a `#` followed by a space, or alone, at the start of the
 * row, quoted or not) are skipped but counted.
 *
 * One pass over the text, no backtracking: linear in the file size.
 */
import type { IssueList } from '../errors.js';

/** A parsed CSV file: header cells and data records with their row numbers. */
export interface CsvTable {
  file: string;
  delimiter: string;
  header: string[];
  /** The spreadsheet row of the header: 1 unless comment or blank rows come first. */
  headerRow: number;
  records: CsvRecord[];
}

/** One data row. `row` is the spreadsheet row number (header = 1). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

const QUOTE = 34; // "
const LF = 10;
const CR = 13;
const HASH = 35; // #
/** A cell of spaces and delimiters only: a row of such cells is blank, whichever the delimiter. */
const BLANK_CELL = /^[\s,;]*$/;

/** True for a row of blank cells; the common row, whose first cell has a letter or digit, is told at once. */
function isBlankRow(cells: readonly string[]): boolean {
  const first = cells[0]!.charCodeAt(0);
  if ((first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122)) return false;
  return cells.every((c) => BLANK_CELL.test(c));
}

/**
 * True when a record starting at `i` is a comment: `#` then a space, a tab
 * or the end of the line — also inside quotes (`"# …"`), as a spreadsheet
 * saving with `;` quotes a comment row that holds commas.
 */
function isComment(text: string, i: number): boolean {
  const at = text.charCodeAt(i) === QUOTE ? i + 1 : i;
  if (text.charCodeAt(at) !== HASH) return false;
  const next = text.charCodeAt(at + 1);
  if (at > i && next === QUOTE) return true;
  return Number.isNaN(next) || next === 32 || next === 9 || next === LF || next === CR;
}

/**
 * Where the header starts: the first line that is neither a comment nor
 * blank (spaces, tabs and delimiters only), judged as the parser judges them.
 */
function firstContentLine(text: string): number {
  let i = 0;
  while (i < text.length) {
    if (isComment(text, i)) {
      i = skipLine(text, i);
      continue;
    }
    let k = i;
    let blank = true;
    while (k < text.length) {
      const c = text.charCodeAt(k);
      if (c === LF || c === CR) break;
      if (c !== 32 && c !== 9 && c !== 44 && c !== 59) blank = false;
      k++;
    }
    if (!blank) return i;
    i = skipLine(text, i);
  }
  return i;
}

/** Picks `,`, `;` or tab: whichever occurs most, outside quotes, in the header (the first line with content). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let inQuotes = false;
  for (let i = firstContentLine(text); i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [d, n] of counts) {
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** A CSV table whose records are read as they are asked for: one pass, never all held at once. */
export type CsvStream = Omit<CsvTable, 'records'> & { records: Iterable<CsvRecord> };

/**
 * Opens CSV text for reading row by row: the header is read at once, the
 * records as the returned table's `records` are iterated (once). Problems
 * are added to `issues` as they are met; `undefined` when there is not even
 * a header.
 */
export function openCsv(input: string, file: string, issues: IssueList): CsvStream | undefined {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows = csvRows(text, delimiter, file, issues);
  const first = rows.next();
  if (first.done) {
    issues.add({
      code: 'file-empty',
      file,
      message: 'the file is empty: it has no header row',
      hint: 'the header row (the first row that is not blank or a comment) must name the columns; `muster init` writes templates',
    });
    return undefined;
  }
  const header = first.value.cells.map((c) => c.trim());
  return { file, delimiter, header, headerRow: first.value.row, records: { [Symbol.iterator]: () => rows } };
}

/**
 * Parses CSV text. Problems (unterminated quotes, text after a closing quote,
 * an empty file) are added to `issues`; the function then returns what it
 * could read, or `undefined` when there is not even a header.
 */
export function parseCsv(input: string, file: string, issues: IssueList): CsvTable | undefined {
  const csv = openCsv(input, file, issues);
  return csv && { ...csv, records: [...csv.records] };
}

/** The rows that are neither blank nor comments, the header first, each as it is parsed. */
function* csvRows(text: string, delimiter: string, file: string, issues: IssueList): Generator<CsvRecord> {
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  let header: string[] | undefined;
  let i = 0;
  let row = 0;
  const scratch: string[] = [];

  while (i < n) {
    row++;
    const startRow = row;
    // A comment row: skip to the end of the line.
    if (isComment(text, i)) {
      i = skipLine(text, i);
      continue;
    }
    // One array gathers the cells of every row; each record keeps an exact copy (a grown array keeps spare room).
    const cells = scratch;
    cells.length = 0;
    let endOfRecord = false;
    while (!endOfRecord) {
      let cell: string;
      if (i < n && text.charCodeAt(i) === QUOTE) {
        // Quoted field: find the closing quote, un-doubling "" on the way.
        let j = i + 1;
        let value = '';
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) {
            issues.add({
              code: 'csv-unterminated-quote',
              file,
              row: startRow,
              column: columnName(header, cells.length),
              message: 'a quoted field is never closed',
              hint: 'add the closing double quote, or double every quote inside the field ("")',
            });
            value += text.slice(j);
            j = n;
            break;
          }
          value += text.slice(j, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            j = q + 2;
            continue;
          }
          j = q + 1;
          break;
        }
        // Count the line breaks inside the quotes: they do not start rows.
        cell = value;
        i = j;
        if (i < n) {
          const c = text.charCodeAt(i);
          if (c !== delim && c !== LF && c !== CR) {
            issues.add({
              code: 'csv-bad-quote',
              file,
              row: startRow,
              column: columnName(header, cells.length),
              value: cell,
              message: 'text follows the closing quote of a quoted field',
              hint: 'a quote inside a quoted field must be doubled ("")',
            });
            // Keep the rest of the field as text so that reading can go on.
            let k = i;
            while (k < n) {
              const d = text.charCodeAt(k);
              if (d === delim || d === LF || d === CR) break;
              k++;
            }
            cell += text.slice(i, k);
            i = k;
          }
        }
      } else {
        let k = i;
        while (k < n) {
          const d = text.charCodeAt(k);
          if (d === delim || d === LF || d === CR) break;
          k++;
        }
        cell = text.slice(i, k);
        i = k;
      }
      cells.push(cell);
      if (i >= n) {
        endOfRecord = true;
      } else {
        const c = text.charCodeAt(i);
        if (c === delim) {
          i++;
          if (i >= n) {
            cells.push('');
            endOfRecord = true;
          }
        } else {
          // Line end: \r\n, \n or \r.
          i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
          endOfRecord = true;
        }
      }
    }
    // A blank row, or one of delimiters and spaces only (spreadsheets leave `,,,` rows).
    if (isBlankRow(cells)) continue;
    header ??= cells.map((c) => c.trim());
    yield { row: startRow, cells: cells.slice() };
  }
}

function skipLine(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === LF) return i + 1;
    if (c === CR) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
    i++;
  }
  return n;
}

function columnName(header: string[] | undefined, index: number): string {
  const name = header?.[index];
  return name === undefined || name === '' ? `#${index + 1}` : name;
}
