/**
 * Writing a dataset as GEXF 1.3, to open in Gephi: actors as nodes (name as
 * the label; role, roles, locality, organisation, sector and every actor
 * attribute as typed node attributes; numeric `x` and `y` as
 * `viz:position`; a colour per role — core's palette, as on the map — unless asked not to), ties as edges
 * (kind as the GEXF 1.3 `kind` and as the label Gephi shows, `weight`,
 * `type="directed"` or `"undirected"` where it differs from the graph's
 * `defaultedgetype`, `date` and tie attributes as typed edge attributes),
 * and the dataset's profile id as the keyword `muster-profile:ID`.
 * `parseGexf` reads it back to the same dataset; what GEXF cannot carry is
 * listed by `lossOf`.
 */
import type { Actor, Attributes, Dataset, Tie } from '@muster/core';
import { DEFAULT_PROFILE_ID, getBuiltinProfile, normaliseKey } from '@muster/core';
import { roleColors } from '@muster/palette';
import { keyedColumns, numberText, valueText } from '../graph/columns.js';
import { PROFILE_KEY } from '../graph/document.js';
import { escapeAttribute as attr, escapeText } from '../xml/escape.js';

/** Options for {@link datasetToGexf}. */
export interface GexfWriteOptions {
  /** Colour nodes by role (`viz:color`), so the map opens in Gephi coloured; true by default. */
  colours?: boolean;
}

/** `viz:color` of a `#rrggbb` colour. */
function vizColor(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
}

/** The position an actor's numeric `x` and `y` (and `z` other than 0) give, or undefined. */
export function positionOf(actor: Actor): { x: number; y: number; z: number | undefined } | undefined {
  const { x, y, z } = actor.attributes;
  if (typeof x !== 'number' || typeof y !== 'number') return undefined;
  return { x, y, z: typeof z === 'number' && z !== 0 ? z : undefined };
}

/** The attributes written as `<attvalue>`s of a node: all but those written as its position. */
export function nodeAttributes(actor: Actor): Attributes {
  const position = positionOf(actor);
  if (position === undefined) return actor.attributes;
  const { x: _x, y: _y, ...rest } = actor.attributes;
  if (position.z !== undefined) delete rest.z;
  return rest;
}

/**
 * The label written for a tie: its `label` attribute when that is text
 * that is not the kind (read back as the attribute), else the kind.
 */
function labelOf(tie: Tie): { label: string; fromAttribute: boolean } {
  const label = tie.attributes.label;
  if (typeof label === 'string' && normaliseKey(label) !== normaliseKey(tie.kind) && label.trim() !== '') {
    return { label, fromAttribute: true };
  }
  return { label: tie.kind, fromAttribute: false };
}

/** The attributes written as `<attvalue>`s of an edge: all but a `label` written as the edge's label. */
export function edgeAttributes(tie: Tie): Attributes {
  if (!labelOf(tie).fromAttribute) return tie.attributes;
  const { label: _label, ...rest } = tie.attributes;
  return rest;
}

const NODE_FIELDS = ['role', 'roles', 'locality', 'organisation', 'sector'] as const;

/** Column ids Gephi keeps for its own columns: an attribute of that name gets a numbered id instead. */
const GEPHI_COLUMNS = ['id', 'label', 'weight', 'type', 'kind', 'source', 'target', 'timeset', 'interval'];

