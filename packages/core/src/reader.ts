/**
 * `@muster/core/reader`: the reader kit every dataset format is written
 * against. A reader turns its file into raw tables (one per dataset table,
 * each record with its location), and {@link buildDataset} checks them
 * against the dataset contract and builds the `Dataset`, collecting every
 * problem in an {@link IssueList} with its file, row and column. The CSV
 * and located-JSON parsers here are the ones the built-in forms use.
 * See the repository's `docs/extending.md` for a walkthrough.
 *
 * @module @muster/core/reader
 */
export { IssueList } from './errors.js';
export {
  TABLE_SPECS,
  contractField,
  tableFromCsv,
  tableFromJson,
  type RawRecord,
  type RawTable,
  type TableName,
  type TableSpec,
} from './dataset/tables.js';
export { buildDataset, type RawTables } from './dataset/build.js';
export { detectDelimiter, parseCsv, type CsvRecord, type CsvStream, type CsvTable } from './csv/parse.js';
export { unguardTable, writeCsv } from './csv/write.js';
export { csvCell, csvField, guardFormula, unguardFormula } from './escape.js';
export { datasetTables, type DatasetTable } from './dataset/write.js';
export { MAX_JSON_DEPTH, parseJsonText } from './json.js';
export { decodeText, readProfileText } from './dataset/read.js';
export { refuseControlCharacters } from './dataset/characters.js';
export { SHAPE_MESSAGES, describeShapeIssue } from './shape.js';
