/**
 * Role coverage and role-to-role reach: how many actors play each role,
 * how many ties join each pair of role groups, and how far apart the groups
 * are (fewest ties from any actor of one to any actor of the other).
 */
import { roleColors, type MaxDistanceRule } from '@muster/core';
import { bfsScratch, distancesFrom, nearest } from './bfs.js';
import type { LocalityView } from './locality.js';
import type { RoleCoverage, RoleLink } from './report.js';

/** Coverage of every profile role, in profile order. */
export function roleCoverage(view: LocalityView): RoleCoverage[] {
  const colors = roleColors(view.profile.roles);
  return view.profile.roles.map((role, r) => {
    let required = 0;
    let recommended = 0;
    for (const rule of view.profile.rules) {
      if (rule.type !== 'minCount' || rule.role !== role.id) continue;
      required = Math.max(required, rule.min);
      recommended = Math.max(recommended, rule.recommended ?? rule.min);
    }
    recommended = Math.max(recommended, required);
    const group = view.members[r]!;
    const count = group.length;
    const status = count === 0 ? 'missing' : count < recommended ? 'thin' : 'present';
    const actors = group.map((node) => view.actors[node]!.id).sort();
    return {
      role: role.id,
      label: role.label,
      color: colors.get(role.id)!,
      count,
      required,
      recommended,
      status,
      actors,
    };
  });
}

/** Distance from each present role group to every node (null for absent roles). */
export function roleDistances(view: LocalityView): (Int32Array | null)[] {
  const scratch = bfsScratch(view.actors.length);
  return view.members.map((group) => (group.length === 0 ? null : distancesFrom(view.graph, group, scratch).slice()));
}

/** The pairs of roles a maxDistance rule covers, each with the rule's maximum. */
export function maxDistancePairs(view: LocalityView): Map<string, number> {
  const pairs = new Map<string, number>();
  const n = view.roles.length;
  const set = (a: number, b: number, max: number): void => {
    if (a === b) return;
    const key = pairKey(a, b);
    pairs.set(key, Math.min(pairs.get(key) ?? Infinity, max));
  };
  for (const rule of view.profile.rules) {
    if (rule.type !== 'maxDistance') continue;
    const [x, y] = (rule as MaxDistanceRule).roles.map((r) => (r === '*' ? -1 : view.roleIndex.get(r)!));
    for (let a = 0; a < n; a++) {
      if (x !== -1 && a !== x) continue;
      for (let b = 0; b < n; b++) {
        if (y !== -1 && b !== y) continue;
        // A wildcard stands for roles that are present only.
        if ((x === -1 && view.members[a]!.length === 0) || (y === -1 && view.members[b]!.length === 0)) continue;
        set(a, b, rule.max);
      }
    }
  }
  return pairs;
}

/** `a-b` with the smaller index first. */
export function pairKey(a: number, b: number): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/**
 * Ties between role groups, each merged tie counted once per pair of
 * distinct roles its two ends play (an actor with two roles counts in both).
 */
export function roleTieCounts(view: LocalityView): Map<string, number> {
  const r = view.roles.length;
  const rolesOf: number[][] = view.actors.map(() => []);
  view.members.forEach((group, role) => group.forEach((node) => rolesOf[node]!.push(role)));
  // Pair a < b at a * r + b; `stamp` marks the pairs already counted for the current tie.
  const counts = new Int32Array(r * r);
  const stamp = new Int32Array(r * r).fill(-1);
  const { offsets, neighbours } = view.graph;
  let tie = 0;
  for (let u = 0; u < view.actors.length; u++) {
    for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
      const v = neighbours[k]!;
      if (v <= u) continue;
      tie++;
      for (const a of rolesOf[u]!) {
        for (const b of rolesOf[v]!) {
          if (a === b) continue;
          const pair = a < b ? a * r + b : b * r + a;
          if (stamp[pair] === tie) continue;
          stamp[pair] = tie;
          counts[pair]!++;
        }
      }
    }
  }
  const result = new Map<string, number>();
  for (let a = 0; a < r; a++)
    for (let b = a + 1; b < r; b++) if (counts[a * r + b]! > 0) result.set(pairKey(a, b), counts[a * r + b]!);
  return result;
}

/** One link per pair of profile roles, in profile order, with its rule's maximum where one applies. */
export function roleLinks(view: LocalityView, distances: (Int32Array | null)[]): RoleLink[] {
  const maxima = maxDistancePairs(view);
  const ties = roleTieCounts(view);
  const links: RoleLink[] = [];
  const n = view.roles.length;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const key = pairKey(a, b);
      const max = maxima.get(key);
      const fromA = distances[a];
      const present = fromA !== null && fromA !== undefined && view.members[b]!.length > 0;
      const distance = present ? nearest(fromA, view.members[b]!) : null;
      const status = !present
        ? 'absent'
        : distance === null
          ? 'disconnected'
          : max !== undefined && distance > max
            ? 'distant'
            : 'connected';
      const link: RoleLink = { roles: [view.roles[a]!, view.roles[b]!], ties: ties.get(key) ?? 0, distance, status };
      if (max !== undefined) link.max = max;
      links.push(link);
    }
  }
  return links;
}
