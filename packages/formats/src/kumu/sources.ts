/**
 * Kumu's two export forms, brought to one shape: lists of items (elements,
 * connections), each a list of fields as Kumu named them, with the file and
 * row that locate it.
 *
 * - JSON: the blueprint Kumu imports (`{ "elements": [{ "label", "type",
 *   "tags": [...], custom fields }], "connections": [{ "from", "to",
 *   "type", "direction", … }] }`) and the project export Kumu writes, where
 *   each item's fields sit in `"attributes"` (`"element type"`,
 *   `"connection type"`) beside `_id`, and `from`/`to` hold element ids.
 *   Other top-level keys (maps, views, loops) are ignored. Rows are 1-based
 *   positions in the list, the file `FILE#elements` / `FILE#connections`.
 * - The workbook Kumu exports and imports: a sheet of elements (first
 *   header `Label`, or `ID` then `Label`) and one of connections (`From`,
 *   `To`), found by their names `Elements` and `Connections` or else by
 *   their headers; sheets named with `(ignore)` are skipped, as Kumu does.
 *   Rows are spreadsheet rows, the file `FILE#SheetName`.
 */
import { IssueList, jsonObjects } from '@muster/core/reader';
import { openWorkbookOrReport, readSheetOrReport } from '../xlsx/read.js';
import { sheetToCsvTable } from '../xlsx/table.js';
import type { SheetEntry } from '../xlsx/workbook.js';

/** A value as Kumu holds it: text (always, from a sheet), a number, a boolean, or a list (JSON). */
export type KumuValue = string | number | boolean | string[];

/** One element or connection: its row and its fields, keys as written. */
export interface KumuItem {
  row: number;
  fields: [string, KumuValue][];
}

/** The elements or connections of one export, with where they came from. */
export interface KumuList {
  file: string;
  /** For a sheet: the header row, where problems of a whole column are reported, and the header. */
  headerRow?: number;
  header?: string[];
  items: KumuItem[];
}

/** What a Kumu export holds; `connections` is empty when it has none. */
export interface KumuExport {
  elements: KumuList;
  connections: KumuList;
}

/** Keys of a connection in Kumu's project export that only say how to draw it. */
const DRAWING_KEYS = new Set(['delayed', 'reversed']);

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A JSON value as a Kumu field value, or `undefined` for null; nested objects are kept as JSON text. */
function jsonValue(value: unknown): KumuValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) {
    return value
      .map((v) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)))
      .filter((v) => v.trim() !== '');
  }
  return JSON.stringify(value);
}

function jsonItems(entries: unknown[], kind: 'elements' | 'connections', file: string, issues: IssueList): KumuItem[] {
  const items: KumuItem[] = [];
  const hint =
    kind === 'elements'
      ? 'write each element as { "label": …, "type": … }'
      : 'write each connection as { "from": …, "to": … }';
  jsonObjects(entries, kind, file, issues, hint).forEach(({ row, entry }) => {
    const fields: [string, KumuValue][] = [];
    const push = (key: string, raw: unknown): void => {
      const value = jsonValue(raw);
      if (value !== undefined) fields.push([key, value]);
    };
    for (const [key, raw] of Object.entries(entry)) {
      if (key === 'attributes' && isObject(raw)) {
        for (const [inner, value] of Object.entries(raw)) push(inner, value);
      } else if (!(kind === 'connections' && DRAWING_KEYS.has(key))) {
        push(key, raw);
      }
    }
    items.push({ row, fields });
  });
  return items;
}

/** Reads Kumu's JSON (parsed). Issues name `FILE#elements` and `FILE#connections`. */
export function kumuFromJson(value: unknown, file: string, issues: IssueList): KumuExport | undefined {
  if (!isObject(value)) {
    issues.add({
      code: 'json-shape',
      file,
      message: 'a Kumu export in JSON is one object',
      hint: 'write { "elements": [...], "connections": [...] }',
    });
    return undefined;
  }
  const lists = {} as Record<'elements' | 'connections', KumuList>;
  for (const kind of ['elements', 'connections'] as const) {
    const entries = value[kind];
    const listFile = `${file}#${kind}`;
    if (entries === undefined || entries === null) {
      if (kind === 'elements') {
        issues.add({
          code: 'file-missing',
          file,
          column: kind,
          message: "the export has no 'elements' list",
          hint: 'a Kumu export holds "elements": [...] and "connections": [...]',
        });
      }
      lists[kind] = { file: listFile, items: [] };
      continue;
    }
    if (!Array.isArray(entries)) {
      issues.add({
        code: 'json-shape',
        file,
        column: kind,
        message: `'${kind}' must be a list`,
        hint: `write "${kind}": [ {...}, {...} ]`,
      });
      lists[kind] = { file: listFile, items: [] };
      continue;
    }
    lists[kind] = { file: listFile, items: jsonItems(entries, kind, listFile, issues) };
  }
  return lists;
}

