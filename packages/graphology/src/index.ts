/**
 * `@muster/graphology`: the dataset as a graphology graph, for code that wants graphology's API
 * (the viewer, GEXF/GraphML, users' own analyses): one node per actor, one
 * edge per tie (a multigraph: two actors may share ties of several kinds),
 * directed or undirected per tie. User attributes stay under `attributes`,
 * so they never collide with the names graphology or sigma reserve.
 *
 * graphology is a peer dependency: install it beside this package.
 *
 * @module @muster/graphology
 */
import { MultiGraph, UndirectedGraph } from 'graphology';
import type { Actor, Attributes, Dataset } from '@muster/core';

/** What a node of the cluster graph carries: the actor, whose id is the node's key. */
export type ActorNodeAttributes = Omit<Actor, 'id'>;

/** What an edge of the cluster graph carries. */
export type TieEdgeAttributes = {
  kind: string;
  weight: number;
  date?: string;
  attributes: Attributes;
};

/** The cluster as a mixed multigraph with typed attributes. */
export type ClusterGraph = MultiGraph<ActorNodeAttributes, TieEdgeAttributes>;

/** What an edge of the merged simple view carries. */
export type MergedEdgeAttributes = {
  /** Sum of the weights of every tie between the two actors, whatever its kind or direction. */
  weight: number;
  /** The kinds of those ties, sorted. */
  kinds: string[];
};

/** The merged simple undirected view that path-based metrics use (REPORT.md). */
export type MergedGraph = UndirectedGraph<ActorNodeAttributes, MergedEdgeAttributes>;

/** Builds the cluster graph of a dataset. Node keys are actor ids. */
export function toGraph(dataset: Dataset): ClusterGraph {
  const graph: ClusterGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  for (const actor of dataset.actors) {
    const attributes: ActorNodeAttributes = {
      name: actor.name,
      role: actor.role,
      roles: [...actor.roles],
      locality: actor.locality,
      attributes: { ...actor.attributes },
    };
    if (actor.organisation !== undefined) attributes.organisation = actor.organisation;
    if (actor.sector !== undefined) attributes.sector = actor.sector;
    graph.addNode(actor.id, attributes);
  }
  for (const tie of dataset.ties) {
    const attributes: TieEdgeAttributes = { kind: tie.kind, weight: tie.weight, attributes: { ...tie.attributes } };
    if (tie.date !== undefined) attributes.date = tie.date;
    if (tie.directed) graph.addDirectedEdge(tie.source, tie.target, attributes);
    else graph.addUndirectedEdge(tie.source, tie.target, attributes);
  }
  return graph;
}

/** The subgraph induced by one locality's actors: its actors and the ties among them. */
export function localitySubgraph(graph: ClusterGraph, locality: string): ClusterGraph {
  const sub: ClusterGraph = graph.emptyCopy();
  graph.forEachNode((node, attributes) => {
    if (attributes.locality !== locality) sub.dropNode(node);
  });
  graph.forEachEdge((_edge, attributes, source, target, _s, _t, undirected) => {
    if (!sub.hasNode(source) || !sub.hasNode(target)) return;
    if (undirected) sub.addUndirectedEdge(source, target, { ...attributes });
    else sub.addDirectedEdge(source, target, { ...attributes });
  });
  return sub;
}

/**
 * The simple undirected view: one edge per pair of actors that share any
 * tie, with the weights of all their ties summed (REPORT.md, "Which graph a
 * metric sees").
 */
export function mergedView(graph: ClusterGraph): MergedGraph {
  const merged: MergedGraph = new UndirectedGraph();
  graph.forEachNode((node, attributes) => merged.addNode(node, attributes));
  graph.forEachEdge((_edge, attributes, source, target) => {
    const existing = merged.edge(source, target);
    if (existing === undefined) {
      merged.addEdge(source, target, { weight: attributes.weight, kinds: [attributes.kind] });
    } else {
      merged.updateEdgeAttributes(existing, (current) => {
        const kinds = current!.kinds.includes(attributes.kind)
          ? current!.kinds
          : [...current!.kinds, attributes.kind].sort();
        return { weight: current!.weight + attributes.weight, kinds };
      });
    }
  });
  return merged;
}
