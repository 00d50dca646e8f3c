/**
 * Runs a ForceAtlas2 job off the main thread, in a worker started from a
 * `blob:` URL. The worker's script is graphology's own worker function
 * (self-contained: ForceAtlas2's iteration inside) with a small driver
 * around it that runs exactly the job's number of iterations in one go and
 * reports progress a set number of times (settings `timing`), so the main thread is not woken at
 * every iteration and the result equals the synchronous run. When no worker can
 * start (no Worker, or a page whose Content-Security-Policy has no
 * `worker-src blob:`), the iterations run on the main thread in slices
 * that yield between them, so the page still answers.
 */
import workerFunction from 'graphology-layout-forceatlas2/webworker.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { fullSettings, type LayoutJob } from './layout.js';
import { DEFAULT_SETTINGS, type ViewerSettings } from './settings.js';

/** A running layout. */
export interface LayoutRun {
  /** The finished node matrix. */
  done: Promise<Float32Array>;
  /** Where it ran: `worker` or `main` (the fallback). */
  where(): 'worker' | 'main';
  cancel(): void;
}

/**
 * The worker's script: graphology's function registers a message handler
 * that runs one iteration and posts the matrix back; the driver hands it a
 * stand-in for `self` that captures that handler and its answer, and
 * calls it `iterations` times per job.
 */
const DRIVER = `
let step = null;
let answer = null;
(function (self) {
  (${workerFunction.toString()})();
})({
  addEventListener(type, handler) { if (type === 'message') step = handler; },
  postMessage(data) { answer = data; },
});
self.onmessage = (event) => {
  const { settings, nodes, edges, iterations, every } = event.data;
  let buffer = nodes;
  for (let i = 0; i < iterations; i++) {
    step({ data: i === 0 ? { settings, nodes: buffer, edges } : { settings, nodes: buffer } });
    buffer = answer.nodes;
    if ((i + 1) % every === 0 && i + 1 < iterations) self.postMessage({ progress: i + 1 });
  }
  self.postMessage({ nodes: buffer }, [buffer]);
};`;

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined' || typeof Blob === 'undefined') return null;
  const url = URL.createObjectURL(new Blob([DRIVER], { type: 'text/javascript' }));
  try {
    return new Worker(url);
  } catch {
    return null;
  } finally {
    // The worker holds its script once started; the URL is not needed again.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** Runs the job; `progress(done, total)` now and then. */
export function runLayoutAsync(
  job: LayoutJob,
  progress: (done: number, total: number) => void,
  timing: ViewerSettings['timing'] = DEFAULT_SETTINGS.timing,
): LayoutRun {
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
        while (count < job.iterations && performance.now() - start < timing.layoutSlice) {
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
    worker.addEventListener('message', (event: MessageEvent<{ progress?: number; nodes?: ArrayBuffer }>) => {
      if (cancelled) return;
      if (event.data.nodes === undefined) {
        count = event.data.progress ?? count;
        progress(count, job.iterations);
        return;
      }
      count = job.iterations;
      matrix = new Float32Array(event.data.nodes);
      progress(count, job.iterations);
      finish();
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = null;
      // Blocked before it began (a CSP without `worker-src blob:`): carry on here.
      if (count === 0) {
        matrix = new Float32Array(job.nodeMatrix);
        onMain();
      } else reject(new Error(`layout worker failed: ${event.message}`));
    });
    const nodes = matrix.buffer as ArrayBuffer;
    const edges = job.edgeMatrix.slice().buffer;
    const every = Math.max(1, Math.ceil(job.iterations / timing.layoutReports));
    worker.postMessage({ settings, nodes, edges, iterations: job.iterations, every }, [nodes, edges]);
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