/** The dataset as a GEXF 1.3 document. */
export function datasetToGexf(dataset: Dataset, options: GexfWriteOptions = {}): string {
  const colours = options.colours ?? true;
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>Muster</creator>',
  ];
  if (dataset.profile !== undefined)
    lines.push(`    <keywords>${escapeText(`${PROFILE_KEY}:${dataset.profile.id}`)}</keywords>`);
  lines.push('  </meta>');
  const allDirected = dataset.ties.length > 0 && dataset.ties.every((tie) => tie.directed);
  lines.push(`  <graph mode="static" defaultedgetype="${allDirected ? 'directed' : 'undirected'}">`);

  // Node columns: the contract's fields that some actor has, then the attributes.
  const fieldValue = (actor: Actor, field: (typeof NODE_FIELDS)[number]): string | undefined =>
    field === 'roles' ? (actor.roles.length > 0 ? actor.roles.join(';') : undefined) : actor[field];
  const nodeFields = NODE_FIELDS.filter((field) =>
    dataset.actors.some((actor) => fieldValue(actor, field) !== undefined),
  );
  const node = keyedColumns(dataset.actors.map(nodeAttributes), 'a', new Set(nodeFields), GEPHI_COLUMNS);
  declare(lines, 'node', [
    ...nodeFields.map((field) => ({ id: field, title: field, type: 'string' })),
    ...node.columns.map((column) => ({ id: column.id, title: column.name, type: column.type })),
  ]);

  const edgeDates = dataset.ties.some((tie) => tie.date !== undefined);
  const edge = keyedColumns(dataset.ties.map(edgeAttributes), 'e', new Set(edgeDates ? ['date'] : []), GEPHI_COLUMNS);
  declare(lines, 'edge', [
    ...(edgeDates ? [{ id: 'date', title: 'date', type: 'string' }] : []),
    ...edge.columns.map((column) => ({ id: column.id, title: column.name, type: column.type })),
  ]);

  // The map's colours: core's palette by the profile's role order (its own colours first), then other roles.
  const profile = dataset.profile ?? getBuiltinProfile(DEFAULT_PROFILE_ID)!;
  const roleColour = roleColors(
    profile.roles,
    dataset.actors.map((a) => a.role),
  );
  lines.push('    <nodes>');
  for (const actor of dataset.actors) {
    lines.push(`      <node id="${attr(actor.id)}" label="${attr(actor.name)}">`);
    const values: [string, string][] = [];
    for (const field of nodeFields) {
      const value = fieldValue(actor, field);
      if (value !== undefined) values.push([field, value]);
    }
    for (const [name, value] of Object.entries(nodeAttributes(actor)))
      values.push([node.idOf.get(name)!, valueText(value)]);
    attvalues(lines, values);
    if (colours) {
      lines.push(`        ${vizColor(roleColour.get(actor.role)!)}`);
    }
    const position = positionOf(actor);
    if (position !== undefined) {
      const z = position.z === undefined ? '' : ` z="${numberText(position.z)}"`;
      lines.push(`        <viz:position x="${numberText(position.x)}" y="${numberText(position.y)}"${z}/>`);
    }
    lines.push('      </node>');
  }
  lines.push('    </nodes>');

  lines.push('    <edges>');
  dataset.ties.forEach((tie, index) => {
    const type = tie.directed === allDirected ? '' : ` type="${tie.directed ? 'directed' : 'undirected'}"`;
    const { label } = labelOf(tie);
    const values: [string, string][] = [];
    if (tie.date !== undefined) values.push(['date', tie.date]);
    for (const [name, value] of Object.entries(edgeAttributes(tie)))
      values.push([edge.idOf.get(name)!, valueText(value)]);
    const head = `      <edge id="${index}" source="${attr(tie.source)}" target="${attr(tie.target)}" label="${attr(label)}" kind="${attr(tie.kind)}" weight="${numberText(tie.weight)}"${type}`;
    if (values.length === 0) {
      lines.push(`${head}/>`);
      return;
    }
    lines.push(`${head}>`);
    attvalues(lines, values);
    lines.push('      </edge>');
  });
  lines.push('    </edges>');
  lines.push('  </graph>', '</gexf>', '');
  return lines.join('\n');
}

function declare(lines: string[], kind: 'node' | 'edge', columns: { id: string; title: string; type: string }[]): void {
  if (columns.length === 0) return;
  lines.push(`    <attributes class="${kind}">`);
  for (const column of columns) {
    lines.push(`      <attribute id="${attr(column.id)}" title="${attr(column.title)}" type="${column.type}"/>`);
  }
  lines.push('    </attributes>');
}

function attvalues(lines: string[], values: [string, string][]): void {
  if (values.length === 0) return;
  lines.push('        <attvalues>');
  for (const [id, value] of values) lines.push(`          <attvalue for="${attr(id)}" value="${attr(value)}"/>`);
  lines.push('        </attvalues>');
}
