/**
 * Reading a Kumu (kumu.io) export as a dataset: Kumu's JSON (a blueprint
 * or a project export) or its Elements/Connections workbook, mapped through
 * a {@link KumuMapping} (see `tables.ts` for the field-by-field mapping).
 *
 * The problems come in the dataset reader's rounds: first the mapping and
 * the file (JSON syntax, workbook container, lists and sheets), then the
 * structure (fields of one meaning given twice), then every value, checked
 * by the same `buildDataset` as CSV and reworded in Kumu's terms.
 */
import { IssueList } from '@muster/core/reader';
import { MusterInputError } from '@muster/core';
import type { Dataset } from '@muster/core';
import { buildDataset } from '@muster/core/reader';
import { defaultProfile, type ReadOptions } from '@muster/core';
import { parseJsonText } from '@muster/core/reader';
import { checkMappingRoles, type KumuMapping } from './mapping.js';
import { kumuFromJson, kumuFromWorkbook, type KumuExport } from './sources.js';
import { rewordIssues } from './reword.js';
import { kumuTables } from './tables.js';

/** Options of the Kumu readers. */
export interface KumuReadOptions extends ReadOptions {
  /** How Kumu's types and fields map onto the dataset; see {@link KumuMapping}. */
  mapping?: KumuMapping;
  /** Names the mapping in issues about it (default `mapping.json`). */
  mappingFile?: string;
  /** Names the export in issues. */
  file?: string;
}

function checkMapping(options: KumuReadOptions, issues: IssueList): void {
  if (options.mapping === undefined) return;
  checkMappingRoles(
    options.mapping,
    options.profile ?? defaultProfile(),
    options.mappingFile ?? 'mapping.json',
    issues,
  );
}

function build(source: KumuExport, options: KumuReadOptions, issues: IssueList): Dataset {
  const mapping = options.mapping ?? {};
  const tables = kumuTables(source, mapping, issues);
  issues.throwIfAny();
  for (const issue of tables.valueIssues) issues.add(issue);
  try {
    return buildDataset({ actors: tables.actors, ties: tables.ties }, options.profile ?? defaultProfile(), issues);
  } catch (error) {
    if (!(error instanceof MusterInputError)) throw error;
    throw new MusterInputError(rewordIssues(error.issues, tables.notes), error.omitted);
  }
}

/**
 * Reads Kumu's JSON: `{ "elements": [...], "connections": [...] }`, as a
 * blueprint (fields on each item) or as Kumu's project export (fields under
 * `"attributes"`, `from`/`to` by element `_id`). Issues name
 * `FILE#elements` / `FILE#connections` and the 1-based position as the row.
 * Throws a `MusterInputError` listing every problem.
 */
export function parseKumuJson(text: string, options: KumuReadOptions = {}): Dataset {
  const file = options.file ?? 'kumu.json';
  const issues = new IssueList(options.onWarning);
  checkMapping(options, issues);
  issues.throwIfAny();
  const value = parseJsonText(text, file, issues, 'a Kumu export holds { "elements": [...], "connections": [...] }');
  issues.throwIfAny();
  const source = kumuFromJson(value, file, issues);
  issues.throwIfAny();
  return build(source!, options, issues);
}

/**
 * Reads Kumu's workbook (`.xlsx`): a sheet of elements (`Elements`, or the
 * sheet whose header names `Label`) and optionally one of connections
 * (`Connections`, or the sheet whose header names `From` and `To`). Issues
 * name `FILE#SheetName` and the spreadsheet row. Throws a
 * `MusterInputError` listing every problem.
 */
export function parseKumuWorkbook(bytes: Uint8Array, options: KumuReadOptions = {}): Dataset {
  const file = options.file ?? 'kumu.xlsx';
  const issues = new IssueList(options.onWarning);
  checkMapping(options, issues);
  issues.throwIfAny();
  const source = kumuFromWorkbook(bytes, file, issues);
  issues.throwIfAny();
  return build(source!, options, issues);
}
