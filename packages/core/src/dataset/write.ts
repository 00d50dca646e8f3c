/**
 * Writing a dataset back out: as a folder's CSV files (plus `profile.json`
 * when the dataset has its own profile) or as the one-file JSON form. What
 * a reader reads, these write, so CSV → Dataset → JSON → Dataset → CSV
 * loses nothing.
 */
import { csvChunks } from '../csv/write.js';
import type { AttributeValue, Attributes, Dataset } from '../model.js';
import type { DatasetFiles } from './read.js';

type Row = Record<string, AttributeValue | string[] | undefined>;

interface TableLayout {
  /** Contract columns always written. */
  always: string[];
  /** Contract columns written only when some row has a value. */
  optional: string[];
}

const LAYOUTS: Record<'actors' | 'ties' | 'ideas' | 'adoptions' | 'mentions', TableLayout> = {
  actors: { always: ['id', 'name', 'role', 'locality'], optional: ['roles', 'organisation', 'sector'] },
  ties: { always: ['source', 'target', 'kind', 'weight', 'directed'], optional: ['date'] },
  ideas: { always: ['id', 'title'], optional: ['origin', 'date'] },
  adoptions: { always: ['idea', 'actor', 'date'], optional: ['source'] },
  mentions: { always: ['idea', 'date', 'count'], optional: [] },
};

/** The rows of each table as flat records: contract fields, then attributes. */
function flatRows(dataset: Dataset): Record<keyof typeof LAYOUTS, Row[]> {
  const flat = <T extends { attributes: Attributes }>(items: T[], core: (item: T) => Row): Row[] =>
    items.map((item) => ({ ...core(item), ...item.attributes }));
  return {
    actors: flat(dataset.actors, (a) => ({
      id: a.id,
      name: a.name,
      role: a.role,
      locality: a.locality,
      roles: a.roles.length > 0 ? a.roles : undefined,
      organisation: a.organisation,
      sector: a.sector,
    })),
    ties: flat(dataset.ties, (t) => ({
      source: t.source,
      target: t.target,
      kind: t.kind,
      weight: t.weight,
      directed: t.directed,
      date: t.date,
    })),
    ideas: flat(dataset.ideas, (i) => ({ id: i.id, title: i.title, origin: i.origin, date: i.date })),
    adoptions: flat(dataset.adoptions, (a) => ({ idea: a.idea, actor: a.actor, date: a.date, source: a.source })),
    mentions: flat(dataset.mentions, (m) => ({ idea: m.idea, date: m.date, count: m.count })),
  };
}

/** The tables a dataset is written with, in the contract's order: actors and ties always, the others when they have rows. */
function writtenTables(rows: Record<keyof typeof LAYOUTS, Row[]>): (keyof typeof LAYOUTS)[] {
  return (Object.keys(LAYOUTS) as (keyof typeof LAYOUTS)[]).filter(
    (name) => name === 'actors' || name === 'ties' || rows[name].length > 0,
  );
}

/** A table of the dataset as a writer lays it out: its name, its header, and each row's values in header order. */
export interface DatasetTable {
  name: keyof typeof LAYOUTS;
  header: string[];
  rows: (AttributeValue | string[] | undefined)[][];
}

/** The header of a table: the contract's columns (optional ones only when some row has a value), then attributes. */
function headerOf(rows: Row[], layout: TableLayout): string[] {
  const header = [...layout.always];
  for (const column of layout.optional) {
    if (rows.some((row) => row[column] !== undefined)) header.push(column);
  }
  const core = new Set([...layout.always, ...layout.optional]);
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!core.has(key) && !seen.has(key)) {
        seen.add(key);
        header.push(key);
      }
    }
  }
  return header;
}

/**
 * The dataset as the tables every tabular writer lays out alike (CSV files,
 * workbook sheets): `actors` and `ties` always, `ideas`, `adoptions` and
 * `mentions` when they have rows; the contract's columns in the contract's
 * order, optional ones only when used, then attributes in order of first use.
 */
export function datasetTables(dataset: Dataset): DatasetTable[] {
  const rows = flatRows(dataset);
  return writtenTables(rows).map((name) => {
    const header = headerOf(rows[name], LAYOUTS[name]);
    return { name, header, rows: rows[name].map((row) => header.map((column) => row[column])) };
  });
}

function cellText(value: AttributeValue | string[] | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(';');
  return String(value);
}

/** Each row's cells as text, one row at a time: a second copy of the whole table is never held. */
function* cellTexts(rows: DatasetTable['rows']): Generator<string[]> {
  for (const row of rows) yield row.map(cellText);
}

/**
 * The dataset as a folder's files, each as chunks of text to write one
 * after the other (no file is ever one string, so any dataset that can be
 * read can be written): actors.csv and ties.csv always; ideas, adoptions
 * and mentions when they have rows; profile.json when the dataset carries
 * its own profile.
 */
export function datasetFileChunks(dataset: Dataset): Record<string, Iterable<string>> {
  const files: Record<string, Iterable<string>> = {};
  for (const table of datasetTables(dataset))
    files[`${table.name}.csv`] = csvChunks(table.header, cellTexts(table.rows));
  if (dataset.profile !== undefined) files['profile.json'] = [JSON.stringify(dataset.profile, null, 2) + '\n'];
  return files;
}

/** {@link datasetFileChunks}, each file as one string. */
export function datasetToFiles(dataset: Dataset): DatasetFiles {
  const files: Record<string, string> = {};
  for (const [name, chunks] of Object.entries(datasetFileChunks(dataset))) files[name] = [...chunks].join('');
  return files as DatasetFiles;
}

/** How many rows go in one chunk of text. */
const CHUNK_ROWS = 2000;

/**
 * The dataset in the one-file JSON form, indented, with a final newline, in
 * chunks: the same bytes as `JSON.stringify(document, null, 2)`, a few
 * thousand rows at a time.
 */
export function* datasetJsonChunks(dataset: Dataset): Generator<string> {
  const rows = flatRows(dataset);
  const lists = writtenTables(rows);
  yield '{\n';
  for (const [k, name] of lists.entries()) {
    const list = rows[name];
    yield `${k > 0 ? ',\n' : ''}  ${JSON.stringify(name)}: ${list.length === 0 ? '[]' : '['}`;
    for (let start = 0; start < list.length; start += CHUNK_ROWS) {
      // JSON.stringify leaves out the properties whose value is undefined (the unused optional fields).
      const items = list.slice(start, start + CHUNK_ROWS).map((row) => JSON.stringify(row, null, 2));
      yield `${start > 0 ? ',' : ''}\n    ${items.join(',\n').replace(/\n/g, '\n    ')}`;
    }
    if (list.length > 0) yield '\n  ]';
  }
  if (dataset.profile !== undefined)
    yield `,\n  "profile": ${JSON.stringify(dataset.profile, null, 2).replace(/\n/g, '\n  ')}`;
  yield '\n}\n';
}

/** {@link datasetJsonChunks} as one string. */
export function datasetToJson(dataset: Dataset): string {
  return [...datasetJsonChunks(dataset)].join('');
}
