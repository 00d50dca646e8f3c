/**
 * Kumu's elements and connections as the dataset's raw `actors` and `ties`
 * tables, through the mapping:
 *
 * | Kumu                              | Muster                                             |
 * | --------------------------------- | -------------------------------------------------- |
 * | element `ID` / `_id`, `Label`     | actor `id` (the id, or the label), `name`          |
 * | element `Type` / `element type`   | `role`: the mapping's `roles`, else profile aliases |
 * | the locality field (`Locality`)   | `locality`, or the mapping's value                 |
 * | `Organization`, `Sector`, `Roles` | `organisation`, `sector`, `roles`                  |
 * | `Tags` (`\|` or `;` between)       | attribute `tags`, joined with `;`                  |
 * | other fields (`Description`, …)   | attributes, named as in Kumu                       |
 * | connection `From`, `To`           | `source`, `target` (element ids or labels; `a\|b` in To gives a tie to each) |
 * | `Type` / `connection type`        | `kind`: the mapping's `tieKinds`, else normalised  |
 * | `Direction`                       | `directed`: `directed` (Kumu's default) or not (`mutual`, `undirected`) |
 * | `Strength`                        | `weight`                                           |
 *
 * The tables then go through `buildDataset`, so every check of the CSV
 * path applies; its issues are reworded in Kumu's terms (`rewordIssues`).
 */
import type { InputIssue } from '@muster/core';
import type { IssueList } from '@muster/core/reader';
import type { AttributeValue, Attributes } from '@muster/core';
import { normaliseKey } from '@muster/core';
import { TABLE_SPECS, contractField, type RawRecord, type RawTable } from '@muster/core/reader';
import type { KumuMapping } from './mapping.js';
import type { KumuExport, KumuItem, KumuList, KumuValue } from './sources.js';

/** What the rewording needs to know about the elements. */
export interface ElementNotes {
  file: string;
  /** Row → the element's label, to name it in messages. */
  labels: Map<number, string>;
  /** Rows whose role came from the mapping (its roles were checked against the profile already). */
  mappedRows: Set<number>;
}

export interface KumuTables {
  actors: RawTable;
  ties: RawTable;
  notes: ElementNotes;
  /** Problems of values found while mapping (a label shared by elements), to report with the value checks. */
  valueIssues: InputIssue[];
}

type Target = { field: string } | { attribute: string } | { tags: true } | { skip: true };

