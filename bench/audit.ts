/**
 * Benchmark of the whole audit: reading the dataset from disk, auditing
 * every locality and rendering the JSON report, on synthetic clusters from
 * the generator (synthetic.ts), each measurement in a fresh process
 * (audit-run.ts) so that its peak memory is its own.
 *
 *   node --conditions=@muster/source --import tsx bench/audit.ts [options]
 *
 * Sizes default to 2,000 / 20,000, 20,000 / 200,000 and 200,000 /
 * 2,000,000 actors / ties with the generator's localities (about one per
 * 700 actors), and the first two again as one single locality, as the
 * planted-partition reference graph of the audit issue is. Each is audited
 * on the main thread (`auditCluster`, --threads 1) and with as many worker
 * threads as there are CPUs (`auditClusterParallel`, as `muster audit`
 * does by default). Figures go to stdout; nothing fails when they are slow.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AuditRun } from './audit-run.js';
import { count, megabytes, scratchFolder, seconds, table } from './measure.js';
import { generateSyntheticCluster } from './synthetic.js';
import { writeSyntheticDataset } from './write-dataset.js';

const HELP = `Benchmark the whole audit (read + audit + JSON) on synthetic clusters.

Usage: node --conditions=@muster/source --import tsx bench/audit.ts [options]

  --sizes LIST        actor counts, ten ties each (default 2000,20000,200000)
  --single LIST       of those, the sizes also run as one locality (default 2000,20000; "" for none)
  --threads LIST      1 = auditCluster on the main thread; N ≥ 2 = auditClusterParallel
                      with N workers (default 1,<CPUs>)
  --betweenness MODE  auto (default), exact, or a number of pivots
  --runs N            measure each case N times and keep the best (default 1)
  --data DIR          keep the generated datasets in DIR and reuse them (default: a
                      temporary folder, removed at the end)
  --built             audit with the built packages (dist/, as an installed muster runs)
                      instead of the TypeScript sources
  --cpu-prof DIR      write a V8 CPU profile of each run (node --cpu-prof) under DIR
  -h, --help          show this help
`;

/** Targets of the audit issue, by actor count: total seconds and peak bytes. */
const TARGETS: Record<number, { seconds: number; bytes?: number }> = {
  2000: { seconds: 1 },
  20000: { seconds: 10 },
  200000: { seconds: 60, bytes: 3e9 },
};

function list(text: string): number[] {
  return text
    .split(',')
    .filter((x) => x.trim() !== '')
    .map((x) => {
      const v = Number(x.replace(/_/g, ''));
      if (!Number.isInteger(v) || v < 1) throw new Error(`not a whole number: ${x}`);
      return v;
    });
}

/** The dataset folder for `actors` actors (one locality if `single`), generated if missing. */
function dataset(root: string, actors: number, single: boolean): string {
  const dir = join(root, `${actors}${single ? '-single' : ''}`);
  if (existsSync(join(dir, 'actors.csv')) && existsSync(join(dir, 'ties.csv'))) return dir;
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const cluster = generateSyntheticCluster({ actors, seed: 1, ...(single ? { localities: 1 } : {}) });
  writeSyntheticDataset(cluster, dir);
  process.stderr.write(
    `generated ${count(actors)} actors / ${count(cluster.tieCount)} ties, ${cluster.options.localities} ` +
      `localit${cluster.options.localities === 1 ? 'y' : 'ies'} in ${seconds((performance.now() - started) / 1000)}\n`,
  );
  return dir;
}

const RUNNER = fileURLToPath(new URL('./audit-run.ts', import.meta.url));

