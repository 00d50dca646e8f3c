/** The Firth Valley example as a user picks its files, and a broken copy of its actors, for the studio's tests and screenshots. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../../viewer/test/harness.js';

/** The example's CSV files, actors first. */
export const FIRTH_FILES = ['actors.csv', 'ties.csv', 'ideas.csv', 'adoptions.csv', 'mentions.csv'].map((f) =>
  join(REPO, 'examples/firth-valley', f),
);

/** Writes `folder/actors.csv`: the example's actors with a misspelt role and an id used twice; returns its path. */
export function writeBrokenActors(folder: string): string {
  const lines = readFileSync(FIRTH_FILES[0]!, 'utf8').split('\n');
  lines[3] = lines[3]!.replace(',politician,', ',politican,');
  lines[4] = lines[4]!.replace('kb04', 'kb03');
  const path = join(folder, 'actors.csv');
  writeFileSync(path, lines.join('\n'));
  return path;
}
