/**
 * Reading GraphML into a dataset. Nodes are actors, edges are ties; data
 * are matched to the contract by their key's `attr.name` (or its id when
 * it has none), as CSV headers are:
 *
 * - node `id` → id; `label` (or `name`) → name; `role`, `roles`,
 *   `locality`, `organisation`, `sector` → the contract's fields; any
 *   other key → an actor attribute with its `attr.type` (`int`, `long` →
 *   whole numbers, `float`, `double` → numbers, `boolean` → true/false,
 *   `string` → text); a key's `<default>` applies to elements without it;
 * - positions: `x` and `y` keys (as Gephi writes them) are the numeric
 *   attributes `x` and `y`; yEd's node graphics give `x` and `y` as the
 *   centre of the node's box, and its node label the name when there is no
 *   `label` key; Gephi's appearance keys (`r`, `g`, `b`, `color`, `size`,
 *   declared with that same id) are not read;
 * - edge `source`, `target`; `directed` per edge, else undirected when
 *   yEd draws it with no arrow at either end, else the graph's
 *   `edgedefault`; `kind`, `weight`, `date` keys; Gephi's edge label (key
 *   `edgelabel`) and yEd's edge label give the kind when there is no `kind`
 *   key (else they are kept as the tie attribute `label`); Gephi's edge id
 *   (key `edgeid`) is not read;
 * - the profile id from the graph's `muster-profile` data.
 *
 * Nodes and edges of nested graphs (yEd groups) are read as ordinary nodes
 * and edges; hyperedges are refused. Issues name the file as `FILE#nodes`
 * or `FILE#edges`, with the element's position (from 1) as the row.
 *
 * Reference: the GraphML primer (Brandes, Eiglsperger, Lerner;
 * graphml.graphdrawing.org) and the yFiles GraphML extension.
 */
import { IssueList } from '@muster/core/reader';
import type { ReadOptions } from '@muster/core';
import type { Dataset } from '@muster/core';
import { normaliseKey } from '@muster/core';
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
import { childrenNamed, descendantNamed, type XmlElement } from '../xml/tree.js';

const GRAPHML: GraphFormat = {
  name: 'GraphML',
  root: 'graphml',
  otherRootHint: 'export the graph as GraphML, or name a GEXF file .gexf',
  oneGraphHint: 'Muster reads one <graph> with its nodes and edges',
};

/** What a `<key>` declares. */
interface Key extends Declared {
  id: string;
  domain: string;
  /** How the key's data is read. */
  role: 'value' | 'appearance' | 'label' | 'edge-id' | 'node-graphics' | 'edge-graphics' | 'ignored';
}

/** Gephi's appearance keys, skipped when declared with the id Gephi gives them. */
const APPEARANCE = ['r', 'g', 'b', 'color', 'size'];

function keyRole(id: string, name: string, domain: string, yfiles: string | undefined): Key['role'] {
  if (yfiles !== undefined) {
    if (yfiles === 'nodegraphics') return 'node-graphics';
    if (yfiles === 'edgegraphics') return 'edge-graphics';
    return 'ignored';
  }
  // Gephi's own keys are known by the ids it gives them; a user's attribute of the same name keeps another id.
  if (id === name && APPEARANCE.includes(normaliseKey(name))) return 'appearance';
  if (domain === 'edge' && id === 'edgelabel') return 'label';
  if (domain === 'edge' && id === 'edgeid') return 'edge-id';
  return 'value';
}

const DIRECTED: Readonly<Record<string, string>> = { directed: 'true', undirected: 'false' };

/**
 * Reads a GraphML document into a dataset, checked like any other: throws
 * a `MusterInputError` listing every problem (XML syntax by line and
 * character; nodes and edges by position and key name).
 */
