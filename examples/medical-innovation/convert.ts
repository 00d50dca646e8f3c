/**
 * Medical innovation example: Coleman, Katz & Menzel's physicians in four
 * Illinois towns, who took up a new antibiotic (tetracycline) in 1953–1955,
 * converted from the coded data distributed with the netdiffuseR R package
 * (`medInnovations`) into a Muster dataset: actors.csv, ties.csv, ideas.csv,
 * adoptions.csv and profile.json, written next to this script.
 *
 * The source is the folder `shared/data/medical-innovation/` beside the
 * repository (three CSV files: actors, ties, adoptions). The conversion is
 * plain mapping, with no randomness: every run writes the same bytes. It
 * checks the source as it goes (known codes, consistent adoption months,
 * ties between known physicians) and stops with a message rather than write
 * a dataset it cannot vouch for. See README.md for the mapping, field by
 * field.
 *
 * Run from the repository root:
 *   node --conditions=@muster/source --import tsx examples/medical-innovation/convert.ts [--source DIR]
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DATASET_FILES,
  datasetToFiles,
  emptyDataset,
  parseDatasetFiles,
  parseProfile,
  type Actor,
  type Attributes,
  type Dataset,
  type Tie,
} from '@muster/core';
import { writeAtomically } from '@muster/node';
import {
  DERIVED_COLUMNS,
  DUPLICATE_COLUMNS,
  KIND_BY_RELATION,
  PROFILE,
  RENAMED_COLUMNS,
  ROLE_BY_SPECIALTY,
  STRUCTURAL_COLUMNS,
  townName,
} from './mapping.js';

/** Where the converted dataset goes: the folder of this script. */
export const OUT_DIR = fileURLToPath(new URL('.', import.meta.url));

/** The source data: `shared/` sits in the repository's parent folder. */
export const DEFAULT_SOURCE_DIR = fileURLToPath(new URL('../../../shared/data/medical-innovation/', import.meta.url));

/** The one idea of the study. */
export const IDEA_ID = 'tetracycline';

/** The last month of the study; `toa` 18 means "had not adopted by then". */
export const LAST_MONTH = 17;
const NOT_ADOPTED = LAST_MONTH + 1;

// ---------------------------------------------------------------- reading the source

type Row = Record<string, string>;

/**
 * Reads one of the source files: plain comma-separated ids and numbers with
 * a header row, no quoting. Anything else is refused, not guessed at.
 */
function readSourceTable(dir: string, name: string, required: readonly string[]): Row[] {
  const path = join(dir, name);
  if (!existsSync(path)) throw new Error(`${name}: not found in ${dir}`);
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (text.includes('"')) throw new Error(`${name}: quoted fields are not expected in the source files`);
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((cell) => cell.trim());
  for (const column of required) {
    if (!header.includes(column)) throw new Error(`${name}: no column '${column}'`);
  }
  return lines.slice(1).map((line, index) => {
    const cells = line.split(',').map((cell) => cell.trim());
    if (cells.length !== header.length) {
      throw new Error(`${name}, row ${index + 2}: ${cells.length} cells for ${header.length} columns`);
    }
    return Object.fromEntries(header.map((column, k) => [column, cells[k] ?? '']));
  });
}

function cell(row: Row, column: string): string {
  return row[column] ?? '';
}

/** A month as a whole number from 1 to `max`, or an error naming where it came from. */
function month(value: string, max: number, where: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new Error(`${where}: '${value}' is not a month from 1 to ${max}`);
  }
  return Number(value);
}

// ---------------------------------------------------------------- conversion

/** Counts that the conversion reports, for the README and the tests. */
export interface ConversionSummary {
  actorsPerTown: Record<string, number>;
  actorsPerRole: Record<string, number>;
  tiesRead: number;
  tiesKept: Record<string, number>;
  /** Ties dropped because an end is not in the actor list, by kind. */
  tiesDropped: Record<string, number>;
  adoptersPerTown: Record<string, number>;
  /** New adopters in each month, 1 to 17. */
  adoptionsPerMonth: Record<string, number>;
  /** Physicians who had not adopted by the end of the study. */
  notAdopted: number;
}

