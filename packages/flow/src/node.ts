/**
 * `@muster/flow/node`: what needs Node.js — the spread simulations split
 * over worker threads. Everything else is in the browser-safe entry.
 *
 * @module @muster/flow/node
 */
export { createSpreadPool, spreadParallel, type ParallelSpreadOptions, type SpreadPool } from './simulate/parallel.js';
