/**
 * The drawn graph, derived from a dataset: one node per actor and one
 * undirected edge per pair of actors sharing any tie (weights summed, kinds
 * collected — core's `mergedView`, built here in one pass from the dataset
 * rather than through an intermediate multigraph), plus directed
 * transmission edges while a flow is shown. Nodes and edges carry
 * references to domain data under names sigma does not reserve; everything
 * sigma draws (x, y, size, colour, label, hidden…) comes from the reducers.
 */
import * as graphology from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { Actor, Dataset } from '@muster/core';

/**
 * A drawn node: the actor it stands for, its degree in the merged graph and
 * its layout position (sigma reads `x` and `y` from the graph itself; they
 * are the viewer's layout, never a user column unless mapped explicitly).
 */
export interface DisplayNode {
  actor: Actor;
  degree: number;
  x: number;
  y: number;
}

/** A drawn edge: a merged tie (`tie`) or a transmission of an idea (`flow`). */
export type DisplayEdge = { role: 'tie'; weight: number; kinds: string[] } | { role: 'flow'; order: number };

export type DisplayGraph = AbstractGraph<DisplayNode, DisplayEdge>;

/** An overview node (level of detail): the actors of one role in one locality, drawn as one. */
export interface GroupNode {
  group: { locality: string; role: string; count: number };
  x: number;
  y: number;
  /** Radius by the number of actors (settings `lod.groupSize`). */
  radius: number;
  /** "Service users 312"; the largest group of a locality "Hollinwell: Service users 312". */
  label: string;
}

/** What sigma draws: the drawn graph itself, or (large maps) an overview of groups and opened localities. */
export type DrawnNode = DisplayNode | GroupNode;
/** A drawn edge; `group`: the ties between two groups, as one. */
export type DrawnEdge = DisplayEdge | { role: 'group'; ties: number };
export type DrawnGraph = AbstractGraph<DrawnNode, DrawnEdge>;

export const isGroup = (node: DrawnNode): node is GroupNode => 'group' in node;

// graphology's default export (its simple `Graph` class); typed as a
// CommonJS module, it is an ES default export to bundlers and Node alike.
type GraphClass = new (options: { type: 'mixed'; multi: false; allowSelfLoops: false }) => DisplayGraph;
const Graph = (graphology as unknown as { default: GraphClass }).default;

/** An empty graph of the drawn graph's kind. */
export function emptyGraph(): DrawnGraph {
  return new Graph({ type: 'mixed', multi: false, allowSelfLoops: false }) as unknown as DrawnGraph;
}

/** The key of the merged edge of a pair of actors (either order). */
function pairKey(a: string, b: string): string {
  return a < b ? `t\u0000${a}\u0000${b}` : `t\u0000${b}\u0000${a}`;
}

/**
 * Builds the drawn graph; the dataset is not changed. With `ties: false`
 * (a large map's overview) only the actors are added, with their degrees;
 * ties are added later, a locality at a time (`addTies`), as it is opened.
 */
export function displayGraph(dataset: Dataset, options: { ties?: boolean } = {}): DisplayGraph {
  // A mixed graph so that a directed transmission can sit beside the merged
  // tie of the same pair; a simple one (not multi), whose edges attach in
  // constant time: one merged edge per pair, keys chosen here.
  const graph: DisplayGraph = new Graph({ type: 'mixed', multi: false, allowSelfLoops: false });
  for (const actor of dataset.actors) graph.addNode(actor.id, { actor, degree: 0, x: 0, y: 0 });
  if (options.ties === false) {
    setDegrees(graph, dataset.ties);
    return graph;
  }
  addTies(graph, dataset.ties);
  graph.forEachNode((node, attributes) => {
    attributes.degree = graph.undirectedDegree(node);
  });
  return graph;
}

/** Merges ties into the graph (one edge per pair; weights summed, kinds collected); degrees are not changed. */
export function addTies(graph: DisplayGraph, ties: Dataset['ties']): void {
  for (const tie of ties) {
    if (tie.source === tie.target || !graph.hasNode(tie.source) || !graph.hasNode(tie.target)) continue;
    const key = pairKey(tie.source, tie.target);
    if (!graph.hasEdge(key)) {
      graph.addUndirectedEdgeWithKey(key, tie.source, tie.target, {
        role: 'tie',
        weight: tie.weight,
        kinds: [tie.kind],
      });
    } else {
      const attributes = graph.getEdgeAttributes(key);
      if (attributes.role === 'tie') {
        attributes.weight += tie.weight;
        if (!attributes.kinds.includes(tie.kind)) attributes.kinds = [...attributes.kinds, tie.kind].sort();
      }
    }
  }
}

/** Degrees (distinct neighbours) from the ties, without adding edges: pairs counted once by number. */
function setDegrees(graph: DisplayGraph, ties: Dataset['ties']): void {
  const index = new Map<string, number>();
  graph.forEachNode((node) => index.set(node, index.size));
  const nodes = graph.nodes();
  const degree = new Uint32Array(nodes.length);
  const seen = new Set<number>();
  for (const tie of ties) {
    const [s, t] = [index.get(tie.source), index.get(tie.target)];
    if (s === undefined || t === undefined || s === t) continue;
    const pair = s < t ? s * nodes.length + t : t * nodes.length + s;
    if (seen.has(pair)) continue;
    seen.add(pair);
    degree[s]!++;
    degree[t]!++;
  }
  nodes.forEach((node, i) => (graph.getNodeAttributes(node).degree = degree[i]!));
}

/** Puts layout positions on the drawn nodes. */
export function placeNodes(graph: DisplayGraph, positions: ReadonlyMap<string, { x: number; y: number }>): void {
  graph.forEachNode((node, attributes) => {
    const position = positions.get(node);
    attributes.x = position?.x ?? 0;
    attributes.y = position?.y ?? 0;
  });
}

/** Adds the transmission edges of a flow (source → adopter); returns their keys in adoption order. */
export function addFlowEdges(
  graph: DisplayGraph,
  steps: readonly { actor: string; source: string | null }[],
): string[] {
  const keys: string[] = [];
  steps.forEach((step, order) => {
    const { actor, source } = step;
    if (source === null || source === actor || !graph.hasNode(source) || !graph.hasNode(actor)) return;
    const key = `f\u0000${source}\u0000${actor}`;
    if (graph.hasEdge(key)) return;
    keys.push(graph.addDirectedEdgeWithKey(key, source, actor, { role: 'flow', order }));
  });
  return keys;
}

/** Removes every transmission edge. */
export function dropFlowEdges(graph: DisplayGraph): void {
  for (const edge of graph.directedEdges()) graph.dropEdge(edge);
}

/** Localities in order of first appearance. */
export function localitiesOf(dataset: Dataset): string[] {
  return [...new Set(dataset.actors.map((a) => a.locality))];
}

/** Tie kinds, sorted. */
export function kindsOf(dataset: Dataset): string[] {
  return [...new Set(dataset.ties.map((t) => t.kind))].sort();
}
