/**
 * The tables of a dataset, before their values are checked: each row as
 * the contract's fields (trimmed text) plus free attributes, whichever
 * format it came from. CSV and JSON readers produce these; `build.ts`
 * checks them and makes the `Dataset`.
 */
import type { AttributeValue, Attributes } from '../model.js';
import type { IssueList } from '../errors.js';
import type { CsvStream } from '../csv/parse.js';
import { normaliseKey } from '../normalise.js';

/** The tables of the contract, named like their CSV files without `.csv`. */
export type TableName = 'actors' | 'ties' | 'ideas' | 'adoptions' | 'mentions';

/** The contract's columns per table; others become attributes. */
export interface TableSpec {
  required: readonly string[];
  optional: readonly string[];
  /** Other headers users write for a contract column (`label` for `name`, from Gephi). */
  aliases: Readonly<Record<string, string>>;
}

export const TABLE_SPECS: Readonly<Record<TableName, TableSpec>> = {
  actors: {
    required: ['id', 'name', 'role', 'locality'],
    optional: ['roles', 'organisation', 'sector'],
    aliases: { label: 'name', organization: 'organisation' },
  },
  ties: {
    required: ['source', 'target'],
    optional: ['kind', 'weight', 'directed', 'date'],
    aliases: { type: 'kind' },
  },
  ideas: { required: ['id', 'title'], optional: ['origin', 'date'], aliases: {} },
  adoptions: { required: ['idea', 'actor', 'date'], optional: ['source'], aliases: {} },
  mentions: { required: ['idea', 'date', 'count'], optional: [], aliases: {} },
};

/** One row: where it is, its contract fields (non-empty, trimmed) and its attributes. */
export interface RawRecord {
  row: number;
  fields: Partial<Record<string, string>>;
  /** For JSON: a list of strings given where the contract allows one (`roles`). */
  lists: Partial<Record<string, string[]>>;
  attributes: Attributes;
  /**
   * Where this record's fields were read, when it differs from the table's
   * columns: a reader whose records come from cells (a matrix, a Kumu
   * connection) names each field's own column so problems point at it.
   */
  columns?: Partial<Record<string, string>>;
}

/** A table as read: the file it came from, the header names of the fields, the rows. */
export interface RawTable {
  name: TableName;
  file: string;
  /** CSV checks required columns once in the header; JSON checks each entry. */
  format: 'csv' | 'json';
  /** Numbers may use a decimal comma (`0,5`): in `;`-delimited files, as European spreadsheets write them. */
  decimalComma: boolean;
  /** The contract fields present, mapped to the column name as the user wrote it. */
  columns: Map<string, string>;
  records: RawRecord[];
}

const NO_LISTS: Partial<Record<string, string[]>> = Object.freeze({});

/** Which contract field a header names, if any (case-, accent- and spacing-insensitive). */
export function contractField(spec: TableSpec, header: string): string | undefined {
  const key = normaliseKey(header);
  if (spec.required.includes(key) || spec.optional.includes(key)) return key;
  return spec.aliases[key];
}

/** Turns a parsed CSV file into a raw table, reporting header problems. */
export function tableFromCsv(name: TableName, csv: CsvStream, issues: IssueList): RawTable {
  const spec = TABLE_SPECS[name];
  const file = csv.file;
  const columns = new Map<string, string>();
  // For each cell position: the contract field, an attribute name, or nothing.
  const roleOf: ({ field: string } | { attribute: string } | null)[] = [];
  const seenAttributes = new Map<string, string>();
  // Columns without a name, and the first row that gives one a value (reported after the rows are read).
  const unnamed = new Map<number, number | undefined>();
  csv.header.forEach((header, index) => {
    if (header === '') {
      roleOf.push(null);
      unnamed.set(index, undefined);
      return;
    }
    const field = contractField(spec, header);
    if (field !== undefined) {
      const earlier = columns.get(field);
      if (earlier !== undefined) {
        issues.add({
          code: 'column-duplicate',
          file,
          row: csv.headerRow,
          column: header,
          field,
          message: `two columns mean '${field}': '${earlier}' and '${header}'`,
          hint: 'keep one of them',
        });
        roleOf.push(null);
        return;
      }
      columns.set(field, header);
      roleOf.push({ field });
      return;
    }
    const earlier = seenAttributes.get(header.toLowerCase());
    if (earlier !== undefined) {
      issues.add({
        code: 'column-duplicate',
        file,
        row: csv.headerRow,
        column: header,
        message: `the column '${header}' appears twice`,
        hint: 'rename or remove one of them',
      });
      roleOf.push(null);
      return;
    }
    seenAttributes.set(header.toLowerCase(), header);
    roleOf.push({ attribute: header });
  });

  for (const field of spec.required) {
    if (!columns.has(field)) {
      issues.add({
        code: 'column-missing',
        file,
        row: csv.headerRow,
        column: field,
        field,
        message: `the required column '${field}' is missing`,
        hint: `the header row must name ${spec.required.join(', ')}; it names ${csv.header.filter((h) => h !== '').join(', ') || 'nothing'}`,
      });
    }
  }

  // Flat lists of (cell position, name): this loop runs once per row of files with millions of rows.
  const fieldColumns: [number, string][] = [];
  const attributeColumns: [number, string][] = [];
  roleOf.forEach((role, index) => {
    if (role === null) return;
    if ('field' in role) fieldColumns.push([index, role.field]);
    else attributeColumns.push([index, role.attribute]);
  });
  const records: RawRecord[] = [];
  for (const record of csv.records) {
    if (record.cells.length > csv.header.length) {
      const extra = record.cells.slice(csv.header.length);
      if (extra.some((c) => c.trim() !== '')) {
        issues.add({
          code: 'row-too-wide',
          file,
          row: record.row,
          value: extra.join(csv.delimiter),
          message: `the row has ${record.cells.length} cells but the header names ${csv.header.length} ${csv.header.length === 1 ? 'column' : 'columns'}`,
          hint: `quote values that contain '${csv.delimiter === '\t' ? 'tab' : csv.delimiter}', or name the extra columns`,
        });
      }
    }
    const fields: Partial<Record<string, string>> = {};
    const attributes: Attributes = {};
    const cells = record.cells;
    for (let k = 0; k < fieldColumns.length; k++) {
      const [index, field] = fieldColumns[k]!;
      const cell = cells[index];
      if (cell === undefined) continue;
      const value = cell.trim();
      if (value !== '') fields[field] = value;
    }
    for (let k = 0; k < attributeColumns.length; k++) {
      const [index, attribute] = attributeColumns[k]!;
      const cell = cells[index];
      if (cell === undefined) continue;
      const value = cell.trim();
      if (value !== '') attributes[attribute] = value;
    }
    records.push({ row: record.row, fields, lists: NO_LISTS, attributes });
    if (unnamed.size > 0)
      for (const [index, used] of unnamed)
        if (used === undefined && (cells[index] ?? '').trim() !== '') unnamed.set(index, record.row);
  }
  for (const [index, used] of unnamed) {
    if (used === undefined) continue;
    issues.add({
      code: 'value-missing',
      file,
      row: csv.headerRow,
      column: `#${index + 1}`,
      message: `column ${index + 1} has values (first in row ${used}) but no name in the header row`,
      hint: 'name the column in the header row, or delete it',
    });
  }
  return { name, file, format: 'csv', decimalComma: csv.delimiter === ';', columns, records };
}