export function parseGraphml(text: string, options: ReadOptions & { file?: string } = {}): Dataset {
  const file = options.file ?? 'dataset.graphml';
  const shape = new IssueList();
  const root = readGraphRoot(text, file, GRAPHML, shape);
  const keys = readKeys(root, file, shape);
  const graph = oneGraph(root, file, GRAPHML, shape);
  const { nodes, edges } = collect(graph, file, shape);
  const profileId = graphProfile(graph, keys);

  const { actors, ties } = graphTables(file, options.onWarning);
  actors.addRecords(nodes, (record, node) => {
    record.field('id', 'id', node.attributes.get('id'));
    const graphics = readData(record, node, keys, 'node', shape);
    if (graphics.label !== undefined && !record.has('name')) record.field('name', 'NodeLabel', graphics.label);
    if (graphics.geometry !== undefined) readGeometry(record, graphics.geometry);
    record.applyDefaults(graphics.defaults);
  });

  ties.name('directed', 'directed').addRecords(edges, (record, { edge, edgedefault }) => {
    record.field('source', 'source', edge.attributes.get('source'));
    record.field('target', 'target', edge.attributes.get('target'));
    record.field('directed', 'directed', edge.attributes.get('directed'));
    const graphics = readData(record, edge, keys, 'edge', shape);
    record.applyDefaults(graphics.defaults);
    if (!record.has('directed') && graphics.noArrows) record.field('directed', 'Arrows', 'false');
    if (!record.has('directed')) record.field('directed', 'edgedefault', DIRECTED[edgedefault] ?? 'false');
    readLabel(record, graphics.label, graphics.labelColumn);
  });

  return buildGraphDataset(actors, ties, chooseGraphProfile(options, profileId, file, shape), shape);
}

/** The `<key>` declarations, by id. */
function readKeys(root: XmlElement, file: string, shape: IssueList): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const element of childrenNamed(root, 'key')) {
    const id = element.attributes.get('id')?.trim();
    if (id === undefined || id === '') {
      shape.add(shapeIssue(file, 'a <key> has no id', 'give each <key> an id', { line: element.line, column: 'id' }));
      continue;
    }
    if (keys.has(id)) {
      shape.add(
        shapeIssue(file, `two keys have the id '${id}'`, 'give each <key> its own id', {
          line: element.line,
          column: 'id',
          value: id,
        }),
      );
      continue;
    }
    // Names are kept as written (as JSON keys are); only a blank name falls back to the id.
    const written = element.attributes.get('attr.name');
    const name = written === undefined || written.trim() === '' ? id : written;
    const domain = element.attributes.get('for')?.trim() || 'all';
    const fallback = childrenNamed(element, 'default')[0];
    keys.set(id, {
      id,
      name,
      domain,
      kind: valueKind(element.attributes.get('attr.type')),
      default: fallback?.text,
      role: keyRole(id, name, domain, element.attributes.get('yfiles.type')),
    });
  }
  return keys;
}

/** The profile id in the graph's data, if any. */
function graphProfile(graph: XmlElement, keys: Map<string, Key>): string | undefined {
  for (const data of childrenNamed(graph, 'data')) {
    const key = keys.get(data.attributes.get('key') ?? '');
    if (key !== undefined && key.name === PROFILE_KEY && data.text.trim() !== '') return data.text.trim();
  }
  return undefined;
}

/** What a node's or edge's graphics (yEd) or label data say. */
interface Graphics {
  label: string | undefined;
  labelColumn: string;
  geometry: XmlElement | undefined;
  /** yEd draws the edge with no arrow at either end. */
  noArrows: boolean;
  /** Keys with a default that the element has no data for. */
  defaults: Key[];
}

