/**
 * `@muster/core/node`: reading and writing datasets and profiles on disk.
 * The parsing itself is in the browser-safe entry; this adds files, paths
 * and all-or-nothing writes.
 *
 * @module @muster/core/node
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { writeAtomically, type WriteOptions } from './atomic.js';
import { IssueList, MusterInputError, isMusterInputError } from './errors.js';
import type { Dataset } from './model.js';
import { getBuiltinProfile, builtinProfileIds } from './profiles/builtin/index.js';
import type { Profile } from './profiles/types.js';
import {
  DATASET_FILES,
  decodeText,
  parseDatasetFiles,
  parseDatasetJson,
  readProfileText,
  type DatasetFileName,
  type DatasetFiles,
  type ReadOptions,
} from './dataset/read.js';
import { datasetFileChunks, datasetJsonChunks } from './dataset/write.js';
import { didYouMean } from './suggest.js';
import { readRegularFile } from './files.js';

export { MAX_FILE_BYTES, readRegularFile } from './files.js';

/** The forms of a dataset this entry reads and writes: a folder of CSV files or one JSON file. */
export type DatasetForm = 'folder' | 'json';

/**
 * File types this entry does not take as a dataset: a path ending so is
 * refused, not taken for a folder. `@muster/formats/node` reads and writes
 * the workbook and graph-file forms.
 */
const OTHER_FORMATS = new Set([
  '.csv',
  '.tsv',
  '.txt',
  '.xls',
  '.xlsx',
  '.ods',
  '.gexf',
  '.graphml',
  '.gml',
  '.net',
  '.zip',
]);

/**
 * The form of a dataset path by its ending: `json` for a `.json` file,
 * `folder` for a folder or a name without a known file ending, and
 * `undefined` for a file type this entry cannot take as a dataset.
 */
export function datasetForm(path: string): DatasetForm | undefined {
  const ending = extname(path).toLowerCase();
  if (ending === '.json') return 'json';
  return OTHER_FORMATS.has(ending) ? undefined : 'folder';
}

/**
 * The error for a path whose file type is not a dataset form: `hint` says
 * which forms the caller takes.
 */
export function refuseFormat(
  path: string,
  hint = 'use a folder of CSV files (actors.csv, ties.csv, …) or a .json file; @muster/formats reads .xlsx, .gexf and .graphml',
): MusterInputError {
  const ending = extname(path) || basename(path);
  return new MusterInputError([
    { code: 'format-unknown', file: path, message: `Muster cannot take a '${ending}' file as a dataset`, hint },
  ]);
}

/** A folder an interrupted write moved aside (`.NAME.PID.old`), if there is one. */
function interruptedWrite(path: string): string | undefined {
  const parent = dirname(path);
  if (!existsSync(parent)) return undefined;
  const prefix = `.${basename(path)}.`;
  const entry = readdirSync(parent).find((e) => e.startsWith(prefix) && /^\d+\.old$/.test(e.slice(prefix.length)));
  return entry === undefined ? undefined : join(parent, entry);
}

/**
 * A file's text, decoded as UTF-8 (a BOM removed); a problem with the file
 * (not a regular file, too large: see {@link readRegularFile}) or its bytes
 * goes to `issues`.
 */
export function readText(path: string, label: string, issues: IssueList): string | undefined {
  const bytes = readRegularFile(path, label, issues);
  return bytes === undefined ? undefined : decodeText(bytes, label, issues);
}

/**
 * The largest file that is not UTF-8 which is still read with replacement
 * characters to list the other files' problems: beyond it that second read
 * would cost as much memory as the whole dataset, for messages about other files.
 */
const RECHECK_BYTES = 16 * 1024 * 1024;

/** Options of {@link readDataset}. */
export type ReadDatasetOptions = ReadOptions;

/**
 * Reads a dataset from a folder of CSV files or a `.json` file. Throws a
 * {@link MusterInputError} naming every problem (file, row, column).
 */
