/**
 * Runs a ForceAtlas2 job off the main thread: graphology's own worker
 * function (one iteration per message, on the transferred node matrix),
 * started from a `blob:` URL, driven here for exactly the job's number of
 * iterations, so the result equals the synchronous run. When no worker can
 * start (no Worker, or a page whose Content-Security-Policy has no
 * `worker-src blob:`), the iterations run on the main thread in slices
 * that yield between them, so the page still answers.
 */
import workerFunction from 'graphology-layout-forceatlas2/webworker.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { fullSettings, type LayoutJob } from './layout.js';

/** A running layout. */
export interface LayoutRun {
  /** The finished node matrix. */
  done: Promise<Float32Array>;
  /** Where it ran: `worker` or `main` (the fallback). */
  where(): 'worker' | 'main';
  cancel(): void;
}

/** Milliseconds of work per slice on the main thread. */
const SLICE_MS = 12;

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined' || typeof Blob === 'undefined') return null;
  const url = URL.createObjectURL(new Blob([`(${workerFunction.toString()})()`], { type: 'text/javascript' }));
  try {
    return new Worker(url);
  } catch {
    return null;
  } finally {
    // The worker holds its script once started; the URL is not needed again.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** Runs the job; `progress(done, total)` after each iteration. */
export function runLayoutAsync(job: LayoutJob, progress: (done: number, total: number) => void): LayoutRun {
  const settings = fullSettings(job);
  let where: 'worker' | 'main' = 'worker';
  let cancelled = false;
  let worker: Worker | null = null;
  const done = new Promise<Float32Array>((resolve, reject) => {
    let matrix = new Float32Array(job.nodeMatrix);
    let count = 0;
    const finish = (): void => {
      worker?.terminate();
      resolve(matrix);
    };
    const onMain = (): void => {
      where = 'main';
      const slice = (): void => {
        if (cancelled) return;
        const start = performance.now();
        while (count < job.iterations && performance.now() - start < SLICE_MS) {
          iterate(settings, matrix, job.edgeMatrix);
          progress(++count, job.iterations);
        }
        if (count < job.iterations) setTimeout(slice, 0);
        else finish();
      };
      slice();
    };
    if (job.iterations === 0) {
      finish();
      return;
    }
    worker = startWorker();
    if (worker === null) {
      onMain();
      return;
    }
    const send = (first: boolean): void => {
      const nodes = matrix.buffer as ArrayBuffer;
      const message = first ? { settings, nodes, edges: job.edgeMatrix.slice().buffer } : { settings, nodes };
      worker!.postMessage(message, [nodes]);
    };
    worker.addEventListener('message', (event: MessageEvent<{ nodes: ArrayBuffer }>) => {
      if (cancelled) return;
      matrix = new Float32Array(event.data.nodes);
      progress(++count, job.iterations);
      if (count < job.iterations) send(false);
      else finish();
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = null;
      // Blocked before the first iteration (a CSP without `worker-src blob:`): carry on here.
      if (count === 0) {
        matrix = new Float32Array(job.nodeMatrix);
        onMain();
      } else reject(new Error(`layout worker failed: ${event.message}`));
    });
    send(true);
  });
  return {
    done,
    where: () => where,
    cancel() {
      cancelled = true;
      worker?.terminate();
    },
  };
}
