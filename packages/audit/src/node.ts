/**
 * `@muster/audit/node`: the parts of the audit that need Node.js — exact
 * betweenness spread over worker threads, and the audit that uses it. The
 * results are the same, bit for bit, as those of the browser-safe entry.
 *
 * @module @muster/audit/node
 */
export {
  auditClusterParallel,
  PARALLEL_MIN_WORK,
  STABILITY_WORK_FACTOR,
  type ParallelAuditOptions,
} from './parallel/audit.js';
export { betweennessParallel, type ParallelBetweennessOptions } from './parallel/betweenness.js';
export { BetweennessPool, defaultThreads, type PoolBetweennessOptions } from './parallel/pool.js';
