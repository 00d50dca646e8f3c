/**
 * The page's side of the worker: starts it from the worker's code inlined
 * in this script (a `blob:` URL, which a file:// page may start, where a
 * module worker or a worker file would be refused) and turns its answers
 * into promises.
 */
/// <reference lib="dom" />
import type { Progress, Reply, Request } from './protocol.js';

/** The worker's script as text, put in by the build (scripts/build.mjs). */
declare const __WORKER_SOURCE__: string;

export interface WorkerClient {
  call(request: Request, transfer?: Transferable[], onProgress?: (p: Progress) => void): Promise<Reply>;
  /** Stops the worker; what it was doing answers as cancelled. */
  stop(): void;
}

export function startWorker(): WorkerClient {
  const url = URL.createObjectURL(new Blob([__WORKER_SOURCE__], { type: 'text/javascript' }));
  const worker = new Worker(url);
  const waiting = new Map<number, (reply: Reply) => void>();
  const progress = new Map<number, (p: Progress) => void>();
  let next = 1;
  worker.onmessage = (event: MessageEvent<{ id: number; reply: Reply } | { id: number; progress: Progress }>) => {
    if ('progress' in event.data) {
      progress.get(event.data.id)?.(event.data.progress);
      return;
    }
    progress.delete(event.data.id);
    const done = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    done?.(event.data.reply);
  };
  worker.onerror = (event) => {
    const message = `the studio's worker failed: ${event.message}`;
    for (const done of waiting.values()) done({ type: 'error', message });
    waiting.clear();
  };
  return {
    call(request, transfer = [], onProgress) {
      const id = next++;
      if (onProgress !== undefined) progress.set(id, onProgress);
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker.postMessage({ id, request }, transfer);
      });
    },
    stop() {
      worker.terminate();
      URL.revokeObjectURL(url);
      for (const done of waiting.values()) done({ type: 'error', message: 'cancelled' });
      waiting.clear();
    },
  };
}
