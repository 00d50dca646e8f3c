/**
 * Role resolution: what a user wrote in a `role` cell ("Service Designer",
 * "service_designer", "councillor") to the canonical role id of the profile.
 */
import { normaliseKey } from '../normalise.js';
import { closest } from '../suggest.js';
import type { Profile } from './types.js';

/** Turns role names as written into canonical role ids of one profile. */
export interface RoleResolver {
  /** The canonical id, or `undefined` when the name is no role or alias of the profile. */
  resolve(name: string): string | undefined;
  /** The closest role id or alias, for a "did you mean" hint. */
  suggest(name: string): string | undefined;
}

/** Builds a resolver over a profile's role ids and aliases (case-, accent- and spacing-insensitive). */
export function createRoleResolver(profile: Profile): RoleResolver {
  const byKey = new Map<string, string>();
  for (const role of profile.roles) {
    byKey.set(normaliseKey(role.id), role.id);
    for (const alias of role.aliases ?? []) byKey.set(normaliseKey(alias), role.id);
  }
  // Labels ("Service designers") match too, unless an id or alias already claims the name.
  for (const role of profile.roles) {
    const key = normaliseKey(role.label);
    if (!byKey.has(key)) byKey.set(key, role.id);
  }
  // "Cllr." and "Councillors" as written in sign-in sheets: without the
  // full stop of an abbreviation, and without a plural s.
  const lookup = (name: string): string | undefined => {
    const key = normaliseKey(name).replace(/\.+$/, '');
    return byKey.get(key) ?? (key.endsWith('s') ? byKey.get(key.slice(0, -1)) : undefined);
  };
  return {
    resolve: lookup,
    suggest: (name) => {
      const match = closest(normaliseKey(name), byKey.keys());
      return match === undefined ? undefined : byKey.get(match);
    },
  };
}
