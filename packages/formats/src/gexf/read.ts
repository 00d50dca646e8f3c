/**
 * Reading GEXF (the Graph Exchange XML Format of Gephi; versions 1.1, 1.2
 * and 1.3) into a dataset. Nodes are actors, edges are ties:
 *
 * - node `id` → id, `label` → name; node attributes titled `role`, `roles`,
 *   `locality`, `organisation`, `sector` (matched as CSV headers are, so
 *   `Locality` and `organization` work too) → the contract's fields; any
 *   other attribute → an actor attribute with its declared type (integer
 *   and floating types → number, boolean → true/false, others → text);
 *   `<default>` values apply to nodes without a value;
 * - `viz:position` → the actor attributes `x` and `y` (and `z` when not 0);
 *   colours, sizes and shapes are Gephi's appearance and are not read;
 * - edge `source`, `target`; `weight`; `type` (`directed`, `undirected`,
 *   `mutual` = both ways, read as undirected), else the graph's
 *   `defaultedgetype`; the kind from an edge attribute titled `kind`, else
 *   the GEXF 1.3 `kind`, else the edge's `label` (a label that is not the
 *   kind is kept as the tie attribute `label`); `date` and other edge
 *   attributes as for nodes;
 * - the profile id from the keyword `muster-profile:ID` in `<meta>`.
 *
 * Nested nodes (GEXF hierarchies) are read as ordinary nodes; dynamic
 * attributes with several values over time are refused (Muster keeps one
 * value per attribute). Issues name the file as `FILE#nodes` or
 * `FILE#edges`, with the node's or edge's position (from 1) as the row.
 *
 * Reference: GEXF 1.3 primer and schema (gexf.net, the Gephi consortium).
 */
import { IssueList } from '@muster/core/reader';
import type { ReadOptions } from '@muster/core';
import type { Dataset } from '@muster/core';
import {
  PROFILE_KEY,
  chooseGraphProfile,
  oneGraph,
  readGraphRoot,
  shapeIssue,
  type GraphFormat,
} from '../graph/document.js';
import {
  buildGraphDataset,
  graphTables,
  numberAttribute,
  readLabel,
  type Declared,
  type RecordBuilder,
} from '../graph/records.js';
import { valueKind } from '../graph/values.js';
import { childNamed, childrenNamed, type XmlElement } from '../xml/tree.js';

const GEXF: GraphFormat = {
  name: 'GEXF',
  root: 'gexf',
  otherRootHint: 'export the graph from Gephi as GEXF, or name a GraphML file .graphml',
  oneGraphHint: 'a GEXF file holds one <graph> with <nodes> and <edges>',
};

type AttributeClass = 'node' | 'edge';

const EDGE_TYPES: Readonly<Record<string, string>> = { directed: 'true', undirected: 'false', mutual: 'false' };

/**
 * Reads a GEXF document into a dataset, checked like any other: throws a
 * `MusterInputError` listing every problem (XML syntax by line and
 * character; nodes and edges by position and attribute).
 */
export function parseGexf(text: string, options: ReadOptions & { file?: string } = {}): Dataset {
  const file = options.file ?? 'dataset.gexf';
  const shape = new IssueList();
  const root = readGraphRoot(text, file, GEXF, shape);
  const graph = oneGraph(root, file, GEXF, shape);
  const profileId = profileFromMeta(childNamed(root, 'meta'));
  const defaultType = (graph.attributes.get('defaultedgetype') ?? 'undirected').trim();
  if (EDGE_TYPES[defaultType] === undefined) {
    shape.add({
      code: 'directed-invalid',
      file,
      line: graph.line,
      column: 'defaultedgetype',
      value: defaultType,
      message: `'${defaultType}' is not an edge type`,
      hint: 'write defaultedgetype="undirected", "directed" or "mutual"',
    });
  }
  const declared = declarations(graph, file, shape);
  const { nodes, edges } = collect(graph);

  const { actors, ties } = graphTables(file, options.onWarning);
  actors.addRecords(nodes, (record, node) => {
    record.field('id', 'id', node.attributes.get('id'));
    record.field('name', 'label', node.attributes.get('label'));
    const defaults = readAttvalues(record, node, declared.node, 'node', shape);
    const position = childNamed(node, 'position');
    if (position !== undefined) {
      for (const axis of ['x', 'y', 'z'] as const) {
        const text = position.attributes.get(axis);
        if (text === undefined) continue;
        const value = numberAttribute(record, axis, text);
        // Gephi writes z="0.0" for every 2D layout: only a real third coordinate is kept.
        if (value !== undefined && !(axis === 'z' && value === 0)) record.typed(axis, value);
      }
    }
    record.applyDefaults(defaults);
  });

  ties.name('weight', 'weight').addRecords(edges, (record, edge) => {
    record.field('source', 'source', edge.attributes.get('source'));
    record.field('target', 'target', edge.attributes.get('target'));
    const defaults = readAttvalues(record, edge, declared.edge, 'edge', shape);
    record.field('weight', 'weight', edge.attributes.get('weight'));
    const type = edge.attributes.get('type')?.trim();
    if (type !== undefined) {
      const directed = EDGE_TYPES[type];
      if (directed === undefined) {
        record.issue('type', {
          code: 'directed-invalid',
          value: type,
          message: `'${type}' is not an edge type`,
          hint: 'write type="directed", "undirected" or "mutual", or leave it out for the graph\'s defaultedgetype',
        });
      } else record.field('directed', 'type', directed);
    }
    record.field('kind', 'kind', edge.attributes.get('kind'));
    record.applyDefaults(defaults);
    if (!record.has('directed')) record.field('directed', 'defaultedgetype', EDGE_TYPES[defaultType] ?? 'false');
    readLabel(record, edge.attributes.get('label'), 'label');
  });

  return buildGraphDataset(actors, ties, chooseGraphProfile(options, profileId, file, shape), shape);
}

