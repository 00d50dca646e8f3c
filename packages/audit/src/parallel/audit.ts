/**
 * `auditClusterParallel`: the audit of `auditCluster` with betweenness
 * computed on worker threads. The report is the same, byte for byte: each
 * locality's betweenness has the same bits (see pool.ts) and everything
 * else is computed by the same code, in the same order.
 *
 * The main thread builds each locality's view and queues its betweenness
 * on the pool, then computes every part of each audit that does not need
 * betweenness (roles, communities, stage, rules, Burt's and brokerage
 * measures, recommendations) while the workers compute it, and finishes
 * the localities in order, each as soon as its betweenness is in. When the
 * betweenness of the whole audit is small, starting workers costs more
 * than it saves, and the audit runs on the main thread alone.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Dataset } from '@muster/core';
import {
  assembleReport,
  auditLocality,
  finishLocality,
  planAudit,
  startLocality,
  type LocalityStart,
  type AuditOptions,
  type AuditPlan,
  type PlannedLocality,
} from '../audit.js';
import { localityView, type LocalityView } from '../locality.js';
import type { AuditReport, LocalityAudit } from '../report.js';
import { applyStability, countHolds, localityResamples } from '../stability/stability.js';
import { BetweennessPool, checkThreads, defaultThreads, type PoolBetweennessOptions } from './pool.js';
import { countHoldsParallel } from './stability.js';

/** Options of {@link auditClusterParallel}. */
export interface ParallelAuditOptions extends AuditOptions {
  /** Worker threads for betweenness; default: the number of CPUs (`os.availableParallelism()`). */
  threads?: number;
  /**
   * Betweenness work (see {@link PARALLEL_MIN_WORK}) below which the audit
   * runs on the main thread alone; default {@link PARALLEL_MIN_WORK}; 0
   * always uses the workers. The stability resamples use workers from
   * {@link STABILITY_WORK_FACTOR} times this much of their own work.
   */
  minWork?: number;
}

/**
 * Below this much betweenness work in the whole audit (sources × (actors +
 * 2 × ties), summed over localities; about 0.25 s on one thread) no workers
 * are started: a bundled worker starts in about 50 ms, so above this the
 * workers save more than they cost on an idle machine with two or more
 * cores (bench/README.md, whole audit).
 */
export const PARALLEL_MIN_WORK = 3e7;

/** The pool options that give a planned locality's betweenness as `actorMetrics` computes it. */
function betweennessOptions(planned: PlannedLocality, n: number, seed: number): PoolBetweennessOptions {
  return planned.mode === 'exact' ? {} : { pivots: Math.min(planned.mode.pivots, n), seed };
}

/** Estimated betweenness work of a locality, before its view is built. */
function estimatedWork(planned: PlannedLocality): number {
  const n = planned.dataset.actors.length;
  const sources = planned.mode === 'exact' ? n : Math.min(planned.mode.pivots, n);
  return sources * (n + 2 * planned.dataset.ties.length);
}

/**
 * The stability resamples start workers only from this many times
 * `minWork` (9 × 10⁹, about 10 s on one thread): a stability worker loads the whole
 * audit and runs it cold, which cost about 1.3 s of CPU per worker on the
 * 2,000 / 20,000 cluster (bench/stability.ts).
 */
export const STABILITY_WORK_FACTOR = 300;

/** Estimated work of the stability resamples: a resample costs about as much as 50 searches of its locality. */
function stabilityWork(plan: AuditPlan): number {
  const resamples = plan.stability?.resamples ?? 0;
  return plan.localities.reduce(
    (sum, l) => sum + resamples * 50 * (l.dataset.actors.length + 2 * l.dataset.ties.length),
    0,
  );
}

/** Adds stability to the audits when the plan asks for it, on workers when there is enough of it. */
async function measureStability(
  plan: AuditPlan,
  views: LocalityView[],
  audits: LocalityAudit[],
  threads: number,
  minWork: number,
): Promise<void> {
  const meta = plan.stability;
  if (meta === undefined) return;
  const jobs = audits.map((audit, i) => ({
    view: views[i]!,
    work: localityResamples(views[i]!, audit, plan.region, plan.seed, plan.answered),
  }));
  const counts =
    threads > 1 && stabilityWork(plan) >= minWork * STABILITY_WORK_FACTOR
      ? await countHoldsParallel(jobs, meta, threads)
      : jobs.map((job) => countHolds(job.view, job.work, meta, 0, meta.resamples));
  audits.forEach((audit, i) => applyStability(audit, counts[i]!, meta.resamples));
}

/**
 * Audits a dataset as {@link auditCluster} does, with each locality's
 * betweenness computed on worker threads when the audit is large enough to
 * gain from them (see {@link PARALLEL_MIN_WORK}). Resolves to the same
 * report as `auditCluster(dataset, options)`.
 */
export async function auditClusterParallel(dataset: Dataset, options: ParallelAuditOptions = {}): Promise<AuditReport> {
  const { threads = defaultThreads(), minWork = PARALLEL_MIN_WORK, ...auditOptions } = options;
  checkThreads(threads);
  const plan = planAudit(dataset, auditOptions);
  const work = plan.localities.reduce((sum, planned) => sum + estimatedWork(planned), 0);
  if (work < minWork || plan.localities.length === 0) {
    const views = plan.localities.map((planned) => localityView(planned.dataset, plan.profile, planned.locality));
    const audits = plan.localities.map((planned, i) => auditLocality(plan, planned, { view: views[i]! }));
    await measureStability(plan, views, audits, threads, minWork);
    return assembleReport(plan, audits);
  }
  const pool = new BetweennessPool(threads);
  try {
    const queued = plan.localities.map((planned) => {
      const view = localityView(planned.dataset, plan.profile, planned.locality);
      const betweenness = pool.compute(view.graph, betweennessOptions(planned, view.graph.ids.length, plan.seed));
      betweenness.catch(() => {}); // awaited below; failures surface there
      return { view, betweenness };
    });
    // While the workers compute betweenness, the main thread audits what
    // does not need it, yielding between localities so the pool can hand
    // out work.
    const starts: LocalityStart[] = [];
    for (let i = 0; i < plan.localities.length; i++) {
      await nextTurn();
      starts.push(startLocality(plan, plan.localities[i]!, queued[i]!.view));
    }
    const reports: LocalityAudit[] = [];
    for (let i = 0; i < plan.localities.length; i++) {
      reports.push(finishLocality(plan, plan.localities[i]!, starts[i]!, await queued[i]!.betweenness));
      await nextTurn();
    }
    const views = queued.map((q) => q.view);
    await pool.close();
    await measureStability(plan, views, reports, threads, minWork);
    return assembleReport(plan, reports);
  } finally {
    await pool.close();
  }
}
