/**
 * Property tests of the readers and writers: whatever dataset is written
 * reads back equal, in both forms; and no input, however garbled, makes a
 * reader fail with anything but a MusterInputError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IssueList, MusterInputError } from '../errors.js';
import type { Actor, Dataset } from '../model.js';
import { normaliseKey } from '../normalise.js';
import { decodeText, parseDatasetFiles, parseDatasetJson, type DatasetFiles } from './read.js';
import { TABLE_SPECS, tableFromCsv } from './tables.js';
import { openCsv, parseCsv } from '../csv/parse.js';
import { unguardStream, unguardTable } from '../csv/write.js';
import { datasetFileChunks, datasetJsonChunks, datasetTables, datasetToFiles, datasetToJson } from './write.js';
import { csvCell } from '../escape.js';
import { defaultProfile } from './read.js';

const ROLES = ['politician', 'senior-official', 'service-user', 'researcher', 'service-designer', 'investor'];
const CONTRACT = new Set(
  Object.values(TABLE_SPECS).flatMap((spec) => [...spec.required, ...spec.optional, ...Object.keys(spec.aliases)]),
);

/** Text as a reader keeps it: trimmed and not empty. Commas, quotes, line breaks and `#` included. */
const text = fc
  .string({
    unit: fc.constantFrom('a', 'B', 'é', ' ', ',', ';', '"', '\n', '#', '\t', 'z', '1', '\u00e6', '\ud83d\ude00'),
    minLength: 1,
    maxLength: 12,
  })
  .map((s) => s.trim())
  .filter((s) => s !== '');
/** Text for a contract field: free text less tabs and line breaks, which ids, names and labels may not hold. */
const fieldText = text.filter((s) => !/[\n\t]/.test(s));
const attributeKey = fc
  .stringMatching(/^[a-z][a-z_ ]{0,8}[a-z]$/)
  .filter((k) => !CONTRACT.has(normaliseKey(k)) && k.trim() === k);