export function readDataset(path: string, options: ReadDatasetOptions = {}): Dataset {
  const issues = new IssueList();
  if (!existsSync(path)) {
    const aside = interruptedWrite(path);
    issues.add({
      code: 'file-missing',
      file: path,
      message: 'there is no such file or folder',
      hint:
        aside === undefined
          ? 'give a dataset folder (with actors.csv and ties.csv) or a dataset .json file'
          : `an interrupted write left the old one at ${aside}; the next write to this path puts it back, or rename it yourself`,
    });
    issues.throwIfAny();
  }
  if (statSync(path).isDirectory()) {
    const present = new Map(readdirSync(path).map((name) => [name.toLowerCase(), name]));
    const files: DatasetFiles = {};
    const undecodable = new Set<string>();
    let refused = false;
    for (const name of DATASET_FILES) {
      const actual = present.get(name);
      if (actual === undefined) continue;
      const file = join(path, actual);
      const bytes = readRegularFile(file, file, issues);
      if (bytes === undefined) {
        refused = true;
        continue;
      }
      const text = decodeText(bytes, file, issues);
      if (text !== undefined) files[name] = text;
      else if (bytes.length > RECHECK_BYTES) refused = true;
      else {
        // Read it with replacement characters, so that the other files' problems can still be listed.
        undecodable.add(file);
        files[name] = new TextDecoder().decode(bytes);
      }
    }
    // A file that could not be read at all (a FIFO, a device, too large), or a large one that is not
    // UTF-8, leaves nothing to check the others against.
    if (refused) issues.throwIfAny();
    const parse = (): Dataset =>
      parseDatasetFiles(files, { ...options, label: (name: DatasetFileName) => join(path, present.get(name) ?? name) });
    if (issues.size === 0) return parse();
    try {
      parse();
    } catch (error) {
      if (!isMusterInputError(error)) throw error;
      for (const issue of error.issues) if (!undecodable.has(issue.file)) issues.add(issue);
    }
    issues.throwIfAny();
  }
  const form = datasetForm(path);
  if (form !== 'json') throw refuseFormat(path);
  const text = readText(path, path, issues);
  issues.throwIfAny();
  return parseDatasetJson(text!, { ...options, file: path });
}

export { WRITE_PHASES, writeAtomically, type WriteOptions } from './atomic.js';

/**
 * Writes a dataset as a folder of CSV files or, for a `.json` path, one
 * JSON file; all or nothing (see {@link writeAtomically}). Refuses to
 * replace an existing file or non-empty folder unless `force` is set.
 */
export function writeDataset(dataset: Dataset, path: string, options: WriteOptions = {}): void {
  const form = datasetForm(path);
  if (form === undefined) throw refuseFormat(path);
  // In chunks: a dataset too large to be one string is written all the same.
  writeAtomically(path, form === 'json' ? datasetJsonChunks(dataset) : datasetFileChunks(dataset), options);
}

/**
 * A profile by built-in id (`multi-agency-care`) or from a JSON file.
 * Throws a {@link MusterInputError} when the file is bad or the id unknown.
 */
export function loadProfile(idOrPath: string): Profile {
  const builtin = getBuiltinProfile(idOrPath);
  if (builtin !== undefined) return builtin;
  const issues = new IssueList();
  if (!existsSync(idOrPath) || statSync(idOrPath).isDirectory()) {
    issues.add({
      code: 'file-missing',
      file: idOrPath,
      message: `'${idOrPath}' is neither a built-in profile nor a profile file`,
      hint: didYouMean(idOrPath, builtinProfileIds()) ?? `the built-in profiles are ${builtinProfileIds().join(', ')}`,
    });
    throw new MusterInputError(issues.issues);
  }
  const text = readText(idOrPath, idOrPath, issues);
  const profile = text === undefined ? undefined : readProfileText(text, idOrPath, issues);
  issues.throwIfAny();
  return profile!;
}
