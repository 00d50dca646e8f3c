/**
 * Betweenness centrality (Freeman 1977), computed with Brandes' algorithm
 * (Brandes 2001, "A faster algorithm for betweenness centrality", Journal of
 * Mathematical Sociology 25(2)), with optional pivot sampling (Brandes &
 * Pich 2007, "Centrality estimation in large networks").
 *
 * Formula: b(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st, where σ_st counts the
 * shortest s–t paths and σ_st(v) those through v, on the undirected,
 * unweighted view (every neighbour is one step away; tie weights are
 * ignored).
 *
 * Convention: as NetworkX `betweenness_centrality(G, normalized=True)` on an
 * undirected graph. The raw accumulation runs a search from every source, so
 * it counts each unordered pair from both ends; normalised, it is multiplied
 * by 1 / ((n − 1)(n − 2)) when n > 2, which is the share of pairs of other
 * nodes whose shortest paths pass through v. Unnormalised, it is halved.
 * With k pivots (k sources drawn without replacement, seeded), NetworkX 3.6
 * scales a node that was itself a pivot by 1 / ((k − 1)(n − 2)) and any other
 * node by 1 / (k(n − 2)) (unnormalised: (n − 1) / 2(k − 1) and
 * (n − 1) / 2k): each is then an unbiased estimate given whether the node was
 * drawn. With k = 1 the drawn node's value is undefined (NaN), as in
 * NetworkX. k ≥ n is the exact computation.
 *
 * Determinism: the sources are split into a fixed number of chunks
 * (`BETWEENNESS_CHUNKS`); each chunk is accumulated in source order and the
 * chunks are summed in chunk order. A caller that runs the chunks on worker
 * threads (`betweenness(graph, { sources: chunk })` per chunk, then
 * `combineBetweenness`) gets the same bits as the single-threaded call,
 * whatever the number of threads.
 *
 * Complexity: O(k · m) time for k sources on m ties (one breadth-first
 * search per source, then one backward pass over the shortest-path
 * predecessors only) and O(n + m) memory, allocated once per call: five
 * typed arrays of length n and one of length 2m, in which each node's
 * predecessors are written into the node's own CSR slice (a node has no
 * more predecessors than neighbours), so nothing is allocated per source.
 * Path counts σ are 64-bit floats, so they do not overflow on lattices where
 * they reach 10^16 and more (32-bit counts overflow on a 20 × 20 grid).
 */
import { createRng, type CompactGraph } from '@muster/core';

/** Options of {@link betweenness}. */
export interface BetweennessOptions {
  /** Scale as NetworkX `normalized=True` (default) or only halve the pair counts (`false`). */
  normalized?: boolean;
  /** Estimate from this many sources drawn at random (seeded) instead of every node. */
  pivots?: number;
  /** Seed of the pivot draw; default {@link BETWEENNESS_DEFAULTS}.seed. */
  seed?: number;
  /**
   * Compute only these sources' contributions, raw (unscaled, unsummed over
   * other sources): for splitting the work across threads. `pivots`,
   * `seed` and `normalized` are then ignored; see {@link combineBetweenness}.
   */
  sources?: ArrayLike<number>;
}

/** Defaults of {@link betweenness}. */
export const BETWEENNESS_DEFAULTS = { normalized: true, seed: 1 } as const;

/** The fixed number of source chunks whose sums are added in order (see the banner). */
export const BETWEENNESS_CHUNKS = 64;

/** Scratch arrays of one Brandes run, reused across sources. */
interface Workspace {
  order: Int32Array;
  dist: Int32Array;
  sigma: Float64Array;
  delta: Float64Array;
  /** Predecessors of node w, from `offsets[w]` up to `predEnd[w]` (w's own CSR slice, which has room for all). */
  pred: Int32Array;
  predEnd: Int32Array;
}

function workspace(graph: CompactGraph): Workspace {
  const n = graph.ids.length;
  return {
    order: new Int32Array(n),
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    pred: new Int32Array(graph.neighbours.length),
    predEnd: new Int32Array(n),
  };
}