/** One audit in a fresh process, with the wall time of the whole process. */
function runOnce(
  dir: string,
  threads: number,
  betweenness: string,
  options: { built: boolean; profile?: string },
): AuditRun & { processSeconds: number } {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      ...(options.built ? [] : ['--conditions=@muster/source']),
      ...(options.profile === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', options.profile]),
      '--import',
      'tsx',
      RUNNER,
      dir,
      '--threads',
      String(threads),
      '--betweenness',
      betweenness,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const processSeconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`audit-run failed on ${dir} (exit ${child.status ?? child.signal})`);
  return { ...(JSON.parse(child.stdout.trim().split('\n').pop()!) as AuditRun), processSeconds };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '2000,20000,200000' },
      single: { type: 'string', default: '2000,20000' },
      threads: { type: 'string' },
      betweenness: { type: 'string', default: 'auto' },
      runs: { type: 'string', default: '1' },
      data: { type: 'string' },
      built: { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const cpus = availableParallelism();
  const sizes = list(values.sizes);
  const single = new Set(list(values.single));
  const threadList = list(values.threads ?? (cpus > 1 ? `1,${cpus}` : '1'));
  const runs = list(values.runs)[0] ?? 1;
  const root = values.data ?? scratchFolder('muster-bench-audit-');

  const cases: { actors: number; single: boolean }[] = [];
  for (const actors of sizes) {
    cases.push({ actors, single: false });
    if (single.has(actors)) cases.push({ actors, single: true });
  }

  process.stdout.write(
    `whole audit (read + audit + JSON), ${cpus} CPUs, Node ${process.version}, ` +
      `${values.built ? 'built packages' : 'TypeScript sources'}, betweenness ${values.betweenness}, ` +
      `best of ${runs} run${runs === 1 ? '' : 's'}, one fresh process each\n\n`,
  );
  const rows: string[][] = [
    [
      'actors / ties',
      'localities (largest)',
      'betweenness',
      'threads',
      'read',
      'audit',
      'JSON',
      'total',
      'CPU',
      'process',
      'peak RSS',
      'target',
    ],
  ];
  for (const c of cases) {
    const dir = dataset(root, c.actors, c.single);
    for (const threads of threadList) {
      let best: (AuditRun & { processSeconds: number }) | undefined;
      let lowestPeak = Infinity;
      for (let r = 0; r < runs; r++) {
        const run = runOnce(dir, threads, values.betweenness, {
          built: values.built,
          ...(values['cpu-prof'] === undefined
            ? {}
            : { profile: join(values['cpu-prof'], `${c.actors}${c.single ? '-single' : ''}-t${threads}`) }),
        });
        const total = run.readSeconds + run.auditSeconds + run.renderSeconds;
        lowestPeak = Math.min(lowestPeak, run.peakBytes);
        if (best === undefined || total < best.readSeconds + best.auditSeconds + best.renderSeconds) best = run;
      }
      const run = best!;
      const total = run.readSeconds + run.auditSeconds + run.renderSeconds;
      const target = TARGETS[c.actors];
      const met =
        target === undefined
          ? ''
          : `${total <= target.seconds && (target.bytes === undefined || lowestPeak <= target.bytes) ? 'met' : 'MISSED'} ` +
            `(≤ ${target.seconds} s${target.bytes === undefined ? '' : `, ≤ ${target.bytes / 1e9} GB`})`;
      const row = [
        `${count(run.actors)} / ${count(run.ties)}`,
        `${count(run.localities)} (${count(run.largestLocality)})`,
        run.betweenness,
        threads === 1 ? '1' : `${threads}${run.workers ? '' : ' (unused)'}`,
        seconds(run.readSeconds),
        seconds(run.auditSeconds),
        seconds(run.renderSeconds),
        seconds(total),
        seconds(run.cpuSeconds),
        seconds(run.processSeconds),
        megabytes(lowestPeak),
        met,
      ];
      rows.push(row);
      process.stderr.write(row.join('  ') + '\n');
    }
  }
  process.stdout.write(table(rows) + '\n');
  process.stdout.write(
    '\nthreads: 1 = auditCluster on the main thread; N = auditClusterParallel with N workers ' +
      '("unused": too little betweenness to start them). process = the child process from start to exit, ' +
      'loading Node and TypeScript included. CPU = CPU time of every thread over read + audit + JSON.\n',
  );
}

main();
