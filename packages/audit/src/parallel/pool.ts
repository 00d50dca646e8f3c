/**
 * A pool of worker threads that compute betweenness chunk by chunk.
 *
 * `compute(graph, options)` copies the graph's CSR arrays once into
 * SharedArrayBuffers (every worker reads the same memory), splits the
 * sources into the fixed {@link BETWEENNESS_CHUNKS} chunks of
 * `betweennessChunks`, groups consecutive chunks into tasks of a useful
 * size, and hands the tasks to whichever worker is free. Workers send each
 * chunk's raw sums back; when all are in, they are added in chunk order by
 * `combineBetweenness`. Floating-point addition is done in exactly the
 * order of the single-threaded `betweenness`, so the result has the same
 * bits whatever the number of threads and whoever computed which chunk.
 *
 * The workers run `betweenness-worker.js` beside this module (and beside the
 * bundle in the command's tarball), started by core's
 * `startWorker` (which runs `betweenness-worker.ts` through tsx from the sources).
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { CompactGraph } from '@muster/core';
import { startWorker } from '@muster/node/worker';
import {
  BETWEENNESS_CHUNKS,
  BETWEENNESS_DEFAULTS,
  betweennessChunks,
  betweennessSources,
  combineBetweenness,
} from '../metrics/betweenness.js';
import type { BetweennessAnswer, BetweennessTask } from './protocol.js';

/** What {@link BetweennessPool.compute} computes: as `betweenness(graph, options)` without `sources`. */
export interface PoolBetweennessOptions {
  /** Scale as NetworkX `normalized=True` (default) or only halve the pair counts. */
  normalized?: boolean;
  /** Estimate from this many seeded pivots instead of every node. */
  pivots?: number;
  /** Seed of the pivot draw; default 1. */
  seed?: number;
}

/**
 * Work of one source, in arc visits: a breadth-first search reads every
 * node and arc of its component, and the backward pass at most as many.
 */
export function sourceWork(graph: Pick<CompactGraph, 'ids' | 'neighbours'>): number {
  return graph.ids.length + graph.neighbours.length;
}

/** Consecutive chunks are grouped into tasks of at least this much work (about 0.05–0.1 s). */
const TASK_WORK = 2e7;

/** Tasks a worker is given ahead, so it does not wait for a busy main thread to hand it the next. */
const AHEAD = 2;

/** The number of threads to use by default: the CPUs Node may use. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/** Checks a thread count: a whole number from 1 to 256. */
export function checkThreads(threads: number): number {
  if (!Number.isInteger(threads) || threads < 1 || threads > 256)
    throw new RangeError(`threads must be a whole number from 1 to 256, got ${threads}`);
  return threads;
}

interface Job {
  n: number;
  parts: (Float64Array | undefined)[];
  remaining: number;
  finish: () => void;
  fail: (error: Error) => void;
}

interface Pending {
  message: BetweennessTask;
  job: Job;
  /** Index of the task's first chunk. */
  first: number;
}

interface Slot {
  worker: Worker;
  running: Map<number, Pending>;
}

function shared<T extends Int32Array>(array: T): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

/**
 * Worker threads computing betweenness (see the banner). Workers start on
 * the first `compute` and run until {@link BetweennessPool.close}.
 */
export class BetweennessPool {
  readonly threads: number;
  #slots: Slot[] = [];
  #queue: Pending[] = [];
  #nextTask = 0;
  #nextGraph = 0;
  #closed = false;
  #failure: Error | undefined;

  constructor(threads: number = defaultThreads()) {
    this.threads = checkThreads(threads);
  }

  /** Betweenness of `graph` as `betweenness(graph, options)` computes it, bit for bit. */
  compute(graph: CompactGraph, options: PoolBetweennessOptions = {}): Promise<Float64Array> {
    if (this.#closed) return Promise.reject(new Error('BetweennessPool: the pool is closed'));
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    const n = graph.ids.length;
    const { sources, sampled } = betweennessSources(n, options);
    const chunks = betweennessChunks(sources, BETWEENNESS_CHUNKS);
    const scale = {
      normalized: options.normalized ?? BETWEENNESS_DEFAULTS.normalized,
      ...(sampled ? { sampled: sources } : {}),
    };
    return new Promise<Float64Array>((resolve, reject) => {
      const job: Job = {
        n,
        parts: chunks.map((chunk) => (chunk.length === 0 ? new Float64Array(n) : undefined)),
        remaining: 0,
        finish: () => resolve(combineBetweenness(job.parts as Float64Array[], n, scale)),
        fail: reject,
      };
      const perSource = sourceWork(graph);
      const offsets = shared(graph.offsets);
      const neighbours = shared(graph.neighbours);
      const id = this.#nextGraph++;
      let first = 0;
      while (first < chunks.length) {
        if (chunks[first]!.length === 0) {
          first++;
          continue;
        }
        let last = first;
        let work = chunks[first]!.length * perSource;
        while (last + 1 < chunks.length && chunks[last + 1]!.length > 0 && work < TASK_WORK) {
          last++;
          work += chunks[last]!.length * perSource;
        }
        job.remaining++;
        this.#queue.push({
          message: { task: this.#nextTask++, graph: id, n, offsets, neighbours, chunks: chunks.slice(first, last + 1) },
          job,
          first,
        });
        first = last + 1;
      }
      if (job.remaining === 0) job.finish();
      else this.#dispatch();
    });
  }

  /** Stops the workers; computations still running are rejected. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#abort(new Error('BetweennessPool: the pool was closed'));
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
    this.#slots = [];
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      let slot = this.#slots.find((s) => s.running.size === 0);
      if (slot === undefined && this.#slots.length < this.threads) slot = this.#start();
      slot ??= this.#slots.find((s) => s.running.size < AHEAD);
      if (slot === undefined) return;
      const pending = this.#queue.shift()!;
      slot.running.set(pending.message.task, pending);
      slot.worker.postMessage(pending.message);
    }
  }

  #start(): Slot {
    const worker = startWorker(new URL('./betweenness-worker.js', import.meta.url));
    const slot: Slot = { worker, running: new Map() };
    worker.on('message', (reply: BetweennessAnswer) => this.#receive(slot, reply));
    worker.on('error', (error: Error) => this.#abort(error));
    worker.on('exit', (code) => {
      if (!this.#closed) this.#abort(new Error(`BetweennessPool: a worker stopped (exit code ${code})`));
    });
    this.#slots.push(slot);
    return slot;
  }

  #receive(slot: Slot, reply: BetweennessAnswer): void {
    const pending = slot.running.get(reply.task);
    if (pending === undefined) return;
    slot.running.delete(reply.task);
    const { job } = pending;
    if ('error' in reply) {
      const error = new Error(reply.error.message);
      if (reply.error.stack !== undefined) error.stack = reply.error.stack;
      this.#abort(error);
      return;
    }
    reply.parts.forEach((part, i) => (job.parts[pending.first + i] = part));
    if (--job.remaining === 0) job.finish();
    this.#dispatch();
  }

  /** Fails every computation in flight or queued, and refuses new ones. */
  #abort(error: Error): void {
    this.#failure ??= error;
    const jobs = new Set<Job>();
    for (const pending of this.#queue) jobs.add(pending.job);
    for (const slot of this.#slots) for (const pending of slot.running.values()) jobs.add(pending.job);
    this.#queue = [];
    for (const slot of this.#slots) slot.running.clear();
    for (const job of jobs) job.fail(error);
  }
}