const attributes = fc.dictionary(attributeKey, text, { maxKeys: 3 }).map((attrs) => {
  // Keys differing only by case would be one column in a spreadsheet.
  const seen = new Set<string>();
  return Object.fromEntries(
    Object.entries(attrs).filter(([k]) => !seen.has(k.toLowerCase()) && seen.add(k.toLowerCase())),
  );
});
const isoDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    names: fc.array(fieldText, { minLength: 2, maxLength: 8 }),
    localities: fc.array(fieldText, { minLength: 1, maxLength: 3 }),
  })
  .chain(({ names, localities }) => {
    const n = names.length;
    const actorArb = (i: number): fc.Arbitrary<Actor> =>
      fc
        .record({
          role: fc.constantFrom(...ROLES),
          roles: fc.subarray(ROLES, { maxLength: 2 }),
          locality: fc.constantFrom(...localities),
          organisation: fc.option(fieldText, { nil: undefined }),
          sector: fc.option(fieldText, { nil: undefined }),
          attributes,
        })
        .map(({ role, roles, locality, organisation, sector, attributes }) => {
          const actor: Actor = {
            id: `id ${i},x`,
            name: names[i]!,
            role,
            roles: roles.filter((r) => r !== role),
            locality,
            attributes,
          };
          if (organisation !== undefined) actor.organisation = organisation;
          if (sector !== undefined) actor.sector = sector;
          return actor;
        });
    const pair = fc
      .tuple(fc.nat(n - 1), fc.nat(n - 2))
      .map(([a, b]) => [`id ${a},x`, `id ${b >= a ? b + 1 : b},x`] as const);
    const tieArb = fc
      .record({
        pair,
        kind: fc.constantFrom('collaboration', 'advice', 'funding', 'peer-support'),
        weight: fc.double({ min: 1e-9, max: 1e9, noNaN: true, noDefaultInfinity: true }).filter((w) => w > 0),
        directed: fc.boolean(),
        date: fc.option(isoDate, { nil: undefined }),
        attributes,
      })
      .map(({ pair: [source, target], date, ...rest }) =>
        date === undefined ? { source, target, ...rest } : { source, target, date, ...rest },
      );
    return fc
      .record({
        actors: fc.tuple(...Array.from({ length: n }, (_, i) => actorArb(i))),
        ties: fc.array(tieArb, { maxLength: 12 }),
        ideaTitles: fc.array(fieldText, { maxLength: 2 }),
        adoptionPicks: fc.array(
          fc.tuple(fc.nat(), fc.nat(n - 1), isoDate, fc.option(fc.nat(n - 1), { nil: undefined })),
          { maxLength: 6 },
        ),
        mentionPicks: fc.array(fc.tuple(fc.nat(), isoDate, fc.nat(500)), { maxLength: 4 }),
      })
      .map(({ actors, ties, ideaTitles, adoptionPicks, mentionPicks }) => {
        const ideas = ideaTitles.map((title, k) => ({ id: `idea-${k}`, title, attributes: {} }));
        const dataset: Dataset = { actors: [...actors], ties, ideas, adoptions: [], mentions: [] };
        if (ideas.length > 0) {
          const seen = new Set<string>();
          for (const [k, a, date, s] of adoptionPicks) {
            const idea = ideas[k % ideas.length]!.id;
            const actor = actors[a]!.id;
            if (seen.has(idea + actor)) continue;
            seen.add(idea + actor);
            const source = s === undefined || actors[s]!.id === actor ? undefined : actors[s]!.id;
            dataset.adoptions.push(
              source === undefined
                ? { idea, actor, date, attributes: {} }
                : { idea, actor, date, source, attributes: {} },
            );
          }
          // A recorded source never took the idea up after the actor (the reader refuses that).
          const when = new Map(dataset.adoptions.map((a) => [a.idea + '\u0000' + a.actor, a.date]));
          for (const a of dataset.adoptions) {
            const sourceDate = a.source === undefined ? undefined : when.get(a.idea + '\u0000' + a.source);
            if (sourceDate !== undefined && sourceDate > a.date) delete a.source;
          }
          for (const [k, date, count] of mentionPicks)
            dataset.mentions.push({ idea: ideas[k % ideas.length]!.id, date, count, attributes: {} });
        }
        return dataset;
      });
  });

function expectInputErrorOnly(read: () => unknown): void {
  try {
    read();
  } catch (error) {
    if (!(error instanceof MusterInputError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) expect(issue.file).toBeTruthy();
  }
}

describe('round trips', () => {
  it('a written dataset reads back equal, as CSV files and as JSON', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        const files = datasetToFiles(dataset);
        const fromCsv = parseDatasetFiles(files);
        expect(fromCsv).toEqual(dataset);
        const fromJson = parseDatasetJson(datasetToJson(fromCsv));
        expect(fromJson).toEqual(dataset);
        expect(datasetToFiles(fromJson)).toEqual(files);
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });

  it('the JSON and CSV written in chunks are the bytes one JSON.stringify and one join give', () => {
    const whole = (dataset: Dataset): void => {
      const json = [...datasetJsonChunks(dataset)].join('');
      expect(json).toBe(JSON.stringify(JSON.parse(json), null, 2) + '\n');
      const files = datasetFileChunks(dataset);
      for (const table of datasetTables(dataset)) {
        const cells = table.rows.map((row) =>
          row.map((v) => (v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v))),
        );
        expect([...files[`${table.name}.csv`]!].join('')).toBe(writeCsvAtOnce(table.header, cells));
      }
    };
    fc.assert(fc.property(datasetArb, whole), { numRuns: 100, seed: 20261208 });
    // Across chunk boundaries: thousands of rows, a profile, every list.
    const actors = Array.from({ length: 4321 }, (_, i) => ({
      id: `a${i}`,
      name: `N ${i}`,
      role: 'politician',
      roles: i % 2 === 0 ? ['investor'] : [],
      locality: 'R',
      attributes: { score: i / 7, tags: 'x,"y"' },
    }));
    const ties = actors.slice(1).map((a, i) => ({
      source: 'a0',
      target: a.id,
      kind: 'advice',
      weight: 1 + i,
      directed: i % 3 === 0,
      attributes: {},
    }));
    const ideas = [{ id: 'i1', title: 'T', attributes: {} }];
    whole({ actors, ties, ideas, adoptions: [], mentions: [], profile: defaultProfile() });
    whole({ actors: actors.slice(0, 1), ties: [], ideas: [], adoptions: [], mentions: [] });
  });
});

