/**
 * Reading a large dataset: the time `readDataset` takes and the peak
 * memory of the process, for the figures of issue 13 (2,000,000 ties, about
 * 60 MB of CSV: at most 3 s and 600 MB). Generate the data first:
 *
 *   node --conditions=@muster/source --import tsx bench/generate.ts --actors 200000 --ties 2000000 --out bench/out/2m
 *   node --conditions=@muster/source --import tsx bench/read-dataset.ts bench/out/2m
 */
import { readDataset } from '@muster/formats/node';
import { megabytes, peakRss, seconds, timed } from './measure.js';

const path = process.argv[2];
if (path === undefined) {
  process.stderr.write('usage: read-dataset.ts DATASET\n');
  process.exit(2);
}
const run = timed(() => readDataset(path));
const { actors, ties } = run.value;
console.log(
  `${path}: ${actors.length.toLocaleString('en')} actors, ${ties.length.toLocaleString('en')} ties in ${seconds(run.seconds)}; peak RSS ${megabytes(peakRss())}`,
);
