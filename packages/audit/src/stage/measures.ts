/**
 * The measures the network's stage is read from (stage.ts): local
 * clustering, mean shortest-path length, a random graph with the same
 * degrees, Freeman degree centralisation and the Borgatti–Everett
 * core–periphery fit. All on the merged undirected view.
 */
import { createRng, randomInt, type CompactGraph } from '@muster/core';
import { bfsScratch, components, distancesFrom, type Components } from '../bfs.js';

/** Up to this many nodes in the largest component, mean path length is exact; above, from at most this many seeded sources… */
export const PATH_SOURCES = 100;
/** …and from fewer on large graphs, so that the searches visit about this many nodes and arcs (at least 10 sources). */
const PATH_WORK = 5e7;

export function degreeOf(graph: CompactGraph, u: number): number {
  return graph.offsets[u + 1]! - graph.offsets[u]!;
}

/**
 * Each node's local clustering, as NetworkX `clustering` (0 for fewer than
 * two neighbours): the share of pairs of its neighbours that are tied.
 */
export function localClustering(graph: CompactGraph): Float64Array {
  const n = graph.ids.length;
  const { offsets, neighbours } = graph;
  const mark = new Int32Array(n).fill(-1);
  const local = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const d = degreeOf(graph, u);
    if (d < 2) continue;
    for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) mark[neighbours[k]!] = u;
    let triangles = 0;
    for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
      const v = neighbours[k]!;
      for (let j = offsets[v]!, jEnd = offsets[v + 1]!; j < jEnd; j++) {
        const w = neighbours[j]!;
        if (w > v && mark[w] === u) triangles++;
      }
    }
    local[u] = (2 * triangles) / (d * (d - 1));
  }
  return local;
}

/** The mean of an array (0 when empty). */
export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return values.length === 0 ? 0 : sum / values.length;
}

/** The nodes of the largest of the `components` (the one with the smallest node on a tie), ascending. */
export function largestComponent({ component, count }: Components): number[] {
  const size = new Int32Array(count);
  for (const c of component) size[c]!++;
  let best = 0;
  for (let c = 1; c < count; c++) if (size[c]! > size[best]!) best = c;
  const nodes: number[] = [];
  component.forEach((c, u) => c === best && nodes.push(u));
  return nodes;
}

/**
 * Mean shortest-path length within the largest component: over every
 * source when it has at most {@link PATH_SOURCES} nodes, else over that many
 * sources drawn with `seed` (fewer, down to 10, on graphs of over 250,000
 * nodes and arcs). 0 for a component of one node. `nodes` is the largest
 * component when already known.
 */
