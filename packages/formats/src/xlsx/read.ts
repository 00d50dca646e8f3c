/**
 * A dataset from an `.xlsx` workbook whose sheets are named like the CSV
 * files of a dataset folder: `actors`, `ties`, and optionally `ideas`,
 * `adoptions`, `mentions` (any case, with or without `.csv`), plus an
 * optional `profile` sheet holding the profile's JSON, one line per row in
 * column A. Other sheets are ignored.
 *
 * Each sheet's cells become the text the CSV reader would see
 * (`workbook.ts`, `table.ts`) and then go the CSV path (`tableFromCsv`,
 * `buildDataset`), so validation and messages are the same as for CSV;
 * issues name the file `book.xlsx#actors` and the spreadsheet row.
 */
import { IssueList } from '@muster/core/reader';
import type { Dataset } from '@muster/core';
import type { Profile } from '@muster/core';
import { buildDataset, type RawTables } from '@muster/core/reader';
import { defaultProfile, type ReadOptions } from '@muster/core';
import { readProfileText } from '@muster/core/reader';
import { tableFromCsv, type RawTable, type TableName } from '@muster/core/reader';
import { sheetToCsvTable } from './table.js';
import { WorkbookError } from './package.js';
import { openWorkbook, type OpenWorkbook, type Sheet, type SheetEntry } from './workbook.js';

const TABLES: readonly TableName[] = ['actors', 'ties', 'ideas', 'adoptions', 'mentions'];
type SheetRole = TableName | 'profile';

/** Which dataset table a sheet name means: `Actors`, `actors.csv` and ` ties ` do; `Sheet1` does not. */
export function sheetRole(name: string): SheetRole | undefined {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/\.(csv|json)$/, '');
  if (key === 'profile') return 'profile';
  return (TABLES as readonly string[]).includes(key) ? (key as TableName) : undefined;
}

/** Opens a workbook, turning a container problem into an issue on `file`. */
export function openWorkbookOrReport(bytes: Uint8Array, file: string, issues: IssueList): OpenWorkbook | undefined {
  try {
    return openWorkbook(bytes);
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    issues.add({ code: 'format-unknown', file, message: error.message, hint: error.hint });
    return undefined;
  }
}

/** Reads one sheet, turning a damaged part into an issue on `file#sheet`. */
export function readSheetOrReport(
  book: OpenWorkbook,
  entry: SheetEntry,
  file: string,
  issues: IssueList,
): Sheet | undefined {
  try {
    return book.read(entry);
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    issues.add({ code: 'format-unknown', file: `${file}#${entry.name}`, message: error.message, hint: error.hint });
    return undefined;
  }
}

/** The profile sheet's text: column A, one row per line, gaps kept so that JSON line numbers are row numbers. */
function profileText(sheet: Sheet): string {
  const lines: string[] = [];
  for (const { row, cells } of sheet.rows) {
    while (lines.length < row - 1) lines.push('');
    lines.push(cells[0] ?? '');
  }
  return lines.join('\n');
}

/**
 * Reads a dataset from the bytes of an `.xlsx` workbook. `file` names the
 * workbook in issues (default `book.xlsx`). Throws a `MusterInputError`
 * listing every problem: the container (`format-unknown`: not a zip, not a
 * workbook, damaged), missing `actors` or `ties` sheets (`file-missing`),
 * then the same checks and messages as a folder of CSV files.
 */
export function parseWorkbook(bytes: Uint8Array, options: ReadOptions & { file?: string } = {}): Dataset {
  const file = options.file ?? 'book.xlsx';
  const issues = new IssueList(options.onWarning);
  const book = openWorkbookOrReport(bytes, file, issues);
  issues.throwIfAny();

  const chosen = new Map<SheetRole, SheetEntry>();
  for (const entry of book!.sheets) {
    const role = sheetRole(entry.name);
    if (role === undefined) continue;
    const earlier = chosen.get(role);
    if (earlier !== undefined) {
      issues.add({
        code: 'value-invalid',
        file: `${file}#${entry.name}`,
        value: entry.name,
        message: `two sheets are named for ${role}: '${earlier.name}' and '${entry.name}'`,
        hint: 'rename or delete one of them',
      });
      continue;
    }
    chosen.set(role, entry);
  }
  for (const required of ['actors', 'ties'] as const) {
    if (chosen.has(required)) continue;
    const names = book!.sheets.map((s) => `'${s.name}'`).join(', ');
    const kumu = book!.sheets.some((s) => s.name.trim().toLowerCase() === 'elements');
    issues.add({
      code: 'file-missing',
      file: `${file}#${required}`,
      message: `the workbook has no sheet named '${required}'`,
      hint:
        `a workbook dataset has at least the sheets actors and ties; this one has ${names || 'none'}` +
        (kumu ? '; it looks like a Kumu export, which is read as Kumu with a mapping' : ''),
    });
  }
  let own: Profile | undefined;
  const profileEntry = chosen.get('profile');
  if (profileEntry !== undefined) {
    const sheet = readSheetOrReport(book!, profileEntry, file, issues);
    if (sheet !== undefined) own = readProfileText(profileText(sheet), `${file}#${profileEntry.name}`, issues);
  }
  issues.throwIfAny();

  const raw: Partial<Record<TableName, RawTable>> = {};
  for (const name of TABLES) {
    const entry = chosen.get(name);
    if (entry === undefined) continue;
    const sheet = readSheetOrReport(book!, entry, file, issues);
    if (sheet === undefined) continue;
    const csv = sheetToCsvTable(sheet, `${file}#${entry.name}`, issues);
    if (csv) raw[name] = tableFromCsv(name, csv, issues);
  }
  issues.throwIfAny();
  return buildDataset(raw as RawTables, options.profile ?? own ?? defaultProfile(), issues, own);
}