/**
 * Adds the dependencies of sources `sources[from .. to)` to `out`: for each
 * source s, δ_s(v) = Σ_{w : v is a predecessor of w} σ_sv / σ_sw · (1 + δ_s(w)).
 */
function accumulate(
  graph: CompactGraph,
  sources: ArrayLike<number>,
  from: number,
  to: number,
  out: Float64Array,
  ws: Workspace,
): void {
  const { offsets, neighbours } = graph;
  const { order, dist, sigma, delta, pred, predEnd } = ws;
  for (let q = from; q < to; q++) {
    const s = sources[q]!;
    // Forward: breadth-first search counting shortest paths and noting each
    // node's predecessors in its own slice of `pred`.
    dist[s] = 0;
    sigma[s] = 1;
    delta[s] = 0;
    predEnd[s] = offsets[s]!;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      const sv = sigma[v]!;
      const end = offsets[v + 1]!;
      for (let k = offsets[v]!; k < end; k++) {
        const w = neighbours[k]!;
        const dw = dist[w]!;
        if (dw < 0) {
          dist[w] = next;
          sigma[w] = sv;
          delta[w] = 0;
          order[tail++] = w;
          const at = offsets[w]!;
          pred[at] = v;
          predEnd[w] = at + 1;
        } else if (dw === next) {
          sigma[w]! += sv;
          pred[predEnd[w]!++] = v;
        }
      }
    }
    // Backward, farthest first: push (1 + δ(w)) / σ(w) to the predecessors.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      const end = predEnd[w]!;
      for (let k = offsets[w]!; k < end; k++) {
        const v = pred[k]!;
        delta[v]! += sigma[v]! * coeff;
      }
      out[w]! += delta[w]!;
    }
    for (let i = 0; i < tail; i++) dist[order[i]!] = -1;
  }
}

function checkSources(n: number, sources: ArrayLike<number>): void {
  for (let q = 0; q < sources.length; q++) {
    const s = sources[q]!;
    if (!Number.isInteger(s) || s < 0 || s >= n)
      throw new RangeError(`betweenness: source ${s} is not a node index in [0, ${n})`);
  }
}

/**
 * Draws `k` distinct nodes of `0 .. n − 1` with `createRng(seed)` (a partial
 * Fisher–Yates shuffle) and returns them in ascending order.
 */
export function samplePivots(n: number, k: number, seed: number): Int32Array {
  if (!Number.isInteger(k) || k < 0 || k > n)
    throw new RangeError(`samplePivots: k must be a whole number in [0, ${n}], got ${k}`);
  const rng = createRng(seed);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.slice(0, k).sort();
}

/**
 * The sources {@link betweenness} uses: every node, or `pivots` nodes drawn
 * with `seed` when `pivots < n`. Pass the result to {@link betweennessChunks}
 * and, when sampled, to {@link combineBetweenness} as `sampled`.
 */
export function betweennessSources(
  n: number,
  options: Pick<BetweennessOptions, 'pivots' | 'seed'> = {},
): { sources: Int32Array; sampled: boolean } {
  const { pivots, seed = BETWEENNESS_DEFAULTS.seed } = options;
  if (pivots !== undefined && (!Number.isInteger(pivots) || pivots < 1)) {
    throw new RangeError(`betweenness: pivots must be a whole number ≥ 1, got ${pivots}`);
  }
  if (pivots === undefined || pivots >= n) {
    const all = new Int32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return { sources: all, sampled: false };
  }
  return { sources: samplePivots(n, pivots, seed), sampled: true };
}

/**
 * Splits `sources` (or `0 .. sources − 1` when given a count) into exactly
 * `chunkCount` contiguous chunks of near-equal size, in order; trailing
 * chunks are empty when there are fewer sources than chunks.
 */