export function meanPathLength(graph: CompactGraph, seed: number, nodes = largestComponent(components(graph))): number {
  if (nodes.length < 2) return 0;
  let sources = nodes;
  const wanted = Math.max(
    10,
    Math.min(PATH_SOURCES, Math.floor(PATH_WORK / (graph.ids.length + graph.neighbours.length))),
  );
  if (nodes.length > wanted) {
    const rng = createRng(seed);
    const pool = [...nodes];
    for (let i = 0; i < wanted; i++) {
      const j = i + randomInt(rng, pool.length - i);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    sources = pool.slice(0, wanted);
  }
  const scratch = bfsScratch(graph.ids.length);
  let total = 0;
  for (const s of sources) {
    const dist = distancesFrom(graph, [s], scratch);
    for (const u of nodes) total += dist[u]!;
  }
  return total / (sources.length * (nodes.length - 1));
}

/**
 * A random graph with the same degrees (the configuration model, Molloy &
 * Reed 1995): ends of ties shuffled with `seed` and paired, self-ties and
 * repeated pairs dropped (the "erased" model, so a few degrees come out
 * lower).
 */
export function sameDegreeRandom(graph: CompactGraph, seed: number): CompactGraph {
  const n = graph.ids.length;
  const stubs = new Int32Array(graph.neighbours.length);
  for (let u = 0, s = 0; u < n; u++) for (let k = degreeOf(graph, u); k > 0; k--) stubs[s++] = u;
  const rng = createRng(seed);
  for (let i = stubs.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    const t = stubs[i]!;
    stubs[i] = stubs[j]!;
    stubs[j] = t;
  }
  // Each pair as one number a·n + b (a < b), sorted, so repeated pairs sit together.
  const pairs = new Float64Array(stubs.length >> 1);
  let count = 0;
  for (let i = 0; i + 1 < stubs.length; i += 2) {
    const a = stubs[i]!;
    const b = stubs[i + 1]!;
    if (a !== b) pairs[count++] = a < b ? a * n + b : b * n + a;
  }
  const sorted = pairs.subarray(0, count).sort();
  const degree = new Int32Array(n);
  const ends: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) continue;
    const a = Math.floor(sorted[i]! / n);
    const b = sorted[i]! - a * n;
    degree[a]!++;
    degree[b]!++;
    ends.push(a, b);
  }
  const offsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) offsets[u + 1] = offsets[u]! + degree[u]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(offsets[n]!);
  for (let i = 0; i < ends.length; i += 2) {
    neighbours[fill[ends[i]!]!++] = ends[i + 1]!;
    neighbours[fill[ends[i + 1]!]!++] = ends[i]!;
  }
  // Pairs come in ascending order of (a, b): each b's list of smaller a is sorted, but the two halves interleave.
  for (let u = 0; u < n; u++) neighbours.subarray(offsets[u]!, offsets[u + 1]!).sort();
  return {
    ids: graph.ids,
    index: graph.index,
    offsets,
    neighbours,
    weights: new Float64Array(offsets[n]!).fill(1),
  };
}

/** Freeman degree centralisation: Σ (max − dᵢ) / ((n − 1)(n − 2)); 1 for a star, 0 for a regular graph. */
export function degreeCentralisation(graph: CompactGraph): number {
  const n = graph.ids.length;
  if (n < 3) return 0;
  let max = 0;
  for (let u = 0; u < n; u++) max = Math.max(max, degreeOf(graph, u));
  let sum = 0;
  for (let u = 0; u < n; u++) sum += max - degreeOf(graph, u);
  return sum / ((n - 1) * (n - 2));
}

/**
 * The Borgatti & Everett (1999) discrete core–periphery fit: the Pearson
 * correlation, over pairs inside the core and pairs inside the periphery,
 * between the ties and the ideal pattern (every core pair tied, no
 * periphery pair tied; core–periphery pairs left free). Cores are tried as
 * the k best-connected actors for every k (UCINET starts from the same
 * degree ordering), and the best k kept.
 */
export function coreFit(graph: CompactGraph): { fit: number; core: number[] } {
  const n = graph.ids.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => degreeOf(graph, b) - degreeOf(graph, a) || a - b);
  const inCore = new Uint8Array(n);
  const edges = graph.neighbours.length / 2;
  let coreTies = 0; // ties with both ends in the core
  let peripheryTies = edges; // ties with both ends in the periphery
  let best = { fit: 0, size: 0 };
  for (let k = 1; k < n - 1; k++) {
    const v = order[k - 1]!;
    let toCore = 0;
    for (let j = graph.offsets[v]!, end = graph.offsets[v + 1]!; j < end; j++)
      if (inCore[graph.neighbours[j]!]) toCore++;
    inCore[v] = 1;
    coreTies += toCore;
    peripheryTies -= degreeOf(graph, v) - toCore;
    if (k < 2) continue;
    const corePairs = (k * (k - 1)) / 2;
    const peripheryPairs = ((n - k) * (n - k - 1)) / 2;
    const pairs = corePairs + peripheryPairs;
    const tied = coreTies + peripheryTies;
    const spread = corePairs * (pairs - corePairs) * tied * (pairs - tied);
    if (spread <= 0) continue;
    const fit = (pairs * coreTies - corePairs * tied) / Math.sqrt(spread);
    if (fit > best.fit + 1e-12) best = { fit, size: k };
  }
  return { fit: best.fit, core: order.slice(0, best.size).sort((a, b) => a - b) };
}
