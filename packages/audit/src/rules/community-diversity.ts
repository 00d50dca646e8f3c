import type { CommunityDiversityRule } from '@muster/core';
import { finding, list, type RuleContext, type RuleResults } from './context.js';

/** Fails when communities of three or more actors mix fewer than `minRoles` roles. */
export function checkCommunityDiversity(
  rule: CommunityDiversityRule,
  context: RuleContext,
  results: RuleResults,
): void {
  const { view, communities, roleOf, label } = context;
  const silos = communities.filter((c) => c.actors.length >= 3 && c.distinctRoles < rule.minRoles);
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
