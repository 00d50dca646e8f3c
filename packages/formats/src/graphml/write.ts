/**
 * Writing a dataset as GraphML, for Gephi, yEd, Cytoscape, igraph or
 * NetworkX: actors as nodes (`label` = name; role, roles, locality,
 * organisation, sector and every actor attribute as typed `<data>`,
 * numeric `x` and `y` included, which Gephi reads as positions), ties as
 * edges (`kind`, `weight`, `date` and tie attributes as typed `<data>`;
 * `directed` where it differs from the graph's `edgedefault`), and the
 * profile's id as the graph's `muster-profile` data. `parseGraphml` reads
 * it back to the same dataset; what GraphML cannot carry is listed by
 * `lossOf`.
 */
import type { Actor, Attributes, Dataset } from '@muster/core';
import { keyedColumns, numberText, valueText, type ColumnType } from '../graph/columns.js';
import { PROFILE_KEY } from '../graph/document.js';
import { escapeAttribute as attr, escapeText } from '../xml/escape.js';

const GRAPHML_TYPES: Readonly<Record<ColumnType, string>> = {
  string: 'string',
  integer: 'int',
  long: 'long',
  double: 'double',
  boolean: 'boolean',
};

const NODE_FIELDS = ['label', 'role', 'roles', 'locality', 'organisation', 'sector'] as const;
const EDGE_FIELDS = ['kind', 'weight', 'date'] as const;
/** Ids the reader takes for Gephi's appearance and edge-id keys: a user attribute never gets one. */
const RESERVED_IDS = ['r', 'g', 'b', 'color', 'size', 'edgelabel', 'edgeid'];

interface KeyLine {
  id: string;
  domain: 'graph' | 'node' | 'edge';
  name: string;
  type: string;
}

/** The dataset as a GraphML document. */
export function datasetToGraphml(dataset: Dataset): string {
  const nodeField = (actor: Actor, field: (typeof NODE_FIELDS)[number]): string | undefined => {
    if (field === 'label') return actor.name;
    if (field === 'roles') return actor.roles.length > 0 ? actor.roles.join(';') : undefined;
    return actor[field];
  };
  const keys: KeyLine[] = [];
  if (dataset.profile !== undefined) keys.push({ id: PROFILE_KEY, domain: 'graph', name: PROFILE_KEY, type: 'string' });
  const nodeFields = NODE_FIELDS.filter((field) =>
    dataset.actors.some((actor) => nodeField(actor, field) !== undefined),
  );
  for (const field of nodeFields) keys.push({ id: field, domain: 'node', name: field, type: 'string' });
  const edgeFields = EDGE_FIELDS.filter(
    (field) => field !== 'date' || dataset.ties.some((tie) => tie.date !== undefined),
  );
  for (const field of edgeFields)
    keys.push({ id: field, domain: 'edge', name: field, type: field === 'weight' ? 'double' : 'string' });

  // Key ids are unique across the document: attribute keys get their name where it is free.
  const taken = new Set(keys.map((key) => key.id));
  const keyed = (items: readonly { attributes: Attributes }[], prefix: string) =>
    keyedColumns(
      items.map((item) => item.attributes),
      prefix,
      taken,
      RESERVED_IDS,
    );
  const node = keyed(dataset.actors, 'n');
  const edge = keyed(dataset.ties, 'e');
  for (const [domain, { columns }] of [
    ['node', node],
    ['edge', edge],
  ] as const)
    for (const column of columns)
      keys.push({ id: column.id, domain, name: column.name, type: GRAPHML_TYPES[column.type] });

  const allDirected = dataset.ties.length > 0 && dataset.ties.every((tie) => tie.directed);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const key of keys) {
    lines.push(
      `  <key id="${attr(key.id)}" for="${key.domain}" attr.name="${attr(key.name)}" attr.type="${key.type}"/>`,
    );
  }
  lines.push(`  <graph id="G" edgedefault="${allDirected ? 'directed' : 'undirected'}">`);
  if (dataset.profile !== undefined)
    lines.push(`    <data key="${PROFILE_KEY}">${escapeText(dataset.profile.id)}</data>`);
  for (const actor of dataset.actors) {
    lines.push(`    <node id="${attr(actor.id)}">`);
    for (const field of nodeFields) {
      const value = nodeField(actor, field);
      if (value !== undefined) lines.push(data(field, value));
    }
    for (const [name, value] of Object.entries(actor.attributes))
      lines.push(data(node.idOf.get(name)!, valueText(value)));
    lines.push('    </node>');
  }
  for (const tie of dataset.ties) {
    const directed = tie.directed === allDirected ? '' : ` directed="${tie.directed}"`;
    lines.push(`    <edge source="${attr(tie.source)}" target="${attr(tie.target)}"${directed}>`);
    lines.push(data('kind', tie.kind), data('weight', numberText(tie.weight)));
    if (tie.date !== undefined) lines.push(data('date', tie.date));
    for (const [name, value] of Object.entries(tie.attributes))
      lines.push(data(edge.idOf.get(name)!, valueText(value)));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function data(key: string, value: string): string {
  return `      <data key="${attr(key)}">${escapeText(value)}</data>`;
}