/** Text of a JSON scalar for a contract field. */
function scalarText(value: AttributeValue): string {
  return typeof value === 'string' ? value.trim() : String(value);
}

/**
 * Turns the entries of one JSON array into a raw table. Entries must be
 * objects of scalars (`roles` may also be a list of strings); other shapes
 * are reported.
 */
export function tableFromJson(name: TableName, entries: unknown[], file: string, issues: IssueList): RawTable {
  const spec = TABLE_SPECS[name];
  const columns = new Map<string, string>();
  const records: RawRecord[] = [];
  entries.forEach((entry, index) => {
    const row = index + 1;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      issues.add({
        code: 'json-shape',
        file,
        row,
        value: JSON.stringify(entry)?.slice(0, 80),
        message: `entry ${row} of '${name}' is not an object`,
        hint: `write each of ${name} as { "${spec.required[0]}": … }`,
      });
      return;
    }
    const fields: Partial<Record<string, string>> = {};
    const lists: Partial<Record<string, string[]>> = {};
    const attributes: Attributes = {};
    // Two keys of one meaning ("Label" and "name", "Gender" and "gender") are refused, as two such CSV columns are.
    const keyOf = new Map<string, string>();
    const duplicate = (meaning: string, key: string): boolean => {
      const earlier = keyOf.get(meaning);
      if (earlier === undefined) {
        keyOf.set(meaning, key);
        return false;
      }
      issues.add({
        code: 'column-duplicate',
        file,
        row,
        column: key,
        ...(contractField(spec, key) === undefined ? {} : { field: meaning }),
        message: `two fields mean '${meaning}': '${earlier}' and '${key}'`,
        hint: 'keep one of them',
      });
      return true;
    };
    for (const [key, value] of Object.entries(entry as Record<string, unknown>)) {
      if (value === null || value === undefined) continue;
      const field = contractField(spec, key);
      if (duplicate(field ?? key.toLowerCase(), key)) continue;
      if (field === 'roles' && Array.isArray(value) && value.every((v) => typeof v === 'string')) {
        lists[field] = (value as string[]).map((v) => v.trim()).filter((v) => v !== '');
        columns.set(field, key);
        continue;
      }
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        issues.add({
          code: 'json-shape',
          file,
          row,
          column: key,
          value: JSON.stringify(value).slice(0, 80),
          message: `'${key}' must be a string, a number or true/false`,
          hint: field === 'roles' ? 'roles may also be a list of strings' : undefined,
        });
        continue;
      }
      if (typeof value === 'number' && !Number.isFinite(value)) {
        // JSON.parse turns 1e400 into Infinity: say so rather than drop it.
        issues.add({
          code: 'value-invalid',
          file,
          row,
          column: key,
          value: String(value),
          message: `'${key}' is a number too large to hold`,
          hint: 'write a smaller number',
        });
        continue;
      }
      if (field !== undefined) {
        const text = scalarText(value);
        if (text !== '') fields[field] = text;
        columns.set(field, key);
      } else if (typeof value !== 'string' || value.trim() !== '') {
        attributes[key] = typeof value === 'string' ? value.trim() : value;
      }
    }
    records.push({ row, fields, lists, attributes });
  });
  return { name, file, format: 'json', decimalComma: false, columns, records };
}
