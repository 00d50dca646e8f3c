/**
 * Messages between the stability pool (main thread) and its workers. A
 * worker is sent a locality's view and resample work once, with its first
 * task for that locality, and keeps them while the pool lives.
 */
import type { LocalityView } from '../locality.js';
import type { FailedAnswer } from './protocol.js';
import type { StabilityMeta } from '../report.js';
import type { LocalityResamples } from '../stability/stability.js';

/** From the pool to a worker: count the holds of resamples `from` ≤ r < `to` of one locality. */
export interface StabilityTask {
  task: number;
  locality: number;
  from: number;
  to: number;
  /** Sent with the first task of a locality to each worker. */
  setup?: { view: LocalityView; work: LocalityResamples; meta: StabilityMeta };
}

/** From a worker to the pool: ready for tasks (once, when loaded), or a task's counts, or why it failed. */
export type StabilityAnswer = { ready: true } | { task: number; counts: Int32Array } | FailedAnswer;
