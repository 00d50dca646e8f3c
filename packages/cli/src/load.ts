/**
 * Reading what commands share: the `--profile` option, the `--mapping`
 * option for Kumu exports, a dataset in any form Muster reads, and the
 * other files commands take (a survey, its settings, a key).
 */
import type { Dataset, InputIssue, Profile } from '@muster/core';
import { loadProfile, readText } from '@muster/node';
import { IssueList } from '@muster/core/reader';
import { parseKumuMapping } from '@muster/formats/kumu';
import { readDataset, type ReadDatasetOptions } from '@muster/formats/node';
import type { ParsedValues } from './command.js';
import { stylesFor, type CliIo } from './io.js';
import { renderIssues } from './render.js';

/** The options shared by commands that read datasets. */
export const profileOption = {
  profile: { type: 'string', short: 'p' },
  mapping: { type: 'string' },
} as const;

/** Help lines for {@link profileOption}'s --mapping. */
export const MAPPING_HELP = `  --mapping FILE          for a Kumu export: how its types and fields map to
                          roles, tie kinds and localities (docs/import.md)`;

/** A dataset as read, with the profile `--profile` gave and its warnings. */
export interface Loaded {
  dataset: Dataset;
  profile?: Profile;
  warnings: InputIssue[];
}

/**
 * A reader of datasets, with roles resolved against `--profile` and a Kumu
 * export mapped by `--mapping`, both read once however many datasets it
 * reads. Each dataset's warnings (ids that look alike) are returned, and
 * handed to `warn` when given.
 */
function datasetReader(
  profileArg: string | undefined,
  mappingArg?: string,
  warn?: (warnings: InputIssue[]) => void,
): (path: string) => Loaded {
  const profile = profileArg === undefined ? undefined : loadProfile(profileArg);
  const kumu =
    mappingArg === undefined
      ? undefined
      : { mapping: parseKumuMapping(readInputText(mappingArg), mappingArg), file: mappingArg };
  return (path) => {
    const warnings: InputIssue[] = [];
    const options: ReadDatasetOptions = { onWarning: (issue) => warnings.push(issue) };
    if (profile !== undefined) options.profile = profile;
    if (kumu !== undefined) options.kumu = kumu;
    const dataset = readDataset(path, options);
    if (warn !== undefined && warnings.length > 0) warn(warnings);
    return profile === undefined ? { dataset, warnings } : { dataset, profile, warnings };
  };
}

/** Reads one dataset the way {@link datasetReader} does. */
export function loadDataset(
  path: string,
  profileArg: string | undefined,
  mappingArg?: string,
  warn?: (warnings: InputIssue[]) => void,
): Loaded {
  return datasetReader(profileArg, mappingArg, warn)(path);
}

/** Prints a dataset's warnings on stderr; under --pseudonymise, where they are and never what. */
export function warnTo(io: CliIo, values: ParsedValues): (warnings: InputIssue[]) => void {
  return (warnings) =>
    io.stderr.write(
      renderIssues(warnings, 0, stylesFor(io.stderr, io.env), { hideValues: values.pseudonymise === true }),
    );
}

/**
 * A reader of datasets as a command's options ask: `--profile`, `--mapping`
 * (each read once), and each dataset's warnings printed (values hidden
 * under `--pseudonymise`).
 */
export function readerAsAsked(values: ParsedValues, io: CliIo): (path: string) => Loaded {
  return datasetReader(values.profile as string | undefined, values.mapping as string | undefined, warnTo(io, values));
}

/** One dataset read as a command's options ask (see {@link readerAsAsked}). */
export function loadDatasetAsAsked(path: string, values: ParsedValues, io: CliIo): Loaded {
  return readerAsAsked(values, io)(path);
}

/**
 * The UTF-8 text of an input file other than a dataset; throws a
 * `MusterInputError` naming it when it is missing, not a regular file, too
 * large or not UTF-8.
 */
export function readInputText(path: string): string {
  const issues = new IssueList();
  const text = readText(path, path, issues);
  issues.throwIfAny();
  return text!;
}
