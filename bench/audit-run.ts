/**
 * One measured audit, in this process: reads a dataset folder, audits it
 * and renders the JSON report, then prints one line of JSON with the
 * seconds each step took, the peak memory (RSS high-water mark) of the
 * process, and what the audit did. `bench/audit.ts` runs it in a fresh
 * process per measurement, so that the peak is this audit's own.
 *
 *   node --conditions=@muster/source --import tsx bench/audit-run.ts DIR [--threads N] [--betweenness auto|exact|K]
 *
 * With --threads 1 (the default) the audit is `auditCluster`, on the main
 * thread; with --threads N ≥ 2 it is `auditClusterParallel` with N worker
 * threads, as `muster audit --threads N` runs it.
 */
import { parseArgs } from 'node:util';
import { auditCluster, renderJson, type AuditOptions, type AuditReport } from '@muster/audit';
import { auditClusterParallel, PARALLEL_MIN_WORK } from '@muster/audit/node';
import { readDataset } from '@muster/node';
import { peakRss } from './measure.js';

/** What one run measured. */
export interface AuditRun {
  actors: number;
  ties: number;
  localities: number;
  largestLocality: number;
  /** `exact`, or the pivots of the sampled localities. */
  betweenness: string;
  /** Threads asked for: 1 is auditCluster on the main thread, N ≥ 2 auditClusterParallel with N workers. */
  threads: number;
  /** Whether the parallel audit started workers (it does not for little betweenness work). */
  workers: boolean;
  readSeconds: number;
  auditSeconds: number;
  renderSeconds: number;
  /** CPU time of the process (all threads, user + system) over read, audit and JSON. */
  cpuSeconds: number;
  peakBytes: number;
}

function parseBetweenness(text: string): NonNullable<AuditOptions['betweenness']> {
  if (text === 'auto' || text === 'exact') return text;
  const k = Number(text);
  if (!Number.isInteger(k) || k < 1) throw new Error(`--betweenness must be auto, exact or a number of pivots`);
  return { pivots: k };
}

/** Estimated betweenness work of an audit as auditClusterParallel estimates it, to say whether it used workers. */
function betweennessWork(report: AuditReport, mode: NonNullable<AuditOptions['betweenness']>): number {
  let work = 0;
  for (const l of report.localities) {
    const n = l.actorCount;
    const pivots = mode === 'exact' ? n : mode === 'auto' ? (n <= 5000 ? n : 1000) : mode.pivots;
    work += Math.min(pivots, n) * (n + 2 * l.ties);
  }
  return work;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { threads: { type: 'string', default: '1' }, betweenness: { type: 'string', default: 'auto' } },
    allowPositionals: true,
  });
  const dir = positionals[0];
  if (dir === undefined) throw new Error('usage: audit-run.ts DIR [--threads N] [--betweenness auto|exact|K]');
  const threads = Number(values.threads);
  const betweenness = parseBetweenness(values.betweenness);

  const started = performance.now();
  const cpu = process.cpuUsage();
  const dataset = readDataset(dir);
  const read = performance.now();
  const report =
    threads > 1
      ? await auditClusterParallel(dataset, { betweenness, threads })
      : auditCluster(dataset, { betweenness });
  const audited = performance.now();
  const json = renderJson(report);
  const rendered = performance.now();
  const used = process.cpuUsage(cpu);

  const mode = report.meta.betweenness;
  const run: AuditRun = {
    actors: dataset.actors.length,
    ties: dataset.ties.length,
    localities: report.localities.length,
    largestLocality: Math.max(...report.localities.map((l) => l.actorCount)),
    betweenness: mode === 'exact' ? 'exact' : `${mode.pivots} pivots`,
    threads,
    workers: threads > 1 && betweennessWork(report, betweenness) >= PARALLEL_MIN_WORK,
    readSeconds: (read - started) / 1000,
    auditSeconds: (audited - read) / 1000,
    renderSeconds: (rendered - audited) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakBytes: peakRss(),
  };
  if (json.length === 0) throw new Error('empty report');
  process.stdout.write(JSON.stringify(run) + '\n');
}

await main();
