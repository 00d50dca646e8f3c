/**
 * The built-in profiles, by id: `public-service-innovation` (the default,
 * from "Cluster muster"), `anti-poverty-collaboration` (from "Tackling
 * poverty by extending professional collaborations") and `multi-agency-care`
 * (from the essays on partnerships, key working and multi-agency teams).
 * Their ids are part of the dataset contract. The profiles are frozen:
 * copy one (`structuredClone`) before changing it.
 */
import type { Profile } from '../types.js';
import { antiPovertyCollaborationProfile } from './anti-poverty-collaboration.js';
import { multiAgencyCareProfile } from './multi-agency-care.js';
import { publicServiceInnovationProfile } from './public-service-innovation.js';

export { antiPovertyCollaborationProfile, multiAgencyCareProfile, publicServiceInnovationProfile };

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
  'public-service-innovation': publicServiceInnovationProfile,
  'anti-poverty-collaboration': antiPovertyCollaborationProfile,
  'multi-agency-care': multiAgencyCareProfile,
});

/** The ids of the built-in profiles, the default first. */
export function builtinProfileIds(): BuiltinProfileId[] {
  return Object.keys(BUILTIN_PROFILES) as BuiltinProfileId[];
}

/** The built-in profile with this id, or `undefined` when there is none. */
export function getBuiltinProfile(id: string): Profile | undefined {
  return Object.hasOwn(BUILTIN_PROFILES, id) ? BUILTIN_PROFILES[id as BuiltinProfileId] : undefined;
}
