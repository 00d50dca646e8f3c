/**
 * Command line: generate a synthetic cluster (planted partition / stochastic
 * block model, Holland, Laskey & Leinhardt 1983; see synthetic.ts) and write
 * it as a dataset folder.
 *
 *   node --conditions=@muster/source --import tsx bench/generate.ts --actors 20000 --out bench/out/20k
 *
 * What was written, the time taken and the peak memory go to stderr.
 * Exit codes: 0 done, 2 bad arguments or a non-empty output folder.
 */

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSyntheticCluster, SYNTHETIC_LIMITS, type SyntheticClusterOptions } from './synthetic.js';
import { writeSyntheticDataset } from './write-dataset.js';

const HELP = `Generate a synthetic public-service innovation cluster as a Muster dataset.

Usage: generate --actors N --out DIR [options]

  --actors N           number of actors, ${SYNTHETIC_LIMITS.minActors} to ${SYNTHETIC_LIMITS.maxActors.toLocaleString('en')}
  --ties M             number of ties (default 10 × actors)
  --seed S             seed of the random stream (default 1)
  --localities L       number of localities (default actors / 700, at most ${SYNTHETIC_LIMITS.defaultMaxLocalities})
  --community-size C   mean planted community size (default 40)
  --mixing X           share of ties that leave their community (default 0.1)
  --cross-locality X   share of ties across localities (default 0.01)
  --degree-spread X    spread of actors' activity, 0 for a plain planted partition (default 0.6)
  --out DIR            folder to write actors.csv and ties.csv into
  --force              write into DIR even if it is not empty
  -h, --help           show this help

The same options and seed give byte-identical files.
`;

function fail(message: string): never {
  process.stderr.write(`generate: ${message}\nTry --help.\n`);
  process.exit(2);
}

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value.replace(/_/g, ''));
  if (value.trim() === '' || !Number.isFinite(parsed)) fail(`--${name} expects a number; got '${value}'`);
  return parsed;
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        actors: { type: 'string' },
        ties: { type: 'string' },
        seed: { type: 'string' },
        localities: { type: 'string' },
        'community-size': { type: 'string' },
        mixing: { type: 'string' },
        'cross-locality': { type: 'string' },
        'degree-spread': { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const actors = number('actors', values.actors);
  if (actors === undefined) fail('--actors is required');
  const out = values.out;
  if (out === undefined || out === '') fail('--out is required');
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) fail(`${out} exists and is not a folder`);
    if (readdirSync(out).length > 0 && !values.force) fail(`${out} is not empty; use --force to write into it`);
  }

  const options: SyntheticClusterOptions = { actors };
  const optional = {
    ties: number('ties', values.ties),
    seed: number('seed', values.seed),
    localities: number('localities', values.localities),
    communitySize: number('community-size', values['community-size']),
    mixing: number('mixing', values.mixing),
    crossLocality: number('cross-locality', values['cross-locality']),
    degreeSpread: number('degree-spread', values['degree-spread']),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(options, { [key]: value });
  }

  const started = performance.now();
  let cluster;
  try {
    cluster = generateSyntheticCluster(options);
  } catch (error) {
    if (error instanceof RangeError) fail(error.message);
    throw error;
  }
  const generated = performance.now();
  const written = writeSyntheticDataset(cluster, out);
  const finished = performance.now();

  const o = cluster.options;
  const lacking = Array.from(cluster.localityLacks).filter((r) => r >= 0).length;
  const mb = (bytes: number): string => (bytes / 1e6).toFixed(1) + ' MB';
  const s = (ms: number): string => (ms / 1000).toFixed(2) + ' s';
  const lines = [
    `synthetic cluster: ${o.actors.toLocaleString('en')} actors, ${o.ties.toLocaleString('en')} ties, ` +
      `${o.localities} localities (${lacking} lacking a role), ${cluster.communityCount.toLocaleString('en')} communities; ` +
      `seed ${o.seed}, mixing ${o.mixing}, cross-locality ${o.crossLocality}, degree spread ${o.degreeSpread}`,
    ...written.files.map((f) => `wrote ${join(out, f.name)}: ${f.rows.toLocaleString('en')} rows, ${mb(f.bytes)}`),
    `time: generate ${s(generated - started)}, write ${s(finished - generated)}, total ${s(finished - started)}; ` +
      `peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
  ];
  process.stderr.write(lines.join('\n') + '\n');
}

main();
