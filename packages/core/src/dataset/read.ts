/**
 * Reading a dataset from text, in Node and in the browser alike: a folder's
 * files given as strings (CSV and `profile.json`), or the one-file JSON
 * form. File access lives in `@muster/core/node`.
 */
import { IssueList, MusterInputError, type InputIssue } from '../errors.js';
import { parseJsonText } from '../json.js';
import { openCsv } from '../csv/parse.js';
import { unguardStream } from '../csv/write.js';
import type { Dataset } from '../model.js';
import { DEFAULT_PROFILE_ID, getBuiltinProfile } from '../profiles/builtin/index.js';
import { parseProfile } from '../profiles/schema.js';
import type { Profile } from '../profiles/types.js';
import { didYouMean } from '../suggest.js';
import { buildDataset, type RawTables } from './build.js';
import { tableFromCsv, tableFromJson, type RawTable, type TableName } from './tables.js';

/** The files of a dataset folder. */
export const DATASET_FILES = [
  'actors.csv',
  'ties.csv',
  'ideas.csv',
  'adoptions.csv',
  'mentions.csv',
  'profile.json',
] as const;

/** A file name of a dataset folder. */
export type DatasetFileName = (typeof DATASET_FILES)[number];

/** A dataset folder's files as text, by file name; actors.csv and ties.csv are required. */
export type DatasetFiles = Partial<Record<DatasetFileName, string>>;

/** Options for every dataset reader. */
export interface ReadOptions {
  /**
   * The profile roles are resolved against. Without it, the dataset's own
   * `profile.json` applies, and without that the default profile.
   */
  profile?: Profile;
  /** Called with each warning (ids that look alike) of a dataset that is read; errors are thrown. */
  onWarning?: (issue: InputIssue) => void;
}

const TABLES: readonly TableName[] = ['actors', 'ties', 'ideas', 'adoptions', 'mentions'];

/** The default profile (`public-service-innovation`). */
export function defaultProfile(): Profile {
  return getBuiltinProfile(DEFAULT_PROFILE_ID)!;
}

/** The profile a dataset's roles are read against. */
function chooseProfile(options: ReadOptions, own: Profile | undefined): Profile {
  return options.profile ?? own ?? defaultProfile();
}

/**
 * Decodes a file's bytes as UTF-8 (with or without BOM). Bytes that are not
 * UTF-8 — a spreadsheet's "CSV" saved in a Windows code page — are reported
 * rather than turned into replacement characters.
 */
export function decodeText(bytes: Uint8Array, file: string, issues: IssueList): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstBadByte(bytes);
    const line = lineOf(bytes, offset);
    issues.add({
      code: 'encoding-invalid',
      file,
      message: `the file is not UTF-8 text (byte ${offset + 1}, on line ${line} of the file, is not)`,
      hint: 'save it as "CSV UTF-8" (Excel) or with UTF-8 encoding',
    });
    return undefined;
  }
}

/** Bytes decoded at a time when looking for the first bad byte. */
const CHUNK = 1 << 16;
const isContinuation = (byte: number | undefined): boolean => byte !== undefined && (byte & 0xc0) === 0x80;

/**
 * The offset of the first byte that is not UTF-8. Pieces of {@link CHUNK}
 * bytes, cut between characters, are decoded in turn, and only the first bad
 * piece is searched byte by byte: linear in the file, where a search over
 * prefixes of the whole file would decode it again and again.
 */
function firstBadByte(bytes: Uint8Array): number {
  // `stream` takes a character cut off at the end as unfinished, not bad, so that every
  // prefix of good text passes and the search below can halve its way to the bad byte.
  const decodes = (from: number, to: number, stream: boolean): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(from, to), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(start + CHUNK, bytes.length);
    // Cut before a character's continuation bytes (a character has at most three).
    for (let back = 0; back < 3 && end > start + 1 && isContinuation(bytes[end]); back++) end--;
    if (!decodes(start, end, false)) break;
    start = end;
  }
  let length = 0;
  for (let step = CHUNK; step >= 1; step >>= 1) {
    if (start + length + step <= bytes.length && decodes(start, start + length + step, true)) length += step;
  }
  let offset = start + length;
  // The byte that failed may end an unfinished character: the bad one is then its first byte.
  if (!decodes(start, offset, false)) {
    while (offset > start && isContinuation(bytes[offset - 1])) offset--;
    offset = Math.max(start, offset - 1);
  }
  return offset;
}

