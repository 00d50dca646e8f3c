/**
 * A dataset as an `.xlsx` workbook: one sheet per table, laid out as
 * `datasetToFiles` lays out the CSV files (the same columns in the same
 * order; optional columns only when some row has a value; attributes after
 * the contract's columns), plus a `profile` sheet holding the dataset's own
 * profile as JSON, one line per row, when it has one. `parseWorkbook`
 * reads it back equal.
 */
import type { Dataset } from '@muster/core';
import { datasetTables } from '@muster/core/reader';
import { writeWorkbook, type CellValue, type SheetData } from './workbook-write.js';

/**
 * The dataset as the bytes of an `.xlsx` workbook: sheets `actors` and
 * `ties` always; `ideas`, `adoptions` and `mentions` when they have rows;
 * `profile` when the dataset carries its own profile. Weights, counts and
 * numeric attributes are written as numbers, `directed` and boolean
 * attributes as booleans, everything else (ids, dates) as text. Like the
 * other writers it does not check the dataset.
 */
export function datasetToWorkbook(dataset: Dataset): Uint8Array {
  const sheets: SheetData[] = datasetTables(dataset).map(({ name, header, rows }) => ({
    name,
    rows: [
      header,
      ...rows.map((row) => row.map((value): CellValue => (Array.isArray(value) ? value.join(';') : value))),
    ],
  }));
  if (dataset.profile !== undefined) {
    const lines = JSON.stringify(dataset.profile, null, 2).split('\n');
    sheets.push({ name: 'profile', rows: lines.map((line) => [line]), header: false });
  }
  return writeWorkbook(sheets);
}
