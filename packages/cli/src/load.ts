/**
 * Reading what commands share: the `--profile` option and a dataset.
 */
import type { Dataset, Profile } from '@muster/core';
import { loadProfile, readDataset } from '@muster/core/node';

/** The `--profile` option shared by commands that read datasets. */
export const profileOption = { profile: { type: 'string', short: 'p' } } as const;

/** Reads a dataset, with roles resolved against `--profile` when it is given. */
export function loadDataset(path: string, profileArg: string | undefined): { dataset: Dataset; profile?: Profile } {
  const profile = profileArg === undefined ? undefined : loadProfile(profileArg);
  const dataset = readDataset(path, profile === undefined ? {} : { profile });
  return profile === undefined ? { dataset } : { dataset, profile };
}