/** The 1-based line of the file that byte `offset` is on (CR LF, LF and CR end a line). */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/**
 * Reads a dataset folder whose files are given as text. `label` names each
 * file in error messages (e.g. with the folder's path).
 */
export function parseDatasetFiles(
  files: DatasetFiles,
  options: ReadOptions & { label?: (file: DatasetFileName) => string } = {},
): Dataset {
  const label = options.label ?? ((file: DatasetFileName) => file);
  const issues = new IssueList(options.onWarning);
  for (const required of ['actors.csv', 'ties.csv'] as const) {
    if (files[required] === undefined) {
      issues.add({
        code: 'file-missing',
        file: label(required),
        message: `the dataset has no ${required}`,
        hint: `a dataset folder holds at least actors.csv and ties.csv; \`muster init\` writes templates`,
      });
    }
  }
  let own: Profile | undefined;
  if (files['profile.json'] !== undefined) {
    own = readProfileText(files['profile.json'], label('profile.json'), issues);
  }
  issues.throwIfAny();
  const raw: Partial<Record<TableName, RawTable>> = {};
  for (const name of TABLES) {
    const text = files[`${name}.csv`];
    if (text === undefined) continue;
    // Row by row: a file's records are never all held as cells and as records at once.
    const csv = openCsv(text, label(`${name}.csv`), issues);
    // The formula guard Muster's writer adds is taken off, so a written folder reads back the same.
    if (csv) raw[name] = tableFromCsv(name, unguardStream(csv), issues);
  }
  // Structural problems make the row checks meaningless (and noisy): stop here.
  issues.throwIfAny();
  return buildDataset(raw as RawTables, chooseProfile(options, own), issues, own);
}

/** Parses a profile from JSON text, adding its problems to `issues`. */
export function readProfileText(text: string, file: string, issues: IssueList): Profile | undefined {
  const value = parseJsonText(text, file, issues);
  if (value === undefined) return undefined;
  try {
    return parseProfile(value, file);
  } catch (error) {
    if (!(error instanceof MusterInputError)) throw error;
    for (const issue of error.issues) issues.add(issue);
    return undefined;
  }
}

const JSON_KEYS = ['actors', 'ties', 'ideas', 'adoptions', 'mentions', 'profile'];

/**
 * Reads the one-file JSON form: `{ "actors": [...], "ties": [...], "ideas":
 * [...], "adoptions": [...], "mentions": [...], "profile": {...} }`.
 * Issues name the file as `FILE#actors` and the entry's 1-based position as
 * its row.
 */
export function parseDatasetJson(text: string, options: ReadOptions & { file?: string } = {}): Dataset {
  const file = options.file ?? 'dataset.json';
  const issues = new IssueList(options.onWarning);
  const value = parseJsonText(text, file, issues);
  issues.throwIfAny();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    issues.add({
      code: 'json-shape',
      file,
      message: 'a dataset in JSON is one object',
      hint: 'write { "actors": [...], "ties": [...] }',
    });
    issues.throwIfAny();
  }
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (!JSON_KEYS.includes(key)) {
      issues.add({
        code: 'json-shape',
        file,
        column: key,
        message: `unknown key '${key}'`,
        hint: didYouMean(key, JSON_KEYS) ?? `a dataset has ${JSON_KEYS.join(', ')}`,
      });
    }
  }
  let own: Profile | undefined;
  if (object.profile !== undefined && object.profile !== null) {
    try {
      own = parseProfile(object.profile, `${file}#profile`);
    } catch (error) {
      if (!(error instanceof MusterInputError)) throw error;
      for (const issue of error.issues) issues.add(issue);
    }
  }
  const raw: Partial<Record<TableName, RawTable>> = {};
  for (const name of TABLES) {
    const entries = object[name];
    if (entries === undefined || entries === null) {
      if (name === 'actors' || name === 'ties') {
        issues.add({
          code: 'file-missing',
          file,
          column: name,
          message: `the dataset has no '${name}' list`,
          hint: `add "${name}": [] even when it is empty`,
        });
      }
      continue;
    }
    if (!Array.isArray(entries)) {
      issues.add({
        code: 'json-shape',
        file,
        column: name,
        message: `'${name}' must be a list`,
        hint: `write "${name}": [ {...}, {...} ]`,
      });
      continue;
    }
    raw[name] = tableFromJson(name, entries, `${file}#${name}`, issues);
  }
  issues.throwIfAny();
  return buildDataset(raw as RawTables, chooseProfile(options, own), issues, own);
}