/** The dataset converted from the source folder, its files as text, and the counts. */
export interface Conversion {
  dataset: Dataset;
  files: Record<string, string>;
  summary: ConversionSummary;
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function convertActors(rows: Row[]): { actors: Actor[]; toa: Map<string, number> } {
  const actors: Actor[] = [];
  const toa = new Map<string, number>();
  rows.forEach((row, index) => {
    const where = `actors.csv, row ${index + 2}`;
    const id = cell(row, 'id');
    if (id === '' || toa.has(id)) throw new Error(`${where}: missing or repeated id '${id}'`);
    const city = cell(row, 'city');
    if (!/^[1-4]$/.test(city)) throw new Error(`${where}: unknown town '${city}'`);
    const role = ROLE_BY_SPECIALTY[cell(row, 'special')];
    if (role === undefined) throw new Error(`${where}: unknown specialty code '${cell(row, 'special')}'`);
    const adoption = month(cell(row, 'toa'), NOT_ADOPTED, `${where}, column toa`);
    for (const [column, original] of Object.entries(DUPLICATE_COLUMNS)) {
      if (column in row && cell(row, column) !== cell(row, original)) {
        throw new Error(`${where}: '${column}' differs from '${original}', so it cannot be dropped as a copy`);
      }
    }
    if ('adopted' in row && cell(row, 'adopted') !== (adoption < NOT_ADOPTED ? '1' : '0')) {
      throw new Error(`${where}: 'adopted' does not agree with 'toa'`);
    }

    const skip = new Set<string>([...STRUCTURAL_COLUMNS, ...Object.keys(DUPLICATE_COLUMNS), ...DERIVED_COLUMNS]);
    const attributes: Attributes = {};
    for (const [column, value] of Object.entries(row)) {
      if (skip.has(column) || value === '') continue;
      attributes[RENAMED_COLUMNS[column] ?? column] = value;
    }
    actors.push({
      id,
      name: `Physician ${id}`,
      role,
      roles: [],
      locality: townName(city),
      attributes,
    });
    toa.set(id, adoption);
  });
  return { actors, toa };
}

function convertTies(rows: Row[], known: ReadonlySet<string>, summary: ConversionSummary): Tie[] {
  const ties: Tie[] = [];
  rows.forEach((row, index) => {
    const where = `ties.csv, row ${index + 2}`;
    const kind = KIND_BY_RELATION[cell(row, 'relation')];
    if (kind === undefined) throw new Error(`${where}: unknown relation '${cell(row, 'relation')}'`);
    const source = cell(row, 'source');
    const target = cell(row, 'target');
    if (!known.has(source) || !known.has(target)) {
      increment(summary.tiesDropped, kind);
      return;
    }
    const attributes: Attributes = {};
    const rank = cell(row, 'nomination_rank');
    if (rank !== '') attributes.nomination_rank = rank;
    ties.push({ source, target, kind, weight: 1, directed: true, attributes });
    increment(summary.tiesKept, kind);
  });
  return ties;
}

/**
 * Converts the source folder into a Muster dataset. Throws an `Error`
 * naming the file and row when the source is not as expected.
 */
export function convert(sourceDir: string = DEFAULT_SOURCE_DIR): Conversion {
  const actorRows = readSourceTable(sourceDir, 'actors.csv', ['id', 'city', 'special', 'toa']);
  const tieRows = readSourceTable(sourceDir, 'ties.csv', ['source', 'target', 'relation', 'nomination_rank']);
  const adoptionRows = readSourceTable(sourceDir, 'adoptions.csv', ['actor', 'time']);

  // Counts start at zero, in a fixed order: roles as in the profile, kinds as in the study.
  const zeros = (keys: Iterable<string>): Record<string, number> => Object.fromEntries([...keys].map((k) => [k, 0]));
  const kinds = Object.values(KIND_BY_RELATION);
  const summary: ConversionSummary = {
    actorsPerTown: {},
    actorsPerRole: zeros(PROFILE.roles.map((r) => r.id)),
    tiesRead: tieRows.length,
    tiesKept: zeros(kinds),
    tiesDropped: zeros(kinds),
    adoptersPerTown: {},
    adoptionsPerMonth: zeros(Array.from({ length: LAST_MONTH }, (_, i) => String(i + 1))),
    notAdopted: 0,
  };
  const dataset = emptyDataset();
  const { actors, toa } = convertActors(actorRows);
  dataset.actors = actors;
  const byId = new Map(actors.map((a) => [a.id, a]));
  for (const actor of actors) {
    increment(summary.actorsPerTown, actor.locality);
    increment(summary.actorsPerRole, actor.role);
  }
  dataset.ties = convertTies(tieRows, new Set(byId.keys()), summary);

  dataset.ideas.push({
    id: IDEA_ID,
    title: 'Prescribing tetracycline, a new antibiotic',
    attributes: {},
  });

  // adoptions.csv and the actors' toa must tell the same story.
  const adopted = new Set<string>();
  adoptionRows.forEach((row, index) => {
    const where = `adoptions.csv, row ${index + 2}`;
    const actor = byId.get(cell(row, 'actor'));
    if (actor === undefined) throw new Error(`${where}: unknown physician '${cell(row, 'actor')}'`);
    if (adopted.has(actor.id)) throw new Error(`${where}: '${actor.id}' adopts twice`);
    const time = month(cell(row, 'time'), LAST_MONTH, `${where}, column time`);
    if (toa.get(actor.id) !== time) throw new Error(`${where}: month ${time} but toa says ${toa.get(actor.id)}`);
    adopted.add(actor.id);
    dataset.adoptions.push({ idea: IDEA_ID, actor: actor.id, date: String(time), attributes: {} });
    increment(summary.adoptersPerTown, actor.locality);
    increment(summary.adoptionsPerMonth, String(time));
  });
  for (const actor of actors) {
    if (toa.get(actor.id)! < NOT_ADOPTED && !adopted.has(actor.id)) {
      throw new Error(`adoptions.csv: '${actor.id}' adopted in month ${toa.get(actor.id)} but has no row`);
    }
  }
  summary.notAdopted = actors.length - adopted.size;

  // Checked as any profile.json is, so the file written is one Muster reads.
  dataset.profile = parseProfile(structuredClone(PROFILE));

  const files = datasetToFiles(dataset) as Record<string, string>;
  // The files must read back as a valid dataset; this throws a MusterInputError listing any problem.
  parseDatasetFiles(files);
  return { dataset, files, summary };
}

// ---------------------------------------------------------------- main

function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([key, n]) => `${key} ${n}`)
    .join(', ');
}

