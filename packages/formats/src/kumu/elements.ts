/**
 * Kumu's elements as the dataset's raw `actors` table (the mapping is
 * described in `tables.ts`), and the index connections find them by.
 */
import { normaliseKey } from '@muster/core';
import { TABLE_SPECS, contractField, type IssueList, type RawRecord, type RawTable } from '@muster/core/reader';
import type { KumuMapping } from './mapping.js';
import type { KumuItem, KumuList } from './sources.js';
import { Duplicates, checkHeader, fieldTexts, fillColumns, isKey, sortFields, type FieldRules } from './fields.js';

/** What the rewording needs to know about the elements. */
export interface ElementNotes {
  file: string;
  /** Row → the element's label, to name it in messages. */
  labels: Map<number, string>;
  /** Rows whose role came from the mapping (its roles were checked against the profile already). */
  mappedRows: Set<number>;
}

/** Actor ids by the Kumu id and by the label a connection may name an element with. */
export interface ElementIndex {
  byKumuId: Map<string, string>;
  byLabel: Map<string, { id: string; rows: number[] }>;
}

/** What the elements give: the table, the notes for rewording, the index for connections. */
export interface Elements {
  table: RawTable;
  notes: ElementNotes;
  index: ElementIndex;
}

/** The running state of reading the elements. */
interface ElementState {
  readonly mapping: KumuMapping;
  /** The mapping's roles by normalised Kumu type. */
  readonly roleMap: Map<string, string>;
  readonly notes: ElementNotes;
  readonly index: ElementIndex;
  /** Field → the key the export wrote it under. */
  readonly columns: Map<string, string>;
}

function elementRules(mapping: KumuMapping): FieldRules {
  const roleField = mapping.roleField;
  const localityField = mapping.locality?.field ?? 'Locality';
  return {
    classify: (key) => {
      if (key === '_id' || isKey(key, 'id')) return { field: 'kumuId' };
      if (isKey(key, 'label')) return { field: 'name' };
      if (roleField !== undefined ? isKey(key, roleField) : isKey(key, 'type', 'element type'))
        return { field: 'role' };
      if (isKey(key, localityField)) return { field: 'locality' };
      if (isKey(key, 'tags')) return { tags: true };
      const field = contractField(TABLE_SPECS.actors, key);
      return field !== undefined ? { field } : { attribute: key };
    },
    hintFor: (field) =>
      field === 'role'
        ? 'keep one, or say which names the role with "roleField" in the mapping'
        : field === 'locality'
          ? 'keep one, or say which holds the locality with "locality": { "field": … } in the mapping'
          : 'keep one of them',
  };
}

/**
 * The actor record of one element: its id (the Kumu id, or the label),
 * its role through the mapping, its locality or the mapping's; the
 * element is added to the index and the notes.
 */
function elementRecord(
  state: ElementState,
  item: KumuItem,
  fields: Parameters<typeof fieldTexts>[0],
): RawRecord['fields'] {
  const { mapping, notes, index } = state;
  const out = fieldTexts(fields, state.columns);
  const label = out.name;
  const kumuId = out.kumuId;
  delete out.kumuId;
  if (label !== undefined) notes.labels.set(item.row, label);
  const id = mapping.id === 'label' ? label : (kumuId ?? label);
  if (id !== undefined) out.id = id;
  if (out.role !== undefined) {
    const mapped = state.roleMap.get(normaliseKey(out.role));
    if (mapped !== undefined) {
      out.role = mapped;
      notes.mappedRows.add(item.row);
    }
  }
  if (out.locality === undefined && mapping.locality?.value !== undefined) out.locality = mapping.locality.value;
  if (id !== undefined) {
    if (kumuId !== undefined) index.byKumuId.set(kumuId, id);
    if (label !== undefined) {
      const entry = index.byLabel.get(label);
      if (entry === undefined) index.byLabel.set(label, { id, rows: [item.row] });
      else entry.rows.push(item.row);
    }
  }
  return out;
}

/** Where an issue about a field is reported: the key as the export wrote it, else Kumu's name for it. */
function finishColumns(columns: Map<string, string>, mapping: KumuMapping): void {
  const idKey = mapping.id !== 'label' ? columns.get('kumuId') : undefined;
  columns.set('id', idKey ?? columns.get('name') ?? 'Label');
  columns.delete('kumuId');
  fillColumns(columns, [
    ['name', 'Label'],
    ['role', mapping.roleField ?? 'Type'],
    ['locality', mapping.locality?.field ?? 'Locality'],
  ]);
}

/** The raw `actors` table of Kumu's elements. Two fields of one meaning go to `issues`. */
export function elementsTable(elements: KumuList, mapping: KumuMapping, issues: IssueList): Elements {
  const state: ElementState = {
    mapping,
    roleMap: new Map(Object.entries(mapping.roles ?? {}).map(([k, v]) => [normaliseKey(k), v])),
    notes: { file: elements.file, labels: new Map(), mappedRows: new Set() },
    index: { byKumuId: new Map(), byLabel: new Map() },
    columns: new Map(),
  };
  const rules = elementRules(mapping);
  const duplicates = new Duplicates(elements, issues);
  checkHeader(elements, rules, duplicates);
  const records: RawRecord[] = [];
  for (const item of elements.items) {
    const { fields, attributes } = sortFields(item, rules, duplicates);
    records.push({ row: item.row, fields: elementRecord(state, item, fields), lists: {}, attributes });
  }
  finishColumns(state.columns, mapping);
  const table: RawTable = {
    name: 'actors',
    file: elements.file,
    format: 'json',
    decimalComma: false,
    columns: state.columns,
    records,
  };
  return { table, notes: state.notes, index: state.index };
}
