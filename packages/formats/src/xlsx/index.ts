/**
 * `@muster/formats/xlsx`: a dataset as an Excel workbook (one sheet per
 * table), read with every problem located by sheet, row and column.
 *
 * @module @muster/formats/xlsx
 */
export { parseWorkbook } from './read.js';
export { datasetToWorkbook } from './write.js';
export { writeWorkbook, type CellValue, type SheetData } from './workbook-write.js';
