/**
 * `muster import-survey` at city scale: a seeded name-generator survey of
 * N respondents, each naming 5 people, drawn from a population of 1.5 N
 * with the mistakes real answers hold — lower case, "Surname, Given",
 * an initial for the first name, a dropped or doubled letter, a nickname —
 * and people named by many respondents. Prints the time of the whole
 * import (parse, match, build) at each size and the scaling exponent
 * (the slope of log time against log names) between sizes; then one
 * respondent naming 8,000 people.
 *
 *   node --conditions=@muster/source --import tsx bench/import-survey.ts [N …]
 *
 * Default sizes: 500 1000 2000 5000 (add 50000 for the city-wide figure).
 */
import { createRng, randomInt, type Rng } from '@muster/core';
import { importSurvey, parseSurveyConfig } from '@muster/survey';
import { count, peakRss, megabytes, seconds, table, timed } from './measure.js';

// prettier-ignore
const GIVEN = [
  'Ann', 'Alex', 'Amara', 'Anil', 'Bea', 'Robert', 'Carys', 'Dara', 'Dev', 'Eilidh', 'Emre', 'Fiona', 'Gus',
  'Hana', 'Idris', 'Iona', 'Jai', 'Jessica', 'Kai', 'Kirsty', 'Lena', 'Mairi', 'Nadia', 'Niall', 'Orla', 'Priya',
  'Quinn', 'Rhona', 'Rui', 'Sami', 'Seren', 'Tariq', 'Una', 'Uzma', 'Wren', 'Yara', 'Yusuf', 'Zara', 'Ailsa',
  'Ben', 'William', 'Dina', 'Ewan', 'Farah', 'Hugo', 'Isla', 'Jude', 'Lewis', 'Maya', 'Omar', 'Thomas', 'Elizabeth',
];
const NICK: Record<string, string> = {
  Robert: 'Bob',
  Jessica: 'Jess',
  William: 'Bill',
  Thomas: 'Tom',
  Elizabeth: 'Liz',
};
// prettier-ignore
const SYLLABLE = ['ab', 'bar', 'cal', 'dal', 'ed', 'far', 'gil', 'hal', 'ir', 'kel', 'lind', 'mac', 'nor', 'ol', 'pen',
  'rath', 'sel', 'tor', 'ul', 'ver', 'wal', 'yor', 'bram', 'crom', 'dun', 'fen', 'gar', 'hart', 'kin', 'lor', 'mor',
  'strat', 'bu', 'ry', 'den', 'ford', 'gate', 'ham', 'lan', 'ley', 'man', 'more', 'ner', 'rick', 'ston', 'ton', 'well',
  'wood', 'ard', 'by', 'croft', 'dale', 'ett', 'field', 'holm', 'lock', 'mont', 'row', 'shaw', 'son'];

/** A surname of two or three syllables: some 220,000 of them, so that, as in a city, most people's differ. */
function surname(rng: Rng): string {
  const parts = Array.from({ length: 2 + randomInt(rng, 2) }, () => pick(rng, SYLLABLE));
  const word = parts.join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[randomInt(rng, list.length)]!;

/** A name as someone writes it: mostly as is, sometimes with one of the usual mistakes. */
function written(rng: Rng, given: string, surname: string): string {
  const r = rng();
  if (r < 0.8) return `${given} ${surname}`;
  if (r < 0.84) return `${given} ${surname}`.toLowerCase();
  if (r < 0.88) return `${surname}, ${given}`;
  if (r < 0.92) return `${given[0]}. ${surname}`;
  if (r < 0.94 && NICK[given] !== undefined) return `${NICK[given]} ${surname}`;
  const at = 1 + randomInt(rng, surname.length - 1);
  // A dropped or a doubled letter.
  const typo =
    rng() < 0.5 ? surname.slice(0, at) + surname.slice(at + 1) : surname.slice(0, at) + surname.slice(at - 1);
  return `${given} ${typo}`;
}

/** The survey's CSV text: N respondents, each naming 5 people, mostly from their own neighbourhood of the population. */
export function surveyText(respondents: number, seed = 1): string {
  const rng = createRng(seed);
  const size = Math.round(respondents * 1.5);
  const people = Array.from({ length: size }, () => [pick(rng, GIVEN), surname(rng)]);
  const rows = ['Name,Role,Works with'];
  for (let r = 0; r < respondents; r++) {
    const self = Math.floor((r / respondents) * size);
    const named: string[] = [];
    for (let k = 0; k < 5; k++) {
      // A few people are named by many (the well-connected); most by their neighbours.
      const other = rng() < 0.1 ? randomInt(rng, 50) : (self + 1 + randomInt(rng, 40)) % size;
      const [given, surname] = people[other]!;
      named.push(written(rng, given!, surname!));
    }
    const [given, surname] = people[self]!;
    rows.push(`"${written(rng, given!, surname!)}",Senior official,"${named.join('; ')}"`);
  }
  return rows.join('\n') + '\n';
}

const CONFIG = parseSurveyConfig(
  JSON.stringify({
    respondent: { name: 'Name', role: 'Role' },
    ties: [{ columns: ['Works with'], kind: 'collaboration' }],
    separator: ';',
    unknownRole: 'stakeholder-group',
    defaultLocality: 'City',
  }),
);

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''));
if (isMain) {
  const sizes = process.argv.slice(2).map(Number);
  const rows: string[][] = [['respondents', 'names', 'actors', 'review rows', 'time', 'exponent']];
  let previous: { names: number; seconds: number } | undefined;
  for (const n of sizes.length > 0 ? sizes : [500, 1000, 2000, 5000]) {
    const text = surveyText(n);
    const run = timed(() => importSurvey(text, CONFIG, { file: 'survey.csv' }));
    const names = n * 6;
    const exponent =
      previous === undefined
        ? ''
        : (Math.log(run.seconds / previous.seconds) / Math.log(names / previous.names)).toFixed(2);
    rows.push([
      count(n),
      count(names),
      count(run.value.dataset.actors.length),
      count(run.value.reviewRows.length),
      seconds(run.seconds),
      exponent,
    ]);
    previous = { names, seconds: run.seconds };
    console.log(table(rows.slice(-1)));
  }
  console.log('\n' + table(rows));
  // One respondent naming thousands (a pasted contact list): every name is compared against the others.
  const names = surveyText(8000)
    .split('\n')
    .slice(1, -1)
    .map((line) => line.slice(1, line.indexOf('"', 1)));
  const one = `Name,Role,Works with\nZed Quill,Senior official,"${names.join('; ')}"\n`;
  console.log(
    `one respondent naming ${count(names.length)}: ${seconds(timed(() => importSurvey(one, CONFIG)).seconds)}`,
  );
  console.log(`peak RSS ${megabytes(peakRss())}`);
}
