/**
 * Files the user brought in, read into a dataset with the readers `muster`
 * uses: a set of CSV files (and profile.json) as a dataset folder, or one
 * `.json`, `.xlsx`, `.gexf` or `.graphml` file (a Kumu export recognised by
 * its shape, with a `…mapping….json` file beside it as its mapping). Browser-safe: the files come as bytes, never from a path.
 */
import {
  DATASET_FILES,
  MusterInputError,
  parseDatasetFiles,
  parseDatasetJson,
  type Dataset,
  type DatasetFileName,
  type DatasetFiles,
  type InputIssue,
  type Profile,
} from '@muster/core';
import { IssueList, decodeText, readProfileText } from '@muster/core/reader';
import {
  isKumuJson,
  isKumuWorkbook,
  parseGexf,
  parseGraphml,
  parseKumuJson,
  parseKumuMapping,
  parseKumuWorkbook,
  parseWorkbook,
} from '@muster/formats';

/** A file as the page read it. */
export interface InFile {
  name: string;
  bytes: Uint8Array;
}

const SINGLE_ENDINGS = ['.json', '.xlsx', '.gexf', '.graphml'] as const;

const ending = (name: string): string => /\.[^.]*$/.exec(name.toLowerCase())?.[0] ?? '';

/** Whether a file is one of a dataset folder's files (`actors.csv`, …, `profile.json`). */
export function isFolderFile(name: string): boolean {
  return (DATASET_FILES as readonly string[]).includes(name.toLowerCase());
}

/** Whether a file is a Kumu mapping (`muster … --mapping FILE`): a .json file named for it. */
export function isMappingFile(name: string): boolean {
  return /mapping[^/]*\.json$/i.test(name);
}

/** Whether a file is a whole dataset in one file. */
export function isSingleFile(name: string): boolean {
  return !isFolderFile(name) && !isMappingFile(name) && (SINGLE_ENDINGS as readonly string[]).includes(ending(name));
}

/** The issue for a file the studio does not take, with what it does take. */
export function refuseFile(name: string): MusterInputError {
  const csv = ending(name) === '.csv';
  return new MusterInputError([
    {
      code: 'format-unknown',
      file: name,
      message: csv
        ? `a dataset's CSV files are named ${DATASET_FILES.filter((f) => f.endsWith('.csv')).join(', ')}`
        : `Muster cannot take a '${ending(name) || name}' file as a dataset`,
      hint: csv
        ? 'rename the file to the table it holds'
        : 'bring the CSV files of a dataset folder (actors.csv, ties.csv, …), or one .json, .xlsx, .gexf or .graphml file',
    },
  ]);
}

/** Decodes a text file, throwing its located problem when it is not UTF-8. */
function text(file: InFile): string {
  const issues = new IssueList();
  const decoded = decodeText(file.bytes, file.name, issues);
  issues.throwIfAny();
  return decoded!;
}

/** A dropped profile.json, read and checked. */
export function readProfileFile(file: InFile): Profile {
  const issues = new IssueList();
  const profile = readProfileText(text(file), file.name, issues);
  issues.throwIfAny();
  return profile!;
}

/**
 * Reads the files as one dataset, roles resolved against `profile` when
 * given (as `muster … --profile`); warnings (ids that look alike) go to
 * `onWarning`. Throws a `MusterInputError` listing
 * every problem, located by file, row and column.
 */
export function readFiles(
  files: readonly InFile[],
  profile?: Profile,
  onWarning?: (issue: InputIssue) => void,
): Dataset {
  const options = { ...(profile === undefined ? {} : { profile }), ...(onWarning === undefined ? {} : { onWarning }) };
  const singles = files.filter((f) => isSingleFile(f.name));
  const unknown = files.filter((f) => !isSingleFile(f.name) && !isFolderFile(f.name) && !isMappingFile(f.name));
  if (unknown.length > 0) throw new MusterInputError(unknown.flatMap((f) => refuseFile(f.name).issues));
  if (singles.length > 1 || (singles.length === 1 && files.some((f) => ending(f.name) === '.csv'))) {
    throw new MusterInputError([
      {
        code: 'format-unknown',
        file: singles.map((f) => f.name).join(', '),
        message: 'these are more than one dataset',
        hint: 'bring either the CSV files of one dataset or one dataset file',
      },
    ]);
  }
  const single = singles[0];
  if (single === undefined) {
    const folder: DatasetFiles = {};
    for (const file of files) folder[file.name.toLowerCase() as DatasetFileName] = text(file);
    return parseDatasetFiles(folder, options);
  }
  // A profile.json beside a one-file dataset is the profile to read it against.
  const dropped = files.find((f) => f.name.toLowerCase() === 'profile.json');
  const withProfile =
    dropped === undefined || profile !== undefined ? options : { ...options, profile: readProfileFile(dropped) };
  const file = { ...withProfile, file: single.name };
  const mapping = files.find((f) => isMappingFile(f.name));
  const kumu =
    mapping === undefined
      ? file
      : { ...file, mapping: parseKumuMapping(text(mapping), mapping.name), mappingFile: mapping.name };
  const form = ending(single.name);
  if (form === '.xlsx') {
    return isKumuWorkbook(single.bytes) ? parseKumuWorkbook(single.bytes, kumu) : parseWorkbook(single.bytes, file);
  }
  const content = text(single);
  if (form === '.gexf') return parseGexf(content, file);
  if (form === '.graphml') return parseGraphml(content, file);
  return isKumuJson(content) ? parseKumuJson(content, kumu) : parseDatasetJson(content, file);
}
