/**
 * What the safety checks cost: reading a dataset's JSON with the
 * duplicate-key scan against `JSON.parse` alone, and an all-or-nothing
 * write (lock, fsync, rename) against a plain `writeFileSync`, for a
 * dataset folder of 2,000 and 20,000 actors.
 *
 *   node --conditions=@muster/source --import tsx bench/safety.ts
 *
 * Figures go to stdout as a Markdown table (best of 5 runs).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng, datasetToFiles, parseDatasetJson } from '@muster/core';
import { writeAtomically } from '@muster/node';
import { IssueList, parseJsonText } from '@muster/core/reader';
import { scratchFolder, timed } from './measure.js';

function dataset(actors: number): string {
  const rng = createRng(actors);
  const rows = Array.from({ length: actors }, (_, i) => ({
    id: `a${i}`,
    name: `Person ${i}`,
    role: 'politician',
    locality: `L${i % 10}`,
    notes: `note ${Math.floor(rng() * 1e9)}`,
  }));
  const ties = Array.from({ length: actors * 10 }, (_, i) => ({
    source: `a${i % actors}`,
    target: `a${Math.floor(rng() * actors)}`,
    kind: 'advice',
  })).filter((t) => t.source !== t.target);
  return JSON.stringify({ actors: rows, ties });
}

const best = (f: () => unknown): number => Math.min(...Array.from({ length: 5 }, () => timed(f).seconds));
const ms = (s: number): string => `${(s * 1000).toFixed(1)} ms`;

const dir = scratchFolder('muster-bench-safety-');
console.log(
  '| actors | JSON MB | JSON.parse | with duplicate-key scan | folder MB | writeFileSync | writeAtomically |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const actors of [2_000, 20_000]) {
  const text = dataset(actors);
  const plain = best(() => JSON.parse(text));
  const checked = best(() => parseJsonText(text, 'd.json', new IssueList()));
  const files = datasetToFiles(parseDatasetJson(text)) as Record<string, string>;
  const bytes = Object.values(files).reduce((n, t) => n + Buffer.byteLength(t), 0);
  let k = actors;
  const raw = best(() => {
    const out = join(dir, `raw-${k++}`);
    mkdirSync(out);
    for (const [name, t] of Object.entries(files)) writeFileSync(join(out, name), t);
  });
  const safe = best(() => writeAtomically(join(dir, `safe-${k++}`), files));
  console.log(
    `| ${actors.toLocaleString('en-GB')} | ${(text.length / 1e6).toFixed(1)} | ${ms(plain)} | ${ms(checked)} | ${(bytes / 1e6).toFixed(1)} | ${ms(raw)} | ${ms(safe)} |`,
  );
}
