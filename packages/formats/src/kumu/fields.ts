/**
 * Sorting a Kumu item's fields by what they become in the dataset: a
 * field of the contract, an attribute, the tags, or nothing; with the
 * report of two fields of one meaning.
 */
import type { AttributeValue, Attributes } from '@muster/core';
import { normaliseKey } from '@muster/core';
import type { IssueList } from '@muster/core/reader';
import type { KumuItem, KumuList, KumuValue } from './sources.js';

/** What a Kumu field becomes. */
export type Target = { field: string } | { attribute: string } | { tags: true } | { skip: true };

/** How one list's fields are sorted: the target of each key, and the hint when two keys mean one field. */
export interface FieldRules {
  classify: (key: string) => Target;
  hintFor: (field: string) => string;
}

/** A value as the text of a field: a list's values joined with `;`. */
export function text(value: KumuValue): string {
  return Array.isArray(value)
    ? value
        .map((v) => v.trim())
        .filter((v) => v !== '')
        .join(';')
    : String(value).trim();
}

function tagsText(value: KumuValue): string {
  const parts = Array.isArray(value) ? value : String(value).split(/[|;]/);
  return parts
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .join(';');
}

function attributeValue(value: KumuValue): AttributeValue {
  return typeof value === 'string' || Array.isArray(value) ? text(value) : value;
}

/** True when `key` is one of `names`, case, spacing and punctuation aside. */
export function isKey(key: string, ...names: string[]): boolean {
  const normal = normaliseKey(key);
  return names.some((n) => normaliseKey(n) === normal);
}

/** Reports two keys of one meaning once per sheet (at its header) or once per JSON entry. */
export class Duplicates {
  private readonly reported = new Set<string>();
  constructor(
    private readonly list: KumuList,
    private readonly issues: IssueList,
  ) {}

  report(item: KumuItem, meaning: string, earlier: string, key: string, hint: string): void {
    const sheet = this.list.headerRow !== undefined;
    const id = sheet ? `${meaning}\u0000${key}` : `${item.row}\u0000${meaning}\u0000${key}`;
    if (this.reported.has(id)) return;
    this.reported.add(id);
    this.issues.add({
      code: 'column-duplicate',
      file: this.list.file,
      row: sheet ? this.list.headerRow! : item.row,
      column: key,
      message: `two fields mean '${meaning}': '${earlier}' and '${key}'`,
      hint,
    });
  }
}

/**
 * Sorts one item's fields by what they become: fields by name, with the
 * key they were written under, and attributes. Two keys with the same
 * field, or attribute names differing only in case, are reported.
 */
export function sortFields(
  item: KumuItem,
  rules: FieldRules,
  duplicates: Duplicates,
): { fields: Map<string, [string, KumuValue]>; attributes: Attributes } {
  const fields = new Map<string, [string, KumuValue]>();
  const attributes: Attributes = {};
  const attributeKeys = new Map<string, string>();
  for (const [key, value] of item.fields) {
    const target = rules.classify(key);
    if ('skip' in target) continue;
    if ('field' in target) {
      const earlier = fields.get(target.field);
      if (earlier !== undefined) duplicates.report(item, target.field, earlier[0], key, rules.hintFor(target.field));
      else fields.set(target.field, [key, value]);
      continue;
    }
    const name = 'tags' in target ? 'tags' : target.attribute;
    const earlier = attributeKeys.get(name.toLowerCase());
    if (earlier !== undefined) {
      duplicates.report(item, name.toLowerCase(), earlier, key, 'keep one of them');
      continue;
    }
    attributeKeys.set(name.toLowerCase(), key);
    const converted = 'tags' in target ? tagsText(value) : attributeValue(value);
    if (converted !== '') attributes[name] = converted;
  }
  return { fields, attributes };
}

/** A sheet's columns are checked once, from its header, whether or not a row fills them. */
export function checkHeader(list: KumuList, rules: FieldRules, duplicates: Duplicates): void {
  if (list.header === undefined || list.headerRow === undefined) return;
  const item: KumuItem = { row: list.headerRow, fields: list.header.filter((h) => h !== '').map((h) => [h, h]) };
  sortFields(item, rules, duplicates);
}

/** The texts of an item's fields, empty ones left out; `columns` learns the key each field was written under. */
export function fieldTexts(
  fields: ReadonlyMap<string, [string, KumuValue]>,
  columns: Map<string, string>,
): Partial<Record<string, string>> {
  const out: Partial<Record<string, string>> = {};
  for (const [field, [key, value]] of fields) {
    columns.set(field, key);
    const written = text(value);
    if (written !== '') out[field] = written;
  }
  return out;
}

/** Where an issue about a field not written anywhere is reported: the key Kumu would use. */
export function fillColumns(columns: Map<string, string>, fallbacks: readonly (readonly [string, string])[]): void {
  for (const [field, fallback] of fallbacks) if (!columns.has(field)) columns.set(field, fallback);
}
