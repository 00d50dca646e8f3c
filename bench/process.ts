/**
 * The `muster` command as a user runs it: whole processes, timed from spawn
 * to exit, against the baselines in the same run.
 *
 *   node --conditions=@muster/source --import tsx bench/process.ts [options]
 *
 * Cold start: `node -e 0`, then `muster --version`, `muster --help` and
 * `muster validate examples/firth-valley`, interleaved round by round; the
 * ratio is each one's median over node's median (targets 1.3×, 1.3×, 2×).
 *
 * Whole audit: `muster audit DATASET --format json` of the 2,000 / 20,000
 * synthetic cluster (seed 1; as the generator makes it, and as one single
 * locality) against a python3-igraph process that reads the same files and
 * computes exact betweenness, Burt's constraint and Louvain
 * (audit-igraph.py); the ratio is ours over igraph's, best of the rounds
 * (target ≤ 1). igraph is skipped with a message when no Python has it.
 *
 * `muster` is the self-contained tarball (`pnpm pack:cli`), packed and
 * installed with npm into a scratch folder first; with --built, the
 * workspace's packages/cli/dist/bin.js.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median, scratchFolder, seconds, table } from './measure.js';
import { generateSyntheticCluster } from './synthetic.js';
import { writeSyntheticDataset } from './write-dataset.js';

const HELP = `Time the muster command as whole processes against node and igraph.

Usage: node --conditions=@muster/source --import tsx bench/process.ts [options]

  --rounds N          cold-start rounds (default 30)
  --audit-rounds N    whole-audit rounds (default 5)
  --built             time packages/cli/dist/bin.js (pnpm build) instead of the packed tarball
  --igraph-python P   the Python with igraph (default: python3, else /usr/bin/python3)
  -h, --help          show this help
`;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGETS = { version: 1.3, help: 1.3, validate: 2, audit: 1 };

interface Case {
  label: string;
  command: string;
  args: string[];
}

/** Wall seconds of one run; throws if it fails. */
function time({ command, args, label }: Case): number {
  const started = performance.now();
  const ran = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const elapsed = (performance.now() - started) / 1000;
  if (ran.status !== 0) throw new Error(`${label} failed (exit ${ran.status}): ${ran.stderr?.toString()}`);
  return elapsed;
}

/** Runs the cases round by round (so that load on the machine falls on all alike); times per case. */
function rounds(cases: readonly Case[], count: number): number[][] {
  const times = cases.map(() => [] as number[]);
  for (let r = 0; r < count; r++) cases.forEach((c, i) => times[i]!.push(time(c)));
  return times;
}

const best = (xs: readonly number[]): number => Math.min(...xs);
/** A ratio to two decimals, so that it reads against targets like 1.3×. */
const times = (x: number): string => `${x.toFixed(2)}×`;
const verdict = (x: number, target: number): string => (x <= target ? `≤ ${target}× met` : `> ${target}× NOT met`);

/** The `muster` to time: the installed tarball, or the workspace build. */
function musterCommand(built: boolean, scratch: string): string {
  if (built) return join(ROOT, 'packages/cli/dist/bin.js');
  const tarball = execFileSync(process.execPath, [join(ROOT, 'scripts/pack-cli.mjs')], { encoding: 'utf8' }).trim();
  const prefix = join(scratch, 'prefix');
  execFileSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], {
    stdio: 'ignore',
  });
  return join(prefix, 'bin', 'muster');
}

function pythonWithIgraph(given: string | undefined): string | undefined {
  const candidates = given === undefined ? ['python3', '/usr/bin/python3'] : [given];
  return candidates.find((p) => spawnSync(p, ['-c', 'import igraph'], { stdio: 'ignore' }).status === 0);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '30' },
      'audit-rounds': { type: 'string', default: '5' },
      built: { type: 'boolean', default: false },
      'igraph-python': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void process.stdout.write(HELP);
  const scratch = scratchFolder('muster-process-');
  const muster = musterCommand(values.built, scratch);
  const node = process.execPath;
  // The installed bin is a script started through its #! line, as a user's shell starts it.
  const run = (args: string[]): { command: string; args: string[] } =>
    values.built ? { command: node, args: [muster, ...args] } : { command: muster, args };
  console.log(`muster: ${values.built ? 'the workspace build' : 'the packed tarball, installed with npm'}`);
  console.log(`node ${process.version}, ${Number(values.rounds)} cold-start rounds\n`);

  const start: Case[] = [
    { label: 'node -e 0', command: node, args: ['-e', '0'] },
    { label: 'muster --version', ...run(['--version']) },
    { label: 'muster --help', ...run(['--help']) },
    { label: 'muster validate examples/firth-valley', ...run(['validate', join(ROOT, 'examples/firth-valley')]) },
  ];
  const startTimes = rounds(start, Number(values.rounds)).map(median);
  const targets = [undefined, TARGETS.version, TARGETS.help, TARGETS.validate];
  console.log(
    table([
      ['cold start', 'median', 'ratio to node', 'target'],
      ...start.map((c, i) => [
        c.label,
        seconds(startTimes[i]!),
        times(startTimes[i]! / startTimes[0]!),
        targets[i] === undefined ? '' : verdict(startTimes[i]! / startTimes[0]!, targets[i]!),
      ]),
    ]),
  );

  const python = pythonWithIgraph(values['igraph-python']);
  if (python === undefined) {
    console.log('\nwhole audit: skipped, no Python can import igraph (apt-get install python3-igraph)');
    return;
  }
  console.log(`\nwhole audit, best and median of ${Number(values['audit-rounds'])} rounds`);
  const rows = [['dataset', 'muster audit', 'igraph process', 'ratio (best)', 'ratio (median)', 'target']];
  for (const single of [false, true]) {
    const cluster = generateSyntheticCluster({ actors: 2000, seed: 1, ...(single ? { localities: 1 } : {}) });
    const dir = join(scratch, single ? '2k-single' : '2k');
    writeSyntheticDataset(cluster, dir);
    const label = `2,000 / ${cluster.tieCount.toLocaleString('en')}, ${cluster.options.localities} ${single ? 'locality' : 'localities'}`;
    const [ours, theirs] = rounds(
      [
        { label: 'muster audit', ...run(['audit', dir, '--format', 'json']) },
        { label: 'igraph', command: python, args: [join(ROOT, 'bench/audit-igraph.py'), dir] },
      ],
      Number(values['audit-rounds']),
    );
    rows.push([
      label,
      `${seconds(best(ours!))} / ${seconds(median(ours!))}`,
      `${seconds(best(theirs!))} / ${seconds(median(theirs!))}`,
      times(best(ours!) / best(theirs!)),
      times(median(ours!) / median(theirs!)),
      verdict(best(ours!) / best(theirs!), TARGETS.audit),
    ]);
  }
  console.log(table(rows));
}

main();