/** Every CSV line at once, as the writer did before it wrote in chunks. */
function writeCsvAtOnce(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

describe('reading row by row', () => {
  it('gives the table and the issues that reading every row first gives', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '1', ' ', ',', '"', '\n', '#', "'", '='), maxLength: 6 });
    const csvText = fc
      .array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 12 })
      .map((rows) => ['source,target,,note', ...rows.map((r) => r.join(','))].join('\n'));
    fc.assert(
      fc.property(csvText, (text) => {
        const streamed = new IssueList();
        const whole = new IssueList();
        const stream = openCsv(text, 'ties.csv', streamed);
        const table = parseCsv(text, 'ties.csv', whole);
        const a = stream && tableFromCsv('ties', unguardStream(stream), streamed);
        const b = table && tableFromCsv('ties', unguardTable(table), whole);
        expect(a).toEqual(b);
        const sorted = (list: IssueList) => [...list.issues].sort((x, y) => (x.row ?? 0) - (y.row ?? 0));
        expect(sorted(streamed)).toEqual(sorted(whole));
      }),
      { numRuns: 300, seed: 20261208 },
    );
  });
});

describe('fuzzing the readers', () => {
  const valid = datasetToFiles({
    actors: [
      { id: 'a1', name: 'Ann', role: 'politician', roles: [], locality: 'R', attributes: { gender: 'female' } },
      { id: 'a2', name: 'Bo', role: 'investor', roles: [], locality: 'R', attributes: {} },
    ],
    ties: [
      { source: 'a1', target: 'a2', kind: 'advice', weight: 2, directed: false, date: '2024-01-01', attributes: {} },
    ],
    ideas: [{ id: 'i', title: 'I', attributes: {} }],
    adoptions: [{ idea: 'i', actor: 'a1', date: '2024-02-01', attributes: {} }],
    mentions: [{ idea: 'i', date: '2024-02', count: 2, attributes: {} }],
  });

  it('random bytes in any file give the bad-input error or a dataset, never a crash', () => {
    const names = Object.keys(valid) as (keyof DatasetFiles)[];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.uint8Array({ maxLength: 300 }), (name, bytes) => {
        expectInputErrorOnly(() => {
          const issues = new IssueList();
          const decoded = decodeText(bytes, name, issues);
          issues.throwIfAny();
          return parseDatasetFiles({ ...valid, [name]: decoded });
        });
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('random edits of a valid file give the bad-input error or a dataset', () => {
    const names = Object.keys(valid) as (keyof DatasetFiles)[];
    const noise = fc.string({
      unit: fc.constantFrom('"', ',', ';', '\n', '\r', '#', 'x', '0', '-', '{', '}', '[', ':', ' '),
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), noise, fc.nat(4), (name, at, insert, cut) => {
        const original = valid[name]!;
        const k = at % (original.length + 1);
        const edited = original.slice(0, k) + insert + original.slice(k + cut);
        expectInputErrorOnly(() => parseDatasetFiles({ ...valid, [name]: edited }));
        expectInputErrorOnly(() => parseDatasetJson(edited));
      }),
      { numRuns: 600, seed: 11 },
    );
  });

  it('random JSON values give the bad-input error or a dataset', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expectInputErrorOnly(() => parseDatasetJson(JSON.stringify(value) ?? ''));
        expectInputErrorOnly(() => parseDatasetJson(JSON.stringify({ actors: value, ties: [value] })));
        expectInputErrorOnly(() => parseDatasetFiles({ ...valid, 'profile.json': JSON.stringify(value) ?? '' }));
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
