/**
 * Kumu's connections as the dataset's raw `ties` table (the mapping is
 * described in `tables.ts`): ends found by element id or label, a tie to
 * each of `a|b` in To, Kumu's directions and connection types.
 */
import type { InputIssue } from '@muster/core';
import { normaliseKey } from '@muster/core';
import { TABLE_SPECS, contractField, type IssueList, type RawRecord, type RawTable } from '@muster/core/reader';
import type { KumuMapping } from './mapping.js';
import type { KumuItem, KumuList } from './sources.js';
import type { ElementIndex } from './elements.js';
import { Duplicates, checkHeader, fieldTexts, fillColumns, isKey, sortFields, type FieldRules } from './fields.js';

const CONNECTION_RULES: FieldRules = {
  classify: (key) => {
    if (key === '_id' || isKey(key, 'id')) return { skip: true };
    if (isKey(key, 'from')) return { field: 'source' };
    if (isKey(key, 'to')) return { field: 'target' };
    if (isKey(key, 'type', 'connection type')) return { field: 'kind' };
    if (isKey(key, 'direction')) return { field: 'directed' };
    if (isKey(key, 'strength')) return { field: 'weight' };
    if (isKey(key, 'tags')) return { tags: true };
    const field = contractField(TABLE_SPECS.ties, key);
    return field !== undefined ? { field } : { attribute: key };
  },
  hintFor: () => 'keep one of them',
};

/** Kumu's direction as the dataset's `directed`: Kumu draws a connection with no direction as directed. */
function directedText(direction: string | undefined): string {
  if (direction === undefined) return 'true';
  const key = direction.toLowerCase();
  if (key === 'directed') return 'true';
  if (key === 'mutual' || key === 'undirected') return 'false';
  return direction; // true/false/yes/no pass; anything else is reported by the dataset checks
}

/**
 * The actor id a connection's end names: an element id, else a label (a
 * label of several elements is reported in `valueIssues`), else the text
 * as written, for the dataset checks to report.
 */
function endpoint(
  index: ElementIndex,
  text: string,
  at: { file: string; row: number; column: string },
  valueIssues: InputIssue[],
): string {
  const byId = index.byKumuId.get(text);
  if (byId !== undefined) return byId;
  const labelled = index.byLabel.get(text);
  if (labelled === undefined) return text;
  if (labelled.rows.length > 1) {
    valueIssues.push({
      code: 'actor-unknown',
      ...at,
      value: text,
      message: `'${text}' is the label of ${labelled.rows.length} elements (rows ${labelled.rows.join(', ')})`,
      hint: "give the elements IDs and use the IDs in From and To, as Kumu's guide on duplicate labels says",
    });
  }
  return labelled.id;
}

/** `a|b` in To draws a connection to each, in Kumu; no To gives one tie without a target. */
function targetsOf(target: string | undefined): (string | undefined)[] {
  if (target === undefined) return [undefined];
  const targets = target
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  return targets.length === 0 ? [undefined] : targets;
}

/**
 * The raw `ties` table of Kumu's connections, ends found through `index`.
 * Two fields of one meaning go to `issues`, labels shared by elements to
 * `valueIssues`.
 */
export function connectionsTable(
  connections: KumuList,
  mapping: KumuMapping,
  index: ElementIndex,
  issues: IssueList,
  valueIssues: InputIssue[],
): RawTable {
  const kindMap = new Map(Object.entries(mapping.tieKinds ?? {}).map(([k, v]) => [normaliseKey(k), v]));
  const columns = new Map<string, string>();
  const records: RawRecord[] = [];
  const duplicates = new Duplicates(connections, issues);
  checkHeader(connections, CONNECTION_RULES, duplicates);
  for (const item of connections.items) {
    const { fields, attributes } = sortFields(item, CONNECTION_RULES, duplicates);
    const out = fieldTexts(fields, columns);
    if (out.kind !== undefined) out.kind = kindMap.get(normaliseKey(out.kind)) ?? out.kind;
    out.directed = directedText(out.directed);
    const end = (text: string, field: 'source' | 'target'): string =>
      endpoint(index, text, at(connections, item, fields.get(field)![0]), valueIssues);
    if (out.source !== undefined) out.source = end(out.source, 'source');
    for (const target of targetsOf(out.target)) {
      const record = { ...out };
      if (target === undefined) delete record.target;
      else record.target = end(target, 'target');
      records.push({ row: item.row, fields: record, lists: {}, attributes });
    }
  }
  fillColumns(columns, [
    ['source', 'From'],
    ['target', 'To'],
    ['directed', 'Direction'],
  ]);
  return { name: 'ties', file: connections.file, format: 'json', decimalComma: false, columns, records };
}

function at(list: KumuList, item: KumuItem, column: string): { file: string; row: number; column: string } {
  return { file: list.file, row: item.row, column };
}
