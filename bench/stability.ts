/**
 * Benchmark of the stability of findings: `auditCluster` with
 * `{ stability: { resamples } }` against the plain audit, in the same
 * process, on the synthetic cluster (2,000 actors / 20,000 ties by default,
 * the generator's localities). The dataset is built once in memory: the
 * resamples reuse each locality's view and read nothing again. Prints the
 * times and the ratio to the plain audit (the target: at most 20×
 * for 200 resamples). Nothing fails when it is slow.
 *
 *   node --conditions=@muster/source --import tsx bench/stability.ts [options]
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { auditCluster } from '@muster/audit';
import { auditClusterParallel } from '@muster/audit/node';
import { clusterDataset } from './cluster-graph.js';
import { count, ratio, seconds, table, timed, timedAsync } from './measure.js';
import { generateSyntheticCluster } from './synthetic.js';

const HELP = `Benchmark the stability resamples against the plain audit.

Usage: node --conditions=@muster/source --import tsx bench/stability.ts [options]

  --actors N      actors, ten ties each (default 2000)
  --resamples N   stability resamples (default 200)
  --missing X     share left out of each resample (default 0.2)
  --threads LIST  1 = auditCluster on the main thread; N ≥ 2 = auditClusterParallel on N
                  threads, workers forced on (minWork 0) (default 1,<CPUs>)
  --runs N        measure the plain audit N times and keep the best (default 3)
  -h, --help      show this help
`;

const { values } = parseArgs({
  options: {
    actors: { type: 'string', default: '2000' },
    resamples: { type: 'string', default: '200' },
    missing: { type: 'string', default: '0.2' },
    threads: { type: 'string', default: `1,${Math.max(2, availableParallelism())}` },
    runs: { type: 'string', default: '3' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const actors = Number(values.actors);
const resamples = Number(values.resamples);
const missing = Number(values.missing);
const runs = Number(values.runs);
const threadCounts = values.threads.split(',').map(Number);

const dataset = clusterDataset(generateSyntheticCluster({ actors, seed: 1 }));
const localities = new Set(dataset.actors.map((a) => a.locality)).size;
process.stdout.write(
  `${count(dataset.actors.length)} actors, ${count(dataset.ties.length)} ties, ${localities} localities; ` +
    `${count(resamples)} resamples, ${missing} missing\n\n`,
);

// Warm up the code once, then keep the best plain audit.
auditCluster(dataset);
let plain = Infinity;
for (let r = 0; r < runs; r++) plain = Math.min(plain, timed(() => auditCluster(dataset)).seconds);

const rows = [['audit', 'threads', 'wall', 'CPU', 'ratio to plain']];
rows.push(['plain', '1', seconds(plain), '', '1×']);
const stability = { resamples, missing };
for (const threads of threadCounts) {
  const run =
    threads === 1
      ? timed(() => auditCluster(dataset, { stability }))
      : await timedAsync(() => auditClusterParallel(dataset, { threads, stability, minWork: 0 }));
  rows.push([
    `stability ${resamples}`,
    String(threads),
    seconds(run.seconds),
    seconds(run.cpuSeconds),
    ratio(run.seconds / plain),
  ]);
}
process.stdout.write(`${table(rows)}\n\nTarget: stability 200 at most 20× the plain audit.\n`);
