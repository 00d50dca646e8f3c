/**
 * The built-in profiles, by id: `public-service-innovation` (the default,
 * from "Cluster muster"), `anti-poverty-collaboration` (from "Tackling
 * poverty by extending professional collaborations") and `multi-agency-care`
 * (from the essays on partnerships, key working and multi-agency teams).
 * Their ids are part of the dataset contract. Each is a profile file of the
 * same form users write (its `source` names the texts it comes from), checked
 * against the schema by this folder's test. The profiles are frozen: copy one
 * (`structuredClone`) before changing it.
 */
import type { Profile } from '../types.js';
import antiPovertyCollaboration from './anti-poverty-collaboration.json' with { type: 'json' };
import multiAgencyCare from './multi-agency-care.json' with { type: 'json' };
import publicServiceInnovation from './public-service-innovation.json' with { type: 'json' };

/** The ids of the built-in profiles. */
export type BuiltinProfileId = 'public-service-innovation' | 'anti-poverty-collaboration' | 'multi-agency-care';

/** The profile that applies when a dataset has none. */
export const DEFAULT_PROFILE_ID = 'public-service-innovation' satisfies BuiltinProfileId;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Every built-in profile by id, the default first. */
export const BUILTIN_PROFILES: Readonly<Record<BuiltinProfileId, Profile>> = deepFreeze({
  'public-service-innovation': publicServiceInnovation as Profile,
  'anti-poverty-collaboration': antiPovertyCollaboration as Profile,
  'multi-agency-care': multiAgencyCare as Profile,
});

/** The ids of the built-in profiles, the default first. */
export function builtinProfileIds(): BuiltinProfileId[] {
  return Object.keys(BUILTIN_PROFILES) as BuiltinProfileId[];
}

/** The built-in profile with this id, or `undefined` when there is none. */
export function getBuiltinProfile(id: string): Profile | undefined {
  return Object.hasOwn(BUILTIN_PROFILES, id) ? BUILTIN_PROFILES[id as BuiltinProfileId] : undefined;
}
