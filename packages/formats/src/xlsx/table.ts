/**
 * A sheet's cells as the CSV reader would have seen them had the sheet been
 * saved as CSV: the same `CsvTable`, so that the header rules, the column
 * matching and every value check are the CSV path's, message for message.
 *
 * Rows keep their spreadsheet numbers. Blank rows are skipped, as in CSV. A
 * note row — only column A filled, starting with `#` and a space (or a lone
 * `#`) — is skipped like a CSV comment row; a data row is never one, since
 * its other cells are filled. The header counts as wide as the widest row,
 * so that a value beyond the named columns is reported as a column without
 * a name, as a spreadsheet user sees it, rather than as a row too wide.
 */
import type { CsvRecord, CsvTable } from '@muster/core/reader';
import type { IssueList } from '@muster/core/reader';
import type { Sheet } from './workbook.js';

function isNote(cells: readonly string[]): boolean {
  const first = cells[0] ?? '';
  if (!(first === '#' || first.startsWith('# ') || first.startsWith('#\t'))) return false;
  for (let i = 1; i < cells.length; i++) if (cells[i]!.trim() !== '') return false;
  return true;
}

/**
 * The sheet as a `CsvTable` named `file`, or `undefined` (with a
 * `file-empty` issue) when it has no header row.
 */
export function sheetToCsvTable(sheet: Sheet, file: string, issues: IssueList): CsvTable | undefined {
  let header: string[] | undefined;
  let headerRow = 1;
  let width = 0;
  const records: CsvRecord[] = [];
  for (const { row, cells } of sheet.rows) {
    if (cells.every((c) => c.trim() === '') || isNote(cells)) continue;
    width = Math.max(width, cells.length);
    if (header === undefined) {
      header = cells.map((c) => c.trim());
      headerRow = row;
    } else {
      records.push({ row, cells });
    }
  }
  if (header === undefined) {
    issues.add({
      code: 'file-empty',
      file,
      message: 'the sheet is empty: it has no header row',
      hint: 'the first row must name the columns',
    });
    return undefined;
  }
  while (header.length < width) header.push('');
  return { file, delimiter: ',', header, headerRow, records };
}
