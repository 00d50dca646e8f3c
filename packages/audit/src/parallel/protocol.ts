/**
 * Messages between the betweenness pool (main thread) and its workers.
 *
 * A task names one graph (by an id the pool gives it) and some of its
 * source chunks; the worker answers with the raw sum of each chunk, in the
 * order asked, which the main thread adds up in chunk order.
 */

/** From the pool to a worker: compute these chunks of this graph. */
export interface BetweennessTask {
  /** Task id, echoed in the answer. */
  task: number;
  /** Graph id: the worker keeps the last graph it was sent and reuses it while the id is the same. */
  graph: number;
  /** Number of nodes. */
  n: number;
  /** The CSR arrays of the undirected view, on a SharedArrayBuffer (read only). */
  offsets: Int32Array;
  neighbours: Int32Array;
  /** The sources of each chunk. */
  chunks: Int32Array[];
}

/** A worker's answer to a task that threw: the error's message and stack, for the pool to rethrow. */
export interface FailedAnswer {
  task: number;
  error: { message: string; stack?: string };
}

/** The {@link FailedAnswer} of task `task` for what it threw. */
export function failedAnswer(task: number, thrown: unknown): FailedAnswer {
  const e = thrown instanceof Error ? thrown : new Error(String(thrown));
  return { task, error: { message: e.message, ...(e.stack === undefined ? {} : { stack: e.stack }) } };
}

/** From a worker to the pool: the raw sums of the task's chunks, or why it failed. */
export type BetweennessAnswer = { task: number; parts: Float64Array[] } | FailedAnswer;
