/**
 * One place, one spelling: localities whose names differ only in case,
 * spacing, hyphens or accents ("brackenford", "Brackenford ", "Bracken-ford")
 * would otherwise be audited as two places. Each later spelling is reported
 * where it is written, with the first spelling to use instead.
 */
import type { InputIssue } from '../errors.js';
import { normaliseKey } from '../normalise.js';

/** The key under which spellings of one locality are the same. */
export const localityKey = (locality: string): string => normaliseKey(locality).replace(/^-+|-+$/g, '');

/** Remembers the first spelling of each locality and judges the later ones. */
export class LocalitySpellings {
  readonly #first = new Map<string, { spelling: string; row: number }>();

  /** The issue for `locality` written on `row`, when another spelling of the same name came first. */
  check(locality: string, row: number, at: Pick<InputIssue, 'file' | 'row' | 'column'>): InputIssue | undefined {
    const key = localityKey(locality);
    const first = this.#first.get(key);
    if (first === undefined) {
      this.#first.set(key, { spelling: locality, row });
      return undefined;
    }
    if (first.spelling === locality) return undefined;
    return {
      ...at,
      code: 'locality-spelling',
      value: locality,
      message: `the locality '${locality}' differs from '${first.spelling}' only in case, spacing or accents`,
      hint: `write it as '${first.spelling}' (as in row ${first.row}) if it is the same place, or give the two places distinct names`,
    };
  }
}
