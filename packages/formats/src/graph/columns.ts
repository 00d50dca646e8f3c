/**
 * What GEXF and GraphML writers share: one declared column per attribute
 * name, with one type for all its values (both formats declare a type per
 * attribute, not per value), and numbers written so that they read back
 * exactly.
 */
import type { AttributeValue, Attributes } from '@muster/core';

/** A declared type: whole numbers as `integer` (32-bit) or `long`, other numbers as `double`. */
export type ColumnType = 'string' | 'integer' | 'long' | 'double' | 'boolean';

/** An attribute column: its name, its declared type, and whether its values mix types (then written as text). */
export interface Column {
  name: string;
  type: ColumnType;
  /** The values mix text, numbers and true/false: all are written as text, and read back as text. */
  mixed: boolean;
  /** How many values change type because of it (the numbers and booleans of a mixed column). */
  retyped: number;
}

const INT32 = 2 ** 31 - 1;

/** The attribute columns of `items`, in order of first appearance. */
export function attributeColumns(items: readonly Attributes[]): Column[] {
  const seen = new Map<string, { kinds: Set<string>; integer: boolean; int32: boolean; nonText: number }>();
  for (const attributes of items) {
    for (const [name, value] of Object.entries(attributes)) {
      let column = seen.get(name);
      if (column === undefined) seen.set(name, (column = { kinds: new Set(), integer: true, int32: true, nonText: 0 }));
      column.kinds.add(typeof value);
      if (typeof value !== 'string') column.nonText++;
      if (typeof value === 'number') {
        if (!Number.isSafeInteger(value) || Object.is(value, -0)) column.integer = false;
        else if (Math.abs(value) > INT32) column.int32 = false;
      }
    }
  }
  return [...seen].map(([name, column]) => {
    const mixed = column.kinds.size > 1;
    let type: ColumnType = 'string';
    if (!mixed && column.kinds.has('boolean')) type = 'boolean';
    else if (!mixed && column.kinds.has('number'))
      type = column.integer ? (column.int32 ? 'integer' : 'long') : 'double';
    return { name, type, mixed, retyped: mixed ? column.nonText : 0 };
  });
}

/** A number as text that reads back as the same number (`-0` included). */
export function numberText(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/** An attribute value as text. */
export function valueText(value: AttributeValue): string {
  return typeof value === 'number' ? numberText(value) : String(value);
}

/** A name usable as an XML id token (key and attribute ids), else undefined. */
export function idToken(name: string): string | undefined {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name) ? name : undefined;
}

/** An attribute column with its id in the document. */
export interface KeyedColumn extends Column {
  id: string;
}

/**
 * The attribute columns of `items` (see {@link attributeColumns}), each
 * with an id: its name where that is a plain token not taken (and not in
 * `avoid`), else `prefix` and a number. The ids are added to `taken`;
 * `idOf` maps a column's name to its id.
 */
export function keyedColumns(
  items: readonly Attributes[],
  prefix: string,
  taken: Set<string>,
  avoid: readonly string[] = [],
): { columns: KeyedColumn[]; idOf: Map<string, string> } {
  let next = 0;
  const columns = attributeColumns(items).map((column) => {
    const token = idToken(column.name);
    let id = token !== undefined && !taken.has(token) && !avoid.includes(token.toLowerCase()) ? token : undefined;
    while (id === undefined || taken.has(id)) id = `${prefix}${next++}`;
    taken.add(id);
    return { ...column, id };
  });
  return { columns, idOf: new Map(columns.map((column) => [column.name, column.id])) };
}
