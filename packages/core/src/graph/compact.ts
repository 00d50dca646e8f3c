/**
 * The compact view: the merged simple undirected graph of a dataset (or of
 * one locality) as typed arrays in compressed sparse row form (CSR), built
 * once, straight from the dataset. The audit's metrics and the flow's
 * simulations run on it; it costs a few bytes per tie where a graphology
 * graph costs hundreds.
 *
 * Node `i` is `ids[i]`; its neighbours are `neighbours[offsets[i]]` up to
 * `neighbours[offsets[i + 1]]`, sorted ascending, each once, with the summed
 * weight of every tie between the two actors in `weights` at the same index.
 *
 * With `directed: true` the same arrays hold the merged directed view
 * instead: the neighbours of `i` are its out-neighbours. A directed tie
 * u → v gives v to u only; an undirected tie counts both ways. Weights are
 * summed over the ties that give the same arc.
 */
import type { Dataset } from '../model.js';

/** A merged simple graph in CSR form (undirected unless built with `directed: true`). */
export interface CompactGraph {
  /** Actor ids, in dataset order. */
  ids: string[];
  /** Actor id → node index. */
  index: Map<string, number>;
  /** Length `ids.length + 1`. */
  offsets: Int32Array;
  /** Neighbour indices, sorted within each node's slice. */
  neighbours: Int32Array;
  /** Summed tie weights, aligned with `neighbours`. */
  weights: Float64Array;
}

/** Which actors and ties the compact view keeps. */
export interface CompactOptions {
  /** Keep only this locality's actors and the ties among them (the induced subgraph). */
  locality?: string;
  /** Keep only ties of these kinds. */
  kinds?: readonly string[];
  /**
   * Hold out-neighbours only: a directed tie u → v gives v to u and not u to
   * v; an undirected tie still counts both ways. Default false: every tie
   * counts both ways (the undirected view).
   */
  directed?: boolean;
}

/** Builds the compact view of a dataset in two passes over its ties (undirected unless `options.directed`). */
export function compactView(dataset: Dataset, options: CompactOptions = {}): CompactGraph {
  const ids: string[] = [];
  const index = new Map<string, number>();
  for (const actor of dataset.actors) {
    if (options.locality !== undefined && actor.locality !== options.locality) continue;
    index.set(actor.id, ids.length);
    ids.push(actor.id);
  }
  const n = ids.length;
  const kinds = options.kinds === undefined ? undefined : new Set(options.kinds);
  const m = dataset.ties.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const weight = new Float64Array(m);
  // Whether a kept tie gives its target → source arc too.
  const back = new Uint8Array(m);
  const directed = options.directed === true;
  const degree = new Int32Array(n + 1);
  let kept = 0;
  for (const tie of dataset.ties) {
    if (kinds !== undefined && !kinds.has(tie.kind)) continue;
    const u = index.get(tie.source);
    const v = index.get(tie.target);
    if (u === undefined || v === undefined || u === v) continue;
    from[kept] = u;
    to[kept] = v;
    weight[kept] = tie.weight;
    const both = !directed || !tie.directed;
    back[kept] = both ? 1 : 0;
    kept++;
    degree[u]!++;
    if (both) degree[v]!++;
  }
  // The arcs of every tie (both directions unless directed), bucketed by node.
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + degree[i]!;
  const fill = start.slice(0, n);
  const adj = new Int32Array(start[n]!);
  const adjWeight = new Float64Array(start[n]!);
  for (let e = 0; e < kept; e++) {
    const u = from[e]!;
    const v = to[e]!;
    const w = weight[e]!;
    adj[fill[u]!] = v;
    adjWeight[fill[u]!++] = w;
    if (back[e] === 0) continue;
    adj[fill[v]!] = u;
    adjWeight[fill[v]!++] = w;
  }
  // Merge parallel ties per node (summing weights in tie order) with a
  // marker per neighbour, then sort each node's distinct neighbours with the
  // native numeric sort. The result is written back in place: `out` never
  // runs ahead of the slice being read.
  const offsets = new Int32Array(n + 1);
  const mark = new Int32Array(n).fill(-1);
  const sum = new Float64Array(n);
  let out = 0;
  for (let i = 0; i < n; i++) {
    const a = start[i]!;
    const b = start[i + 1]!;
    offsets[i] = out;
    for (let k = a; k < b; k++) {
      const v = adj[k]!;
      if (mark[v] !== i) {
        mark[v] = i;
        sum[v] = adjWeight[k]!;
        adj[out++] = v;
      } else {
        sum[v]! += adjWeight[k]!;
      }
    }
    adj.subarray(offsets[i]!, out).sort();
    for (let k = offsets[i]!; k < out; k++) adjWeight[k] = sum[adj[k]!]!;
  }
  offsets[n] = out;
  return {
    ids,
    index,
    offsets,
    neighbours: adj.slice(0, out),
    weights: adjWeight.slice(0, out),
  };
}
