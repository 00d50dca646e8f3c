import type { CommunityDiversityRule } from '@muster/core';
import type { LocalityView } from '../locality.js';
import type { Community } from '../report.js';
import { finding, list, type RuleContext, type RuleResults } from './context.js';

/** Fails when communities of three or more actors mix fewer than `minRoles` roles. */
export function checkCommunityDiversity(
  rule: CommunityDiversityRule,
  context: RuleContext,
  results: RuleResults,
): void {
  const { view, communities, roleOf, label } = context;
  const silos = communities.filter((c) => c.actors.length >= 3 && distinctRoles(view, c) < rule.minRoles);
  const inSilos = silos.reduce((sum, c) => sum + c.actors.length, 0);
  if (view.actors.length > 0) results.structure.push(1 - inSilos / view.actors.length);
  if (silos.length === 0) return;
  results.findings.push(
    finding(
      rule,
      `${view.locality} has ${silos.length} ${silos.length === 1 ? 'community' : 'communities'} made of fewer than ${rule.minRoles} roles: ${silos
        .map((c) => `${c.actors.length} actors of ${list(Object.keys(c.roles).map((r) => label(roleOf(r))))}`)
        .join('; ')}.`,
      {
        minRoles: rule.minRoles,
        communities: silos.map((c) => ({ id: c.id, actors: c.actors.length, roles: c.roles })),
      },
    ),
  );
}

function distinctRoles(view: LocalityView, community: Community): number {
  const roles = new Set<string>();
  for (const id of community.actors) {
    const actor = view.actors[view.graph.index.get(id)!]!;
    roles.add(actor.role);
    for (const r of actor.roles) roles.add(r);
  }
  return roles.size;
}
