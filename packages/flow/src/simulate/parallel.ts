/**
 * The runs of `spread` split over worker threads: `spreadParallel` for one
 * simulation, `createSpreadPool` to keep the threads for several (a
 * baseline and its what-ifs, say).
 *
 * Each simulation is prepared once on the calling thread (options checked,
 * what-if applied) and its arrays are copied once into SharedArrayBuffers,
 * which every worker reads in place. Worker i does the contiguous runs
 * `start_i … start_i + count_i − 1`; since a run's random numbers depend on
 * the seed and the run's index only (`hash.ts`), and every result is a sum
 * of whole numbers, the combined result is identical, bit for bit, to
 * `spread`'s, whatever the number of threads.
 *
 * The workers run `spread-worker.js` beside this module, started by core's
 * `startWorker` (which runs `spread-worker.ts` through tsx from the sources). A
 * pool of two threads is ready in about 0.1 s from the built package, so
 * threads pay off for simulations that take longer than that. Idle threads do not keep the process alive.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { CompactGraph } from '@muster/core';
import { startWorker } from '@muster/node/worker';
import { checkWhole, prepareSpread, type PreparedSpread } from './prepare.js';
import { checkRunOptions, emptyResult, spreadChecked } from './spread.js';
import type { SpreadGroups, SpreadOptions, SpreadResult } from './types.js';

/** Options of {@link spreadParallel}: those of `spread`, and the number of threads. */
export interface ParallelSpreadOptions extends SpreadOptions {
  /** Worker threads to use (default: the available parallelism); at most one per run. 1 runs on the calling thread. */
  threads?: number;
}

/** One share of the runs, as posted to a worker. */
export interface WorkerTask {
  prepared: PreparedSpread;
  groups: SpreadGroups[];
  firstRun: number;
  runs: number;
}

/** What the pool posts to a worker. */
export interface WorkerRequest {
  id: number;
  task: WorkerTask;
}

/** What a worker posts back. */
export type WorkerMessage =
  { id: number; type: 'progress'; done: number } | { id: number; type: 'done'; result: SpreadResult };

/** Worker threads kept for several simulations (see {@link createSpreadPool}). */
export interface SpreadPool {
  /** The number of worker threads. */
  readonly threads: number;
  /** `spread` with the runs split over the pool's threads: the same result, bit for bit. */
  spread(graph: CompactGraph, options: SpreadOptions): Promise<SpreadResult>;
  /** Stops the threads; the pool cannot be used afterwards. */
  close(): Promise<void>;
}

function shared<T extends Int32Array | Float64Array>(array: T): T {
  const copy = (
    array instanceof Int32Array
      ? new Int32Array(new SharedArrayBuffer(array.byteLength))
      : new Float64Array(new SharedArrayBuffer(array.byteLength))
  ) as T;
  copy.set(array);
  return copy;
}

function sharePrepared(p: PreparedSpread): PreparedSpread {
  return {
    ...p,
    offsets: shared(p.offsets),
    neighbours: shared(p.neighbours),
    slotLive: shared(p.slotLive),
    influence: shared(p.influence),
    seeds: shared(p.seeds),
    removed: shared(p.removed),
  };
}

interface Pending {
  resolve: (result: SpreadResult) => void;
  reject: (error: unknown) => void;
  progress: (done: number) => void;
}

/** One worker thread: tasks go in order; it keeps the process alive only while it has work. */
class PoolWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private failure: unknown = undefined;

  constructor() {
    this.worker = startWorker(new URL('./spread-worker.js', import.meta.url));
    this.worker.unref();
    this.worker.on('message', (message: WorkerMessage) => {
      const job = this.pending.get(message.id);
      if (job === undefined) return;
      if (message.type === 'progress') return job.progress(message.done);
      this.settle(message.id);
      job.resolve(message.result);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) =>
      this.fail(new Error(`@muster/flow: a spread worker stopped (exit code ${code}) with work left`)),
    );
  }

  private settle(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
  }

  private fail(error: unknown): void {
    this.failure ??= error;
    for (const [id, job] of this.pending) {
      this.settle(id);
      job.reject(error);
    }
  }

  run(id: number, task: WorkerTask, progress: (done: number) => void): Promise<SpreadResult> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject, progress });
      this.worker.postMessage({ id, task } satisfies WorkerRequest);
    });
  }

  async stop(): Promise<void> {
    this.failure ??= new Error('@muster/flow: the spread pool is closed');
    await this.worker.terminate();
  }
}

