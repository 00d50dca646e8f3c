/**
 * Louvain community detection (Blondel, Guillaume, Lambiotte & Lefebvre
 * 2008, "Fast unfolding of communities in large networks", Journal of
 * Statistical Mechanics P10008), on the merged undirected view with summed
 * tie weights.
 *
 * Method: each level repeats passes over the nodes, in an order shuffled with
 * `createRng(seed)`, moving each node to the neighbouring community with the
 * largest modularity gain ΔQ ∝ k_i,c − γ Σ_tot(c) k_i / 2m (k_i,c: the
 * weight from i to community c; Σ_tot(c): the summed degree of c without i),
 * and only when the gain beats staying; a level ends after a pass that moves
 * nobody. The communities then become the nodes of the next level, their
 * internal weight a self-loop and the weights between them summed. It stops
 * when a level moves nobody or raises modularity by no more than 1e-7, the
 * threshold of NetworkX `louvain_communities`, whose procedure this follows.
 *
 * Convention: communities are numbered 0 .. count − 1 in the order of their
 * smallest node index; `modularity` is {@link modularity} of the result at
 * the same resolution, recomputed on the input graph. Isolates stay alone.
 * The same graph and seed give the same partition.
 *
 * Complexity: O(m) time per pass and O(n + m) memory; the aggregated graphs
 * shrink quickly, so the first level dominates.
 */
import { createRng, type CompactGraph, type Rng } from '@muster/core';
import { modularity } from './modularity.js';

/** Options of {@link louvain}. */
export interface LouvainOptions {
  /** Seed of the node order; default {@link LOUVAIN_DEFAULTS}.seed. */
  seed?: number;
  /** The resolution γ; above 1 favours smaller communities. Default 1. */
  resolution?: number;
}

/** A partition found by {@link louvain}. */
export interface LouvainResult {
  /** Community of each node, 0 .. count − 1. */
  community: Int32Array;
  count: number;
  /** Modularity of the partition (at the chosen resolution); NaN when the graph has no edges. */
  modularity: number;
}

/** Defaults of {@link louvain}; `threshold` is the least modularity gain for which another level is built. */
export const LOUVAIN_DEFAULTS = { seed: 1, resolution: 1, threshold: 1e-7 } as const;

/** One level: a weighted graph whose nodes may carry self-loops (weight counted from both ends). */
interface Level {
  n: number;
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
  self: Float64Array;
  strength: Float64Array;
}

function shuffled(n: number, rng: Rng): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

/** Local moving at one level; writes each node's community into `comm` and returns the number of moves. */
function moveNodes(level: Level, comm: Int32Array, rng: Rng, resolution: number, total: number): number {
  const { n, offsets, neighbours, weights, strength } = level;
  const tot = Float64Array.from(strength);
  for (let i = 0; i < n; i++) comm[i] = i;
  const order = shuffled(n, rng);
  const toCommunity = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n + 1);
  const scale = resolution / total;
  let moves = 0;
  let tick = 0;
  for (;;) {
    let passMoves = 0;
    for (let o = 0; o < n; o++) {
      const i = order[o]!;
      const start = offsets[i]!;
      const end = offsets[i + 1]!;
      if (start === end) continue;
      if (++tick === 0x7fffffff) {
        stamp.fill(-1);
        tick = 0;
      }
      const current = comm[i]!;
      stamp[current] = tick;
      toCommunity[current] = 0;
      touched[0] = current;
      let count = 1;
      for (let k = start; k < end; k++) {
        const c = comm[neighbours[k]!]!;
        if (stamp[c] !== tick) {
          stamp[c] = tick;
          toCommunity[c] = weights[k]!;
          touched[count++] = c;
        } else {
          toCommunity[c]! += weights[k]!;
        }
      }
      const ki = strength[i]!;
      tot[current]! -= ki;
      let best = current;
      let bestGain = toCommunity[current]! - scale * tot[current]! * ki;
      for (let t = 1; t < count; t++) {
        const c = touched[t]!;
        const gain = toCommunity[c]! - scale * tot[c]! * ki;
        if (gain > bestGain) {
          best = c;
          bestGain = gain;
        }
      }
      tot[best]! += ki;
      if (best !== current) {
        comm[i] = best;
        passMoves++;
      }
    }
    moves += passMoves;
    if (passMoves === 0) return moves;
  }
}

