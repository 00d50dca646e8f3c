/**
 * Stability resamples on worker threads. Each locality's resamples are cut
 * into tasks of {@link RESAMPLES_PER_TASK}; any free worker takes the next
 * task. Counts are whole numbers added up per locality, so the result is
 * the same whatever the number of threads and whoever audited which task.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker } from '@muster/core/worker';
import type { LocalityView } from '../locality.js';
import type { StabilityMeta } from '../report.js';
import type { LocalityResamples } from '../stability/stability.js';
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

/** Counts, per locality, the holds of every resample on `threads` workers. */
export async function countHoldsParallel(
  jobs: readonly StabilityJob[],
  meta: StabilityMeta,
  threads: number,
): Promise<Int32Array[]> {
  checkThreads(threads);
  const totals = jobs.map((job) => new Int32Array(job.work.items.length));
  const queue: Omit<StabilityTask, 'task' | 'setup'>[] = [];
  jobs.forEach((_job, locality) => {
    for (let from = 0; from < meta.resamples; from += RESAMPLES_PER_TASK)
      queue.push({ locality, from, to: Math.min(meta.resamples, from + RESAMPLES_PER_TASK) });
  });
  const slots: Slot[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let running = 0;
      const dispatch = (slot: Slot): void => {
        if (next === queue.length) {
          if (running === 0) resolve();
          return;
        }
        const task: StabilityTask = { task: next, ...queue[next++]! };
        if (!slot.sent.has(task.locality)) {
          slot.sent.add(task.locality);
          const job = jobs[task.locality]!;
          task.setup = { view: job.view, work: job.work, meta };
        }
        running++;
        slot.worker.postMessage(task);
      };
      const workers = Math.min(threads, queue.length);
      for (let i = 0; i < workers; i++) {
        const slot: Slot = { worker: startWorker(new URL('./stability-worker.js', import.meta.url)), sent: new Set() };
        slot.worker.on('message', (reply: StabilityAnswer) => {
          running--;
          if ('error' in reply) {
            const error = new Error(reply.error.message);
            if (reply.error.stack !== undefined) error.stack = reply.error.stack;
            reject(error);
            return;
          }
          const total = totals[queue[reply.task]!.locality]!;
          for (let k = 0; k < total.length; k++) total[k]! += reply.counts[k]!;
          dispatch(slot);
        });
        slot.worker.on('error', reject);
        slot.worker.on('exit', (code) => reject(new Error(`stability: a worker stopped (exit code ${code})`)));
        slots.push(slot);
      }
      for (const slot of slots) dispatch(slot);
      if (queue.length === 0) resolve();
    });
  } finally {
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
  return totals;
}