function main(): void {
  const { values } = parseArgs({
    options: { source: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    console.log('usage: convert.ts [--source DIR]\n  DIR holds the source actors.csv, ties.csv and adoptions.csv');
    return;
  }
  const sourceDir = values.source === undefined ? DEFAULT_SOURCE_DIR : resolve(values.source);
  const { files, summary } = convert(sourceDir);

  // Muster's writer, file by file: `writeDataset` would replace the whole
  // folder, and this folder also holds the script, its test and README.md.
  for (const [name, text] of Object.entries(files)) writeAtomically(join(OUT_DIR, name), text, { force: true });
  // A dataset file this conversion does not produce must not linger from an older run.
  for (const name of DATASET_FILES) if (!(name in files)) rmSync(join(OUT_DIR, name), { force: true });

  console.log(`actors per town: ${describeCounts(summary.actorsPerTown)}`);
  console.log(`actors per role: ${describeCounts(summary.actorsPerRole)}`);
  console.log(`ties: ${summary.tiesRead} read; kept ${describeCounts(summary.tiesKept)}`);
  console.log(`ties dropped (an end not in the actor list): ${describeCounts(summary.tiesDropped)}`);
  console.log(`adopters per town: ${describeCounts(summary.adoptersPerTown)}`);
  console.log(`new adopters per month: ${describeCounts(summary.adoptionsPerMonth)}`);
  console.log(`not adopted by month ${LAST_MONTH}: ${summary.notAdopted}`);
}

// Write the files only when run as a script, not when a test imports the module.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  try {
    main();
  } catch (error) {
    console.error(`convert: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
