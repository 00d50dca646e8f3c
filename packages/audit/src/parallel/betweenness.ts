/**
 * `betweennessParallel`: exact (or pivot-sampled) betweenness on worker
 * threads, with the same bits as `betweenness` (see pool.ts).
 */
import type { CompactGraph } from '@muster/core';
import { BetweennessPool, defaultThreads, type PoolBetweennessOptions } from './pool.js';

/** Options of {@link betweennessParallel}. */
export interface ParallelBetweennessOptions extends PoolBetweennessOptions {
  /** Worker threads to start; default: the number of CPUs (`os.availableParallelism()`). */
  threads?: number;
}

/**
 * Betweenness centrality of every node, computed on `threads` worker
 * threads: the same values, bit for bit, as `betweenness(graph, options)`
 * whatever the number of threads. Starts the workers and stops them before
 * resolving; to compute several graphs with one set of workers, use a
 * {@link BetweennessPool}.
 */
export async function betweennessParallel(
  graph: CompactGraph,
  options: ParallelBetweennessOptions = {},
): Promise<Float64Array> {
  const { threads = defaultThreads(), ...rest } = options;
  const pool = new BetweennessPool(threads);
  try {
    return await pool.compute(graph, rest);
  } finally {
    await pool.close();
  }
}