/** The profile id in `<meta><keywords>`, written as `muster-profile:ID`. */
function profileFromMeta(meta: XmlElement | undefined): string | undefined {
  if (meta === undefined) return undefined;
  for (const keywords of childrenNamed(meta, 'keywords')) {
    for (const word of keywords.text.split(/[\s,;]+/)) {
      if (word.startsWith(`${PROFILE_KEY}:`) && word.length > PROFILE_KEY.length + 1) {
        return word.slice(PROFILE_KEY.length + 1);
      }
    }
  }
  return undefined;
}

/** The attribute declarations of the graph, by class and id. */
function declarations(
  graph: XmlElement,
  file: string,
  shape: IssueList,
): Record<AttributeClass, Map<string, Declared>> {
  const declared: Record<AttributeClass, Map<string, Declared>> = { node: new Map(), edge: new Map() };
  for (const block of childrenNamed(graph, 'attributes')) {
    const kind = block.attributes.get('class')?.trim();
    if (kind !== 'node' && kind !== 'edge') {
      shape.add(
        shapeIssue(file, `<attributes> has class '${kind ?? ''}'`, 'write class="node" or class="edge"', {
          line: block.line,
          column: 'class',
        }),
      );
      continue;
    }
    for (const attribute of childrenNamed(block, 'attribute')) {
      const id = attribute.attributes.get('id')?.trim();
      if (id === undefined || id === '') {
        shape.add(
          shapeIssue(file, 'an <attribute> has no id', 'give each <attribute> an id', {
            line: attribute.line,
            column: 'id',
          }),
        );
        continue;
      }
      if (declared[kind].has(id)) {
        shape.add(
          shapeIssue(file, `two ${kind} attributes have the id '${id}'`, 'give each attribute its own id', {
            line: attribute.line,
            column: 'id',
            value: id,
          }),
        );
        continue;
      }
      // Titles are kept as written (as JSON keys are); only a blank title falls back to the id.
      const title = attribute.attributes.get('title');
      const fallback = childNamed(attribute, 'default');
      declared[kind].set(id, {
        name: title === undefined || title.trim() === '' ? id : title,
        kind: valueKind(attribute.attributes.get('type')),
        default: fallback === undefined ? undefined : fallback.text,
      });
    }
  }
  return declared;
}

/**
 * Reads a node's or edge's `<attvalues>`; returns the declared attributes
 * it has no value for, whose defaults apply once every other source of a
 * value has been read.
 */
function readAttvalues(
  record: RecordBuilder,
  element: XmlElement,
  declared: Map<string, Declared>,
  kind: AttributeClass,
  shape: IssueList,
): Declared[] {
  const given = new Set<string>();
  for (const block of childrenNamed(element, 'attvalues')) {
    for (const attvalue of childrenNamed(block, 'attvalue')) {
      // GEXF 1.1 names the attribute with `id`, later versions with `for`.
      const id = (attvalue.attributes.get('for') ?? attvalue.attributes.get('id'))?.trim();
      const attribute = id === undefined ? undefined : declared.get(id);
      if (attribute === undefined) {
        shape.add(
          record.shapeIssue(
            id,
            id === undefined
              ? 'an <attvalue> does not say which attribute it is for'
              : `the value is for the attribute '${id}', which no <attributes class="${kind}"> declares`,
            `declare the attribute in <attributes class="${kind}">, or write for="…" with a declared id`,
          ),
        );
        continue;
      }
      given.add(id!);
      record.value(attribute.name, attvalue.attributes.get('value') ?? '', attribute.kind);
    }
  }
  return [...declared].filter(([id, attribute]) => attribute.default !== undefined && !given.has(id)).map(([, a]) => a);
}

/** The graph's nodes and edges in document order, those nested in nodes (hierarchies) included. */
function collect(graph: XmlElement): { nodes: XmlElement[]; edges: XmlElement[] } {
  const nodes: XmlElement[] = [];
  const edges: XmlElement[] = [];
  const pending: XmlElement[] = [graph];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.local === 'node') nodes.push(next);
    else if (next.local === 'edge') edges.push(next);
    const inner: XmlElement[] = [];
    for (const child of next.children) {
      if (child.local !== 'nodes' && child.local !== 'edges') continue;
      for (const item of child.children)
        if (item.local === (child.local === 'nodes' ? 'node' : 'edge')) inner.push(item);
    }
    for (let k = inner.length - 1; k >= 0; k--) pending.push(inner[k]!);
  }
  return { nodes, edges };
}