/** Renumbers `comm` in place to 0 .. C − 1 by first appearance in index order; returns C. */
function renumber(comm: Int32Array): number {
  const map = new Int32Array(comm.length).fill(-1);
  let count = 0;
  for (let i = 0; i < comm.length; i++) {
    const c = comm[i]!;
    if (map[c] === -1) map[c] = count++;
    comm[i] = map[c]!;
  }
  return count;
}

/** Modularity of a level's partition, self-loops included. */
function levelModularity(level: Level, comm: Int32Array, count: number, resolution: number, total: number): number {
  const inside = new Float64Array(count);
  const tot = new Float64Array(count);
  for (let i = 0; i < level.n; i++) {
    const c = comm[i]!;
    tot[c]! += level.strength[i]!;
    inside[c]! += level.self[i]!;
    for (let k = level.offsets[i]!; k < level.offsets[i + 1]!; k++) {
      if (comm[level.neighbours[k]!] === c) inside[c]! += level.weights[k]!;
    }
  }
  let q = 0;
  for (let c = 0; c < count; c++) q += inside[c]! / total - resolution * (tot[c]! / total) ** 2;
  return q;
}

/** The graph of communities: one node per community, weights between them summed. */
function aggregate(level: Level, comm: Int32Array, count: number): Level {
  const { n, offsets, neighbours, weights } = level;
  // Members of each community, by counting sort.
  const memberStart = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) memberStart[comm[i]! + 1]!++;
  for (let c = 0; c < count; c++) memberStart[c + 1]! += memberStart[c]!;
  const members = new Int32Array(n);
  const fill = memberStart.slice(0, count);
  for (let i = 0; i < n; i++) members[fill[comm[i]!]!++] = i;

  const newOffsets = new Int32Array(count + 1);
  const newNeighbours = new Int32Array(offsets[n]!);
  const newWeights = new Float64Array(offsets[n]!);
  const self = new Float64Array(count);
  const strength = new Float64Array(count);
  const stamp = new Int32Array(count).fill(-1);
  const slot = new Int32Array(count);
  let out = 0;
  for (let c = 0; c < count; c++) {
    newOffsets[c] = out;
    let loop = 0;
    for (let p = memberStart[c]!; p < memberStart[c + 1]!; p++) {
      const i = members[p]!;
      loop += level.self[i]!;
      strength[c]! += level.strength[i]!;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const d = comm[neighbours[k]!]!;
        const w = weights[k]!;
        if (d === c) {
          loop += w;
        } else if (stamp[d] !== c) {
          stamp[d] = c;
          slot[d] = out;
          newNeighbours[out] = d;
          newWeights[out++] = w;
        } else {
          newWeights[slot[d]!]! += w;
        }
      }
    }
    self[c] = loop;
  }
  newOffsets[count] = out;
  return {
    n: count,
    offsets: newOffsets,
    neighbours: newNeighbours.slice(0, out),
    weights: newWeights.slice(0, out),
    self,
    strength,
  };
}

/** Louvain communities of the merged weighted view (see the banner). */
export function louvain(graph: CompactGraph, options: LouvainOptions = {}): LouvainResult {
  const { seed = LOUVAIN_DEFAULTS.seed, resolution = LOUVAIN_DEFAULTS.resolution } = options;
  const n = graph.ids.length;
  const strength = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = graph.offsets[i]!; k < graph.offsets[i + 1]!; k++) sum += graph.weights[k]!;
    strength[i] = sum;
    total += sum;
  }
  const community = new Int32Array(n);
  for (let i = 0; i < n; i++) community[i] = i;
  if (total > 0) {
    const rng = createRng(seed);
    let level: Level = {
      n,
      offsets: graph.offsets,
      neighbours: graph.neighbours,
      weights: graph.weights,
      self: new Float64Array(n),
      strength,
    };
    let comm = new Int32Array(n);
    for (let i = 0; i < n; i++) comm[i] = i;
    let previous = levelModularity(level, comm, n, resolution, total);
    for (;;) {
      comm = new Int32Array(level.n);
      if (moveNodes(level, comm, rng, resolution, total) === 0) break;
      const count = renumber(comm);
      for (let i = 0; i < n; i++) community[i] = comm[community[i]!]!;
      const q = levelModularity(level, comm, count, resolution, total);
      if (q - previous <= LOUVAIN_DEFAULTS.threshold) break;
      previous = q;
      level = aggregate(level, comm, count);
    }
  }
  const count = renumber(community);
  return { community, count, modularity: modularity(graph, community, { resolution }) };
}
