import type { MaxDistanceRule } from '@muster/core';
import { pairKey } from '../reach.js';
import { finding, type RuleContext, type RuleResults } from './context.js';

/**
 * Fails for each pair of present role groups further apart than `max`. A
 * wildcard rule checks every pair of present roles that no rule names
 * explicitly.
 */
export function checkMaxDistance(rule: MaxDistanceRule, context: RuleContext, results: RuleResults): void {
  const { view, links, linkByKey, namedPairs, roleOf } = context;
  const where = view.locality;
  const pairs = rule.roles.includes('*')
    ? links.filter(
        (l) =>
          l.status !== 'absent' &&
          pairMatches(rule.roles, l.roles) &&
          !namedPairs.has(pairKey(roleOf(l.roles[0]), roleOf(l.roles[1]))),
      )
    : [linkByKey.get(pairKey(roleOf(rule.roles[0]), roleOf(rule.roles[1])))!].filter((l) => l !== undefined);
  for (const link of pairs) {
    if (link.status === 'absent') continue;
    if (link.distance !== null && link.distance <= rule.max) continue;
    const [a, b] = link.roles.map((r) => context.label(roleOf(r)));
    results.findings.push(
      finding(
        rule,
        link.distance === null
          ? `In ${where}, ${a} and ${b} cannot reach each other at all (they should be within ${rule.max} steps).`
          : `In ${where}, ${a} and ${b} are ${link.distance} steps apart (at most ${rule.max} wanted).`,
        { roles: link.roles, distance: link.distance, max: rule.max },
      ),
    );
  }
}

function pairMatches(rolesRule: [string, string], pair: [string, string]): boolean {
  const [x, y] = rolesRule;
  const fits = (p: string, q: string): boolean => (x === '*' || x === p) && (y === '*' || y === q);
  return fits(pair[0], pair[1]) || fits(pair[1], pair[0]);
}
