/**
 * Stability resamples on worker threads and the main thread. Each
 * locality's resamples are cut into tasks of {@link RESAMPLES_PER_TASK};
 * whichever thread is free takes the next task. Counts are whole numbers added up per locality, so the result is
 * the same whatever the number of threads and whoever audited which task.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '@muster/core/worker';
import type { LocalityView } from '../locality.js';
import type { StabilityMeta } from '../report.js';
import { countHolds, type LocalityResamples } from '../stability/stability.js';
import { checkThreads } from './pool.js';
import type { StabilityAnswer, StabilityTask } from './stability-protocol.js';

/** Resamples per task: enough to outweigh a message, few enough to share the work out evenly. */
const RESAMPLES_PER_TASK = 5;

/** One locality's resamples to count. */
export interface StabilityJob {
  view: LocalityView;
  work: LocalityResamples;
}

interface Slot {
  worker: Worker;
  sent: Set<number>;
}

/**
 * Counts, per locality, the holds of every resample on `threads` threads:
 * the main thread and `threads − 1` workers. A worker is given tasks once
 * it says it is ready, so the main thread does the work while they start.
 * `mainThread: false` leaves every task to `threads` workers (for tests).
 */
export async function countHoldsParallel(
  jobs: readonly StabilityJob[],
  meta: StabilityMeta,
  threads: number,
  { mainThread = true }: { mainThread?: boolean } = {},
): Promise<Int32Array[]> {
  checkThreads(threads);
  const totals = jobs.map((job) => new Int32Array(job.work.items.length));
  const queue: Omit<StabilityTask, 'task' | 'setup'>[] = [];
  jobs.forEach((_job, locality) => {
    for (let from = 0; from < meta.resamples; from += RESAMPLES_PER_TASK)
      queue.push({ locality, from, to: Math.min(meta.resamples, from + RESAMPLES_PER_TASK) });
  });
  const add = (task: number, counts: Int32Array): void => {
    const total = totals[queue[task]!.locality]!;
    for (let k = 0; k < total.length; k++) total[k]! += counts[k]!;
  };
  let next = 0;
  let running = 0;
  let failure: Error | undefined;
  let wake: () => void = () => {};
  const dispatch = (slot: Slot): void => {
    if (next === queue.length || failure !== undefined) return;
    const task: StabilityTask = { task: next, ...queue[next++]! };
    if (!slot.sent.has(task.locality)) {
      slot.sent.add(task.locality);
      const job = jobs[task.locality]!;
      task.setup = { view: job.view, work: job.work, meta };
    }
    running++;
    slot.worker.postMessage(task);
  };
  const fail = (error: Error): void => {
    failure ??= error;
    wake();
  };
  const slots: Slot[] = [];
  try {
    for (let i = 0; i < Math.min(mainThread ? threads - 1 : threads, queue.length); i++) {
      const slot: Slot = { worker: startWorker(new URL('./stability-worker.js', import.meta.url)), sent: new Set() };
      slot.worker.on('message', (reply: StabilityAnswer) => {
        if ('ready' in reply) return dispatch(slot);
        running--;
        if ('error' in reply) {
          const error = new Error(reply.error.message);
          if (reply.error.stack !== undefined) error.stack = reply.error.stack;
          return fail(error);
        }
        add(reply.task, reply.counts);
        dispatch(slot);
        wake();
      });
      slot.worker.on('error', fail);
      slot.worker.on('exit', (code) => fail(new Error(`stability: a worker stopped (exit code ${code})`)));
      slots.push(slot);
    }
    // The main thread takes tasks too, yielding between them so that workers' answers are taken in.
    while (failure === undefined && (next < queue.length || running > 0)) {
      if (mainThread && next < queue.length) {
        const task = next++;
        const { locality, from, to } = queue[task]!;
        add(task, countHolds(jobs[locality]!.view, jobs[locality]!.work, meta, from, to));
        await nextTurn();
      } else await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure !== undefined) throw failure;
  } finally {
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
  return totals;
}