export function betweennessChunks(
  sources: number | ArrayLike<number>,
  chunkCount: number = BETWEENNESS_CHUNKS,
): Int32Array[] {
  if (!Number.isInteger(chunkCount) || chunkCount < 1)
    throw new RangeError(`betweennessChunks: chunkCount must be a whole number ≥ 1, got ${chunkCount}`);
  const list =
    typeof sources === 'number' ? Int32Array.from({ length: sources }, (_, i) => i) : Int32Array.from(sources);
  const size = Math.ceil(list.length / chunkCount);
  const chunks: Int32Array[] = [];
  for (let c = 0; c < chunkCount; c++)
    chunks.push(list.slice(Math.min(c * size, list.length), Math.min((c + 1) * size, list.length)));
  return chunks;
}

/** Options of {@link combineBetweenness} and {@link rescaleBetweenness}. */
export interface BetweennessScaleOptions {
  /** As {@link BetweennessOptions.normalized}; default true. */
  normalized?: boolean;
  /** The pivots, when the sources were a sample rather than every node. */
  sampled?: ArrayLike<number>;
}

/**
 * Scales raw pair counts (from every node or from the pivots `sampled`) as
 * NetworkX's `_rescale` does for undirected graphs without endpoints.
 * Returns a new array.
 */
export function rescaleBetweenness(raw: Float64Array, options: BetweennessScaleOptions = {}): Float64Array {
  const { normalized = BETWEENNESS_DEFAULTS.normalized, sampled } = options;
  const n = raw.length;
  const out = Float64Array.from(raw);
  const pairs = n - 1; // possible targets other than v
  if (pairs < 2) return out;
  if (sampled === undefined || sampled.length >= n) {
    const scale = normalized ? 1 / (pairs * (pairs - 1)) : 0.5;
    for (let v = 0; v < n; v++) out[v]! *= scale;
    return out;
  }
  const k = sampled.length;
  const scaleSource = k > 1 ? (normalized ? 1 / ((k - 1) * (pairs - 1)) : pairs / ((k - 1) * 2)) : Number.NaN;
  const scaleOther = normalized ? 1 / (k * (pairs - 1)) : pairs / (k * 2);
  const isSource = new Uint8Array(n);
  for (let q = 0; q < k; q++) isSource[sampled[q]!] = 1;
  for (let v = 0; v < n; v++) out[v]! *= isSource[v] === 1 ? scaleSource : scaleOther;
  return out;
}

/**
 * Sums per-chunk raw results in the order given, then rescales: with the
 * chunks of {@link betweennessChunks}, the same bits as {@link betweenness}.
 */
export function combineBetweenness(
  parts: readonly Float64Array[],
  n: number,
  options: BetweennessScaleOptions = {},
): Float64Array {
  const total = new Float64Array(n);
  for (const part of parts) {
    if (part.length !== n) throw new RangeError(`combineBetweenness: a part has length ${part.length}, expected ${n}`);
    for (let v = 0; v < n; v++) total[v]! += part[v]!;
  }
  return rescaleBetweenness(total, options);
}

/**
 * Betweenness centrality of every node of the undirected, unweighted view
 * (see the banner for the convention). With `sources`, the raw contributions
 * of those sources only.
 */
export function betweenness(graph: CompactGraph, options: BetweennessOptions = {}): Float64Array {
  const n = graph.ids.length;
  const ws = workspace(graph);
  if (options.sources !== undefined) {
    checkSources(n, options.sources);
    const out = new Float64Array(n);
    accumulate(graph, options.sources, 0, options.sources.length, out, ws);
    return out;
  }
  const { sources, sampled } = betweennessSources(n, options);
  const chunks = betweennessChunks(sources.length, BETWEENNESS_CHUNKS);
  const total = new Float64Array(n);
  const part = new Float64Array(n);
  let from = 0;
  for (const chunk of chunks) {
    part.fill(0);
    accumulate(graph, sources, from, from + chunk.length, part, ws);
    from += chunk.length;
    for (let v = 0; v < n; v++) total[v]! += part[v]!;
  }
  return rescaleBetweenness(total, {
    normalized: options.normalized ?? BETWEENNESS_DEFAULTS.normalized,
    ...(sampled ? { sampled: sources } : {}),
  });
}
