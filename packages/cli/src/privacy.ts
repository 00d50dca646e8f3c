/**
 * The pseudonymisation options shared by commands whose output leaves the
 * process (convert, audit, diff): `--pseudonymise` with the secret from
 * `--key-file FILE` or the MUSTER_PSEUDONYM_KEY environment variable (never
 * from the command line, where it would land in shell history), and
 * `--redact-columns` / `--keep-columns`.
 */
import { pseudonymise, type Dataset } from '@muster/core';
import { UsageError } from './command.js';
import type { CliIo } from './io.js';
import { readInputText } from './load.js';

export const privacyOptions = {
  pseudonymise: { type: 'boolean', default: false },
  'key-file': { type: 'string' },
  'redact-columns': { type: 'string' },
  'keep-columns': { type: 'string' },
} as const;

export const PRIVACY_HELP = `  --pseudonymise          replace ids, names, organisations and free-text columns
                          by keyed pseudonyms (the same in every wave with the
                          same key)
  --key-file FILE         the file holding the pseudonymisation key; without it,
                          the MUSTER_PSEUDONYM_KEY environment variable
  --redact-columns A,B    drop these columns
  --keep-columns A,B      keep these text columns as they are when pseudonymising`;

const list = (text: unknown): string[] =>
  typeof text === 'string'
    ? text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
    : [];

/** Applies the privacy options to a dataset (unchanged when none is given). */
export function applyPrivacy(dataset: Dataset, values: Record<string, unknown>, io: CliIo): Dataset {
  const redact = list(values['redact-columns']);
  const keep = list(values['keep-columns']);
  if (values.pseudonymise !== true) {
    if (keep.length > 0 || values['key-file'] !== undefined)
      throw new UsageError('--keep-columns and --key-file go with --pseudonymise');
    if (redact.length === 0) return dataset;
    const drop = new Set(redact.map((c) => c.toLowerCase()));
    const strip = <T extends { attributes: Dataset['actors'][number]['attributes'] }>(row: T): T => ({
      ...row,
      attributes: Object.fromEntries(Object.entries(row.attributes).filter(([k]) => !drop.has(k.toLowerCase()))),
    });
    return {
      ...dataset,
      actors: dataset.actors.map(strip),
      ties: dataset.ties.map(strip),
      ideas: dataset.ideas.map(strip),
      adoptions: dataset.adoptions.map(strip),
    };
  }
  const keyFile = values['key-file'] as string | undefined;
  const secret = keyFile !== undefined ? readInputText(keyFile).trim() : (io.env.MUSTER_PSEUDONYM_KEY ?? '');
  if (secret.length < 16) {
    throw new UsageError(
      keyFile !== undefined
        ? `the key in ${keyFile} is shorter than 16 characters; use a long random secret and keep it safe`
        : '--pseudonymise needs a secret key of at least 16 characters: put it in a file and pass --key-file FILE, or set MUSTER_PSEUDONYM_KEY',
    );
  }
  return pseudonymise(dataset, { secret, redactColumns: redact, keepColumns: keep });
}
