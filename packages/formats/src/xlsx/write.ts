/**
 * A dataset as an `.xlsx` workbook: one sheet per table, laid out as
 * `datasetToFiles` lays out the CSV files (the same columns in the same
 * order; optional columns only when some row has a value; attributes after
 * the contract's columns), plus a `profile` sheet holding the dataset's own
 * profile as JSON, one line per row, when it has one. `parseWorkbook`
 * reads it back equal.
 */
import type { AttributeValue, Attributes, Dataset } from '@muster/core';
import type { TableName } from '@muster/core/reader';
import { writeWorkbook, type CellValue, type SheetData } from './workbook-write.js';

type Row = Record<string, AttributeValue | undefined>;

interface Layout {
  always: readonly string[];
  optional: readonly string[];
}

const LAYOUTS: Readonly<Record<TableName, Layout>> = {
  actors: { always: ['id', 'name', 'role', 'locality'], optional: ['roles', 'organisation', 'sector'] },
  ties: { always: ['source', 'target', 'kind', 'weight', 'directed'], optional: ['date'] },
  ideas: { always: ['id', 'title'], optional: ['origin', 'date'] },
  adoptions: { always: ['idea', 'actor', 'date'], optional: ['source'] },
  mentions: { always: ['idea', 'date', 'count'], optional: [] },
};

function rowsOf<T extends { attributes: Attributes }>(items: readonly T[], core: (item: T) => Row): Row[] {
  return items.map((item) => ({ ...core(item), ...item.attributes }));
}

function tableSheet(name: TableName, rows: readonly Row[]): SheetData {
  const layout = LAYOUTS[name];
  const header = [...layout.always];
  for (const column of layout.optional) if (rows.some((row) => row[column] !== undefined)) header.push(column);
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
  const body = rows.map((row) => header.map((column): CellValue => row[column]));
  return { name, rows: [header, ...body] };
}

/**
 * The dataset as the bytes of an `.xlsx` workbook: sheets `actors` and
 * `ties` always; `ideas`, `adoptions` and `mentions` when they have rows;
 * `profile` when the dataset carries its own profile. Weights, counts and
 * numeric attributes are written as numbers, `directed` and boolean
 * attributes as booleans, everything else (ids, dates) as text. Like the
 * other writers it does not check the dataset.
 */
export function datasetToWorkbook(dataset: Dataset): Uint8Array {
  const sheets: SheetData[] = [
    tableSheet(
      'actors',
      rowsOf(dataset.actors, (a) => ({
        id: a.id,
        name: a.name,
        role: a.role,
        locality: a.locality,
        roles: a.roles.length > 0 ? a.roles.join(';') : undefined,
        organisation: a.organisation,
        sector: a.sector,
      })),
    ),
    tableSheet(
      'ties',
      rowsOf(dataset.ties, (t) => ({
        source: t.source,
        target: t.target,
        kind: t.kind,
        weight: t.weight,
        directed: t.directed,
        date: t.date,
      })),
    ),
  ];
  if (dataset.ideas.length > 0) {
    sheets.push(
      tableSheet(
        'ideas',
        rowsOf(dataset.ideas, (i) => ({ id: i.id, title: i.title, origin: i.origin, date: i.date })),
      ),
    );
  }
  if (dataset.adoptions.length > 0) {
    sheets.push(
      tableSheet(
        'adoptions',
        rowsOf(dataset.adoptions, (a) => ({ idea: a.idea, actor: a.actor, date: a.date, source: a.source })),
      ),
    );
  }
  if (dataset.mentions.length > 0) {
    sheets.push(
      tableSheet(
        'mentions',
        rowsOf(dataset.mentions, (m) => ({ idea: m.idea, date: m.date, count: m.count })),
      ),
    );
  }
  if (dataset.profile !== undefined) {
    const lines = JSON.stringify(dataset.profile, null, 2).split('\n');
    sheets.push({ name: 'profile', rows: lines.map((line) => [line]), header: false });
  }
  return writeWorkbook(sheets);
}