function text(value: KumuValue): string {
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

/** Reports two keys of one meaning once per sheet (at its header) or once per JSON entry. */
class Duplicates {
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
 * Sorts one item's fields by what they become. `classify` names the target
 * of a key; two keys with the same field, or attribute names differing only
 * in case, are reported.
 */
function sortFields(
  item: KumuItem,
  classify: (key: string) => Target,
  duplicates: Duplicates,
  hintFor: (field: string) => string,
): { fields: Map<string, [string, KumuValue]>; attributes: Attributes } {
  const fields = new Map<string, [string, KumuValue]>();
  const attributes: Attributes = {};
  const attributeKeys = new Map<string, string>();
  for (const [key, value] of item.fields) {
    const target = classify(key);
    if ('skip' in target) continue;
    if ('field' in target) {
      const earlier = fields.get(target.field);
      if (earlier !== undefined) duplicates.report(item, target.field, earlier[0], key, hintFor(target.field));
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
function checkHeader(
  list: KumuList,
  classify: (key: string) => Target,
  duplicates: Duplicates,
  hintFor: (field: string) => string,
): void {
  if (list.header === undefined || list.headerRow === undefined) return;
  const item: KumuItem = { row: list.headerRow, fields: list.header.filter((h) => h !== '').map((h) => [h, h]) };
  sortFields(item, classify, duplicates, hintFor);
}

function isKey(key: string, ...names: string[]): boolean {
  const normal = normaliseKey(key);
  return names.some((n) => normaliseKey(n) === normal);
}

/**
 * Builds the raw `actors` and `ties` tables of a Kumu export. Structural
 * problems (two fields of one meaning) go to `issues`.
 */
export function kumuTables(source: KumuExport, mapping: KumuMapping, issues: IssueList): KumuTables {
  const valueIssues: InputIssue[] = [];
  const elements = source.elements;
  const roleField = mapping.roleField;
  const localityField = mapping.locality?.field ?? 'Locality';
  const classifyElement = (key: string): Target => {
    if (key === '_id' || isKey(key, 'id')) return { field: 'kumuId' };
    if (isKey(key, 'label')) return { field: 'name' };
    if (roleField !== undefined ? isKey(key, roleField) : isKey(key, 'type', 'element type')) return { field: 'role' };
    if (isKey(key, localityField)) return { field: 'locality' };
    if (isKey(key, 'tags')) return { tags: true };
    const field = contractField(TABLE_SPECS.actors, key);
    return field !== undefined ? { field } : { attribute: key };
  };
  const elementHint = (field: string): string =>
    field === 'role'
      ? 'keep one, or say which names the role with "roleField" in the mapping'
      : field === 'locality'
        ? 'keep one, or say which holds the locality with "locality": { "field": … } in the mapping'
        : 'keep one of them';

  const notes: ElementNotes = { file: elements.file, labels: new Map(), mappedRows: new Set() };
  const actorColumns = new Map<string, string>();
  const actorRecords: RawRecord[] = [];
  const byKumuId = new Map<string, string>();
  const byLabel = new Map<string, { id: string; rows: number[] }>();
  const roleMap = new Map(Object.entries(mapping.roles ?? {}).map(([k, v]) => [normaliseKey(k), v]));
  const duplicates = new Duplicates(elements, issues);
  checkHeader(elements, classifyElement, duplicates, elementHint);
  for (const item of elements.items) {
    const { fields, attributes } = sortFields(item, classifyElement, duplicates, elementHint);
    const out: Partial<Record<string, string>> = {};
    for (const [field, [key, value]] of fields) {
      actorColumns.set(field, key);
      const written = text(value);
      if (written !== '') out[field] = written;
    }
    const label = out.name;
    const kumuId = out.kumuId;
    delete out.kumuId;
    if (label !== undefined) notes.labels.set(item.row, label);
    const id = mapping.id === 'label' ? label : (kumuId ?? label);
    if (id !== undefined) out.id = id;
    if (out.role !== undefined) {
      const mapped = roleMap.get(normaliseKey(out.role));
      if (mapped !== undefined) {
        out.role = mapped;
        notes.mappedRows.add(item.row);
      }
    }
    if (out.locality === undefined && mapping.locality?.value !== undefined) out.locality = mapping.locality.value;
    if (id !== undefined) {
      if (kumuId !== undefined) byKumuId.set(kumuId, id);
      if (label !== undefined) {
        const entry = byLabel.get(label);
        if (entry === undefined) byLabel.set(label, { id, rows: [item.row] });
        else entry.rows.push(item.row);
      }
    }
    actorRecords.push({ row: item.row, fields: out, lists: {}, attributes });
  }
  // Where an issue about a field is reported: the key as the export wrote it.
  const idKey = mapping.id !== 'label' ? actorColumns.get('kumuId') : undefined;
  actorColumns.set('id', idKey ?? actorColumns.get('name') ?? 'Label');
  actorColumns.delete('kumuId');
  for (const [field, fallback] of [
    ['name', 'Label'],
    ['role', roleField ?? 'Type'],
    ['locality', localityField],
  ] as const) {
    if (!actorColumns.has(field)) actorColumns.set(field, fallback);
  }

  const connections = source.connections;
  const kindMap = new Map(Object.entries(mapping.tieKinds ?? {}).map(([k, v]) => [normaliseKey(k), v]));
  const classifyConnection = (key: string): Target => {
    if (key === '_id' || isKey(key, 'id')) return { skip: true };
    if (isKey(key, 'from')) return { field: 'source' };
    if (isKey(key, 'to')) return { field: 'target' };
    if (isKey(key, 'type', 'connection type')) return { field: 'kind' };
    if (isKey(key, 'direction')) return { field: 'directed' };
    if (isKey(key, 'strength')) return { field: 'weight' };
    if (isKey(key, 'tags')) return { tags: true };
    const field = contractField(TABLE_SPECS.ties, key);
    return field !== undefined ? { field } : { attribute: key };
  };
  const endpoint = (text: string, item: KumuItem, column: string): string => {
    const byId = byKumuId.get(text);
    if (byId !== undefined) return byId;
    const labelled = byLabel.get(text);
    if (labelled === undefined) return text;
    if (labelled.rows.length > 1) {
      valueIssues.push({
        code: 'actor-unknown',
        file: connections.file,
        row: item.row,
        column,
        value: text,
        message: `'${text}' is the label of ${labelled.rows.length} elements (rows ${labelled.rows.join(', ')})`,
        hint: "give the elements IDs and use the IDs in From and To, as Kumu's guide on duplicate labels says",
      });
    }
    return labelled.id;
  };
  const tieColumns = new Map<string, string>();
  const tieRecords: RawRecord[] = [];
  const tieDuplicates = new Duplicates(connections, issues);
  checkHeader(connections, classifyConnection, tieDuplicates, () => 'keep one of them');
  for (const item of connections.items) {
    const { fields, attributes } = sortFields(item, classifyConnection, tieDuplicates, () => 'keep one of them');
    const out: Partial<Record<string, string>> = {};
    for (const [field, [key, value]] of fields) {
      tieColumns.set(field, key);
      const value_ = text(value);
      if (value_ !== '') out[field] = value_;
    }
    if (out.kind !== undefined) out.kind = kindMap.get(normaliseKey(out.kind)) ?? out.kind;
    out.directed = directedText(out.directed);
    const from = out.source;
    if (from !== undefined) out.source = endpoint(from, item, fields.get('source')![0]);
    // `a|b` in To draws a connection to each, in Kumu.
    const targets =
      out.target === undefined
        ? [undefined]
        : out.target
            .split('|')
            .map((t) => t.trim())
            .filter((t) => t !== '');
    for (const target of targets.length === 0 ? [undefined] : targets) {
      const record = { ...out };
      if (target === undefined) delete record.target;
      else record.target = endpoint(target, item, fields.get('target')![0]);
      tieRecords.push({ row: item.row, fields: record, lists: {}, attributes });
    }
  }
  for (const [field, fallback] of [
    ['source', 'From'],
    ['target', 'To'],
    ['directed', 'Direction'],
  ] as const) {
    if (!tieColumns.has(field)) tieColumns.set(field, fallback);
  }
  return {
    actors: {
      name: 'actors',
      file: elements.file,
      format: 'json',
      decimalComma: false,
      columns: actorColumns,
      records: actorRecords,
    },
    ties: {
      name: 'ties',
      file: connections.file,
      format: 'json',
      decimalComma: false,
      columns: tieColumns,
      records: tieRecords,
    },
    notes,
    valueIssues,
  };
}

/** Kumu's direction as the dataset's `directed`: Kumu draws a connection with no direction as directed. */
function directedText(direction: string | undefined): string {
  if (direction === undefined) return 'true';
  const key = direction.toLowerCase();
  if (key === 'directed') return 'true';
  if (key === 'mutual' || key === 'undirected') return 'false';
  return direction; // true/false/yes/no pass; anything else is reported by the dataset checks
}

/**
 * The dataset checks' issues, said in Kumu's terms where Kumu's words
 * differ: elements named by their label, a hint to map an unknown type, the
 * Kumu fields (Strength, Direction, From, To) named.
 */
export function rewordIssues(issues: readonly InputIssue[], notes: ElementNotes): InputIssue[] {
  const noLabel = new Set(
    issues.filter((i) => i.file === notes.file && i.message === "'name' is empty").map((i) => i.row),
  );
  const out: InputIssue[] = [];
  for (const issue of issues) {
    const ofElements = issue.file === notes.file;
    const label = ofElements && issue.row !== undefined ? notes.labels.get(issue.row) : undefined;
    const named = label !== undefined ? `the element '${label}'` : 'the element';
    const column = issue.column ?? '';
    if (ofElements && issue.code === 'value-missing') {
      if (issue.message === "'id' is empty" && noLabel.has(issue.row)) continue; // said once, as the missing Label
      if (issue.message === "'locality' is empty") {
        out.push({
          ...issue,
          message: `${named} has no locality`,
          hint: `give it a '${column}' field, or one locality for every element in the mapping: "locality": { "value": "Riverside" }`,
        });
        continue;
      }
      if (issue.message === "'role' is empty") {
        out.push({
          ...issue,
          message: `${named} has no ${column}`,
          hint: `give it a ${column} that names a role of the profile`,
        });
        continue;
      }
      if (issue.message === "'name' is empty") {
        out.push({
          ...issue,
          message: `the element has no ${column}`,
          hint: "every element needs a Label: it becomes the actor's name",
        });
        continue;
      }
    }
    if (ofElements && issue.code === 'role-unknown' && issue.row !== undefined && !notes.mappedRows.has(issue.row)) {
      const mapHint = `map the Kumu type to a role in the mapping: "roles": { "${issue.value}": "ROLE" }`;
      out.push({ ...issue, hint: issue.hint ? `${issue.hint}; or ${mapHint}` : mapHint });
      continue;
    }
    if (!ofElements && issue.code === 'weight-invalid') {
      out.push({
        ...issue,
        hint: `Kumu's ${column} becomes the tie weight: write a number greater than 0, or leave it empty for 1`,
      });
      continue;
    }
    if (!ofElements && issue.code === 'directed-invalid') {
      out.push({
        ...issue,
        message: `'${issue.value}' is not a Kumu direction`,
        hint: 'write directed, mutual or undirected (an empty Direction is directed, as in Kumu)',
      });
      continue;
    }
    if (!ofElements && issue.code === 'value-missing' && /^'(source|target)' is empty$/.test(issue.message)) {
      out.push({ ...issue, message: `the connection has no ${column}` });
      continue;
    }
    out.push(issue);
  }
  return out;
}
