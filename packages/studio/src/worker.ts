/**
 * The studio's Web Worker: reading, auditing and exporting happen here, so
 * the page keeps answering while a large dataset is worked on. Built into
 * a classic script that the page starts from a `blob:` URL (module workers
 * cannot start from a file:// page in chromium).
 */
/// <reference lib="webworker" />
import { Session } from './session.js';
import type { Reply, Request } from './protocol.js';

const session = new Session();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ id: number; request: Request }>) => {
  const { id, request } = event.data;
  const reply: Reply = session.handle(request, (progress) => scope.postMessage({ id, progress }));
  const transfer = reply.type === 'file' ? [reply.bytes.buffer as ArrayBuffer] : [];
  scope.postMessage({ id, reply }, transfer);
};