/** Adds `part` (runs `start … start + part.runs − 1`) into `total`. */
function addInto(total: SpreadResult, part: SpreadResult, start: number): void {
  total.reach.set(part.reach, start);
  for (let v = 0; v < total.nodeAdoptions.length; v++) total.nodeAdoptions[v]! += part.nodeAdoptions[v]!;
  total.groupAdopters.forEach((sums, e) => {
    const add = part.groupAdopters[e]!;
    for (let g = 0; g < sums.length; g++) sums[g]! += add[g]!;
  });
  total.groupReached.forEach((sums, e) => {
    const add = part.groupReached[e]!;
    for (let g = 0; g < sums.length; g++) sums[g]! += add[g]!;
  });
  total.edgeVisits += part.edgeVisits;
}

/**
 * Starts `threads` worker threads (default: the available parallelism) for
 * simulations to share. Idle threads do not keep the process alive; call
 * `close` when done with them.
 */
export function createSpreadPool(threads: number = availableParallelism()): SpreadPool {
  checkWhole('createSpreadPool', 'threads', threads, 1);
  const workers = Array.from({ length: threads }, () => new PoolWorker());
  let nextId = 0;
  let closed = false;
  return {
    threads,
    async spread(graph, options) {
      const where = 'spreadParallel';
      if (closed) throw new Error('@muster/flow: the spread pool is closed');
      checkRunOptions(where, graph, options);
      const prepared = sharePrepared(prepareSpread(where, graph, options));
      const groups = (options.groups ?? []).map((g) => ({ count: g.count, membership: shared(g.membership) }));
      const { runs, onProgress } = options;
      const firstRun = options.firstRun ?? 0;
      const used = Math.min(threads, runs);
      const progress = new Float64Array(used);
      const starts: number[] = [];
      const parts: Promise<SpreadResult>[] = [];
      let start = 0;
      for (let t = 0; t < used; t++) {
        const count = Math.floor(runs / used) + (t < runs % used ? 1 : 0);
        starts.push(start);
        const task: WorkerTask = { prepared, groups, firstRun: firstRun + start, runs: count };
        parts.push(
          workers[t]!.run(nextId++, task, (done) => {
            progress[t] = done;
            onProgress?.(
              progress.reduce((a, b) => a + b, 0),
              runs,
            );
          }),
        );
        start += count;
      }
      const results = await Promise.all(parts);
      const total = emptyResult(prepared.n, runs, options.groups ?? []);
      results.forEach((part, t) => addInto(total, part, starts[t]!));
      return total;
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((w) => w.stop()));
    },
  };
}

/**
 * `spread` with its runs split over worker threads started for this call;
 * the result is identical to `spread(graph, options)`'s (see the banner).
 * For several simulations in a row, {@link createSpreadPool} starts the
 * threads once.
 */
export async function spreadParallel(graph: CompactGraph, options: ParallelSpreadOptions): Promise<SpreadResult> {
  const where = 'spreadParallel';
  checkRunOptions(where, graph, options);
  const threads = Math.min(checkWhole(where, 'threads', options.threads ?? availableParallelism(), 1), options.runs);
  if (threads === 1) return spreadChecked(where, graph, options);
  // Checked here so that bad options start no thread.
  prepareSpread(where, graph, options);
  const pool = createSpreadPool(threads);
  try {
    return await pool.spread(graph, options);
  } finally {
    await pool.close();
  }
}