/** Reads an element's `<data>`; collects the keys whose defaults apply once every other source has been read. */
function readData(
  record: RecordBuilder,
  element: XmlElement,
  keys: Map<string, Key>,
  domain: 'node' | 'edge',
  shape: IssueList,
): Graphics {
  const graphics: Graphics = {
    label: undefined,
    labelColumn: 'label',
    geometry: undefined,
    noArrows: false,
    defaults: [],
  };
  const given = new Set<string>();
  const use = (key: Key, text: string, data: XmlElement): void => {
    switch (key.role) {
      case 'value':
        record.value(key.name, text, key.kind);
        return;
      case 'label':
        graphics.label = text;
        graphics.labelColumn = key.name;
        return;
      case 'node-graphics':
      case 'edge-graphics': {
        const label = descendantNamed(data, key.role === 'node-graphics' ? 'NodeLabel' : 'EdgeLabel');
        if (label !== undefined && graphics.label === undefined) {
          graphics.label = label.text;
          graphics.labelColumn = label.local;
        }
        if (key.role === 'node-graphics') graphics.geometry ??= descendantNamed(data, 'Geometry');
        else {
          const arrows = descendantNamed(data, 'Arrows');
          graphics.noArrows = arrows?.attributes.get('source') === 'none' && arrows.attributes.get('target') === 'none';
        }
        return;
      }
      default:
        return;
    }
  };
  for (const data of childrenNamed(element, 'data')) {
    const id = data.attributes.get('key')?.trim();
    const key = id === undefined ? undefined : keys.get(id);
    if (key === undefined || (key.domain !== domain && key.domain !== 'all')) {
      shape.add(
        record.shapeIssue(
          id,
          id === undefined
            ? 'a <data> does not say which key it is for'
            : key === undefined
              ? `the data is for the key '${id}', which no <key> declares`
              : `the key '${id}' is declared for ${key.domain}, not for ${domain}s`,
          `declare it as <key id="…" for="${domain}" attr.name="…" attr.type="…"/>`,
        ),
      );
      continue;
    }
    given.add(key.id);
    use(key, data.text, data);
  }
  for (const key of keys.values()) {
    if (key.default === undefined || given.has(key.id) || key.role !== 'value') continue;
    if (key.domain === domain || key.domain === 'all') graphics.defaults.push(key);
  }
  return graphics;
}

/** yEd's node box: `x` and `y` are its top-left corner; Muster keeps the centre. */
function readGeometry(record: RecordBuilder, geometry: XmlElement): void {
  const read = (name: string): number | undefined => {
    const text = geometry.attributes.get(name);
    return text === undefined ? undefined : numberAttribute(record, name, text);
  };
  const x = read('x');
  const y = read('y');
  const width = read('width') ?? 0;
  const height = read('height') ?? 0;
  if (x !== undefined) record.typed('x', x + width / 2);
  if (y !== undefined) record.typed('y', y + height / 2);
}

/** The nodes and edges of the graph and of graphs nested in them, in document order, each edge with its graph's edgedefault. */
function collect(
  graph: XmlElement,
  file: string,
  shape: IssueList,
): { nodes: XmlElement[]; edges: { edge: XmlElement; edgedefault: string }[] } {
  const nodes: XmlElement[] = [];
  const edges: { edge: XmlElement; edgedefault: string }[] = [];
  const pending: { element: XmlElement; edgedefault: string }[] = [{ element: graph, edgedefault: 'undirected' }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { element } = next;
    let edgedefault = next.edgedefault;
    if (element.local === 'graph') {
      const given = element.attributes.get('edgedefault')?.trim();
      if (given !== undefined) {
        if (DIRECTED[given] === undefined) {
          shape.add({
            code: 'directed-invalid',
            file,
            line: element.line,
            column: 'edgedefault',
            value: given,
            message: `'${given}' is not an edge default`,
            hint: 'write edgedefault="undirected" or "directed"',
          });
        } else edgedefault = given;
      }
    } else if (element.local === 'node') nodes.push(element);
    else if (element.local === 'edge') edges.push({ edge: element, edgedefault });
    else if (element.local === 'hyperedge') {
      shape.add(
        shapeIssue(file, 'the graph has a <hyperedge>', 'a tie joins two actors: write each pair as an <edge>', {
          line: element.line,
        }),
      );
    }
    const inner: { element: XmlElement; edgedefault: string }[] = [];
    for (const child of element.children) {
      if (element.local === 'graph' ? ['node', 'edge', 'hyperedge'].includes(child.local) : child.local === 'graph') {
        inner.push({ element: child, edgedefault });
      }
    }
    for (let k = inner.length - 1; k >= 0; k--) pending.push(inner[k]!);
  }
  return { nodes, edges };
}