type SheetKind = 'elements' | 'connections';

/** What a sheet holds, by its name or else by its header row. */
function sheetKind(name: string, header: readonly string[]): SheetKind | undefined {
  const key = name.trim().toLowerCase();
  if (key.includes('(ignore)')) return undefined;
  if (key === 'elements') return 'elements';
  if (key === 'connections') return 'connections';
  const names = header.map((h) => h.trim().toLowerCase());
  if (names.includes('from') && names.includes('to')) return 'connections';
  if (names.includes('label')) return 'elements';
  return undefined;
}

/** Reads a Kumu workbook: one sheet of elements and at most one of connections. */
export function kumuFromWorkbook(bytes: Uint8Array, file: string, issues: IssueList): KumuExport | undefined {
  const book = openWorkbookOrReport(bytes, file, issues);
  if (book === undefined) return undefined;
  const found: Record<SheetKind, { entry: SheetEntry; list: KumuList }[]> = { elements: [], connections: [] };
  for (const entry of book.sheets) {
    if (entry.name.toLowerCase().includes('(ignore)')) continue;
    const sheet = readSheetOrReport(book, entry, file, issues);
    if (sheet === undefined) continue;
    const sheetFile = `${file}#${entry.name}`;
    // Header problems are reported into a list we may drop: a sheet of notes is no error.
    const csv = sheetToCsvTable(sheet, sheetFile, new IssueList());
    const kind = sheetKind(entry.name, csv?.header ?? []);
    if (kind === undefined) continue;
    if (csv === undefined) {
      issues.add({
        code: 'file-empty',
        file: sheetFile,
        message: 'the sheet is empty: it has no header row',
        hint: 'the first row must name the columns',
      });
      continue;
    }
    const items: KumuItem[] = [];
    const used = new Set<number>();
    for (const record of csv.records) {
      const fields: [string, KumuValue][] = [];
      record.cells.forEach((cell, index) => {
        const value = cell.trim();
        if (value === '') return;
        const key = csv.header[index] ?? '';
        if (key === '') used.add(index);
        else fields.push([key, value]);
      });
      items.push({ row: record.row, fields });
    }
    for (const index of used) {
      issues.add({
        code: 'value-missing',
        file: sheetFile,
        row: csv.headerRow,
        column: `#${index + 1}`,
        message: `column ${index + 1} has values but no name in the header row`,
        hint: 'name the column in the first row, or delete it',
      });
    }
    found[kind].push({ entry, list: { file: sheetFile, headerRow: csv.headerRow, header: csv.header, items } });
  }
  for (const kind of ['elements', 'connections'] as const) {
    if (found[kind].length <= 1) continue;
    const names = found[kind].map((f) => `'${f.entry.name}'`).join(', ');
    issues.add({
      code: 'value-invalid',
      file: found[kind][1]!.list.file,
      message: `the workbook has several sheets of ${kind}: ${names}`,
      hint: `put all ${kind} on one sheet, or add "(ignore)" to the names of the sheets to skip`,
    });
  }
  const elements = found.elements[0]?.list;
  if (elements === undefined) {
    issues.add({
      code: 'file-missing',
      file: `${file}#Elements`,
      message: 'the workbook has no sheet of elements',
      hint: `Kumu's export has a sheet 'Elements' whose first row names Label, Type and the other fields; this workbook has ${book.sheets.map((s) => `'${s.name}'`).join(', ') || 'no sheets'}`,
    });
    return undefined;
  }
  return { elements, connections: found.connections[0]?.list ?? { file: `${file}#Connections`, items: [] } };
}
