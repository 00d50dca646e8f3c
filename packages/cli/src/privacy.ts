/**
 * The privacy options shared by every command whose output leaves the
 * process (convert, audit, flow, view, diff): `--pseudonymise` with the
 * secret from `--key-file FILE` or the MUSTER_PSEUDONYM_KEY environment
 * variable (never from the command line, where it would land in shell
 * history), and `--redact-columns` / `--keep-columns`.
 */
import {
  freeColumns,
  keyWeakness,
  pseudonymiseWithPlan,
  redactColumns,
  type ColumnDecision,
  type Dataset,
} from '@muster/core';
import { UsageError } from './command.js';
import { stylesFor, type CliIo } from './io.js';
import { readInputText } from './load.js';

export const privacyOptions = {
  pseudonymise: { type: 'boolean', default: false },
  'key-file': { type: 'string' },
  'redact-columns': { type: 'string' },
  'keep-columns': { type: 'string' },
} as const;

const PRIVACY_LINES: [string, string[]][] = [
  [
    '--pseudonymise',
    [
      'replace ids, names, organisations and every free',
      'column of every table (numbers too) by keyed',
      'pseudonyms, the same in every wave with the same key',
    ],
  ],
  [
    '--key-file FILE',
    [
      'the secret key for --pseudonymise (or set the',
      'MUSTER_PSEUDONYM_KEY environment variable): 16',
      'characters or more, 8 of them different',
    ],
  ],
  ['--redact-columns A,B', ['drop these free columns from every table']],
  ['--keep-columns A,B', ['keep these free columns as they are when pseudonymising']],
];

/** The help lines of the privacy options (the help printer lines them up with each command's own). */
export const PRIVACY_HELP = PRIVACY_LINES.flatMap(([option, text]) =>
  text.map((line, i) => `${(i === 0 ? `  ${option}` : '').padEnd(26)}${line}`),
).join('\n');

const list = (text: unknown): string[] =>
  typeof text === 'string'
    ? text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
    : [];

/** Refuses column names no table has: a misspelt --keep-columns or --redact-columns must not pass unseen. */
function checkColumns(dataset: Dataset, option: string, names: readonly string[]): void {
  // Most runs name no columns: no need to walk every row then.
  if (names.length === 0) return;
  const known = [...freeColumns(dataset)];
  const lower = new Set(known.map((c) => c.toLowerCase()));
  const unknown = names.filter((n) => !lower.has(n.toLowerCase()));
  if (unknown.length > 0)
    throw new UsageError(
      `--${option} names ${unknown.map((n) => `'${n}'`).join(', ')}, which no table has; the free columns are ${known.join(', ') || 'none'}`,
    );
}

/** The secret key, read and checked the same way from the file and from the variable. */
function readKey(values: Record<string, unknown>, io: CliIo): string {
  const keyFile = values['key-file'] as string | undefined;
  const raw = keyFile !== undefined ? readInputText(keyFile) : io.env.MUSTER_PSEUDONYM_KEY;
  const where = keyFile !== undefined ? `the key in ${keyFile}` : 'the key in MUSTER_PSEUDONYM_KEY';
  if (raw === undefined || raw.trim() === '')
    throw new UsageError(
      '--pseudonymise needs a secret key: put it in a file and pass --key-file FILE, or set MUSTER_PSEUDONYM_KEY',
    );
  const weakness = keyWeakness(raw);
  if (weakness !== undefined)
    throw new UsageError(`${where} is too weak: ${weakness}; use a long random secret and keep it safe`);
  return raw.trim();
}

/** One line on stderr saying which free columns were kept or dropped, and why. */
function report(columns: readonly ColumnDecision[], io: CliIo): void {
  if (columns.length === 0) return;
  const s = stylesFor(io.stderr, io.env);
  const replaced = columns.filter((c) => c.action === 'pseudonymised').length;
  const named = columns
    .filter((c) => c.action !== 'pseudonymised')
    .map((c) => `${c.table}.${c.column} ${c.action} (${c.reason})`);
  io.stderr.write(
    `${s.dim('pseudonymised')} ${replaced} free ${replaced === 1 ? 'column' : 'columns'}${named.length > 0 ? `; ${named.join('; ')}` : ''}\n`,
  );
}

/** What the privacy options made of a dataset; `ids` maps each actor id to its pseudonym when pseudonymised. */
export interface Privatised {
  dataset: Dataset;
  ids?: ReadonlyMap<string, string>;
  /** When pseudonymised: what was done to each free column, and why. */
  columns?: ColumnDecision[];
}

/**
 * The privacy options as a function to apply to each dataset a command
 * reads; the key is read once, when first needed, however many datasets.
 */
export function privacyOf(values: Record<string, unknown>, io: CliIo): (dataset: Dataset) => Privatised {
  const redact = list(values['redact-columns']);
  const keep = list(values['keep-columns']);
  let secret: string | undefined;
  return (dataset) => {
    checkColumns(dataset, 'redact-columns', redact);
    checkColumns(dataset, 'keep-columns', keep);
    if (values.pseudonymise !== true) {
      if (keep.length > 0 || values['key-file'] !== undefined)
        throw new UsageError('--keep-columns and --key-file go with --pseudonymise');
      return { dataset: redact.length === 0 ? dataset : redactColumns(dataset, redact) };
    }
    secret ??= readKey(values, io);
    const result = pseudonymiseWithPlan(dataset, { secret, redactColumns: redact, keepColumns: keep });
    report(result.columns, io);
    return { dataset: result.dataset, ids: result.ids, columns: result.columns };
  };
}

/** Applies the privacy options to a dataset (unchanged when none is given). */
export function privatise(dataset: Dataset, values: Record<string, unknown>, io: CliIo): Privatised {
  return privacyOf(values, io)(dataset);
}

/** {@link privatise}, for commands that need only the dataset. */
export function applyPrivacy(dataset: Dataset, values: Record<string, unknown>, io: CliIo): Dataset {
  return privatise(dataset, values, io).dataset;
}
