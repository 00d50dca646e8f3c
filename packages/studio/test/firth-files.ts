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

/** Actors the later wave has lost (with their ties and adoptions), and the ones it has gained. */
export const LATER_LEFT = ['sc10', 'kb30', 'kb40'];
const JOINED = [
  'hw90,Ada Quinn,service-designer,,Service designer,Hollinwell Design Lab,public,Hollinwell,female',
  'hw91,Tomasz Wren,investor,,Fund manager,Pennine Social Investment,private,Hollinwell,male',
];
const NEW_TIES = [
  'hw90,hw91,collaboration,2,false,2025-09-01',
  'hw90,hw12,collaboration,1,false,2025-09-15',
  'hw91,hw20,advice,1,false,2025-10-02',
];

/**
 * Writes the example as a later wave into `folder`: three actors gone, two
 * joined in Hollinwell (a service designer and an investor) with a few ties.
 */
export function writeLaterWave(folder: string): string[] {
  const gone = (line: string): boolean => line.split(',').some((field) => LATER_LEFT.includes(field));
  return FIRTH_FILES.map((file) => {
    const name = file.split('/').at(-1)!;
    const lines = readFileSync(file, 'utf8')
      .trimEnd()
      .split('\n')
      .filter((line) => !gone(line));
    if (name === 'actors.csv') lines.push(...JOINED);
    if (name === 'ties.csv') lines.push(...NEW_TIES);
    const path = join(folder, name);
    writeFileSync(path, lines.join('\n') + '\n');
    return path;
  });
}
