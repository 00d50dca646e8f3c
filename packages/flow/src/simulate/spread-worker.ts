/**
 * A worker thread of the spread pool (`@muster/flow/node`): for each task
 * posted to it, runs its share of the runs of a prepared simulation, whose
 * arrays it shares with the main thread (SharedArrayBuffer), reports
 * progress and posts the sums back.
 */
import { parentPort } from 'node:worker_threads';
import { simulateRuns } from './spread.js';
import type { WorkerMessage, WorkerRequest } from './parallel.js';

const port = parentPort;
if (port === null) throw new Error('@muster/flow: the spread worker must run in a worker thread');
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

port.on('message', ({ id, task }: WorkerRequest) => {
  const result = simulateRuns(task.prepared, task.groups, task.firstRun, task.runs, (done) =>
    post({ id, type: 'progress', done }),
  );
  post({ id, type: 'done', result }, [
    result.reach.buffer as ArrayBuffer,
    result.nodeAdoptions.buffer as ArrayBuffer,
    ...result.groupAdopters.map((a) => a.buffer as ArrayBuffer),
    ...result.groupReached.map((a) => a.buffer as ArrayBuffer),
  ]);
});
