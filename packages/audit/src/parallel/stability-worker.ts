/**
 * The stability worker: audits resamples of the localities it is sent and
 * answers with how many of them confirm each item (stability/stability.ts).
 */
import { parentPort } from 'node:worker_threads';
import { countHolds } from '../stability/stability.js';
import { failedAnswer } from './protocol.js';
import type { StabilityAnswer, StabilityTask } from './stability-protocol.js';

const localities = new Map<number, NonNullable<StabilityTask['setup']>>();

function answer(task: StabilityTask): StabilityAnswer {
  try {
    if (task.setup !== undefined) localities.set(task.locality, task.setup);
    const setup = localities.get(task.locality);
    if (setup === undefined) throw new Error(`stability worker: locality ${task.locality} was never sent`);
    return { task: task.task, counts: countHolds(setup.view, setup.work, setup.meta, task.from, task.to) };
  } catch (error) {
    return failedAnswer(task.task, error);
  }
}

if (parentPort !== null) {
  const port = parentPort;
  port.on('message', (task: StabilityTask) => {
    const reply = answer(task);
    port.postMessage(reply, 'counts' in reply ? [reply.counts.buffer as ArrayBuffer] : []);
  });
  // Loaded: the pool hands out tasks from now on.
  port.postMessage({ ready: true } satisfies StabilityAnswer);
}
