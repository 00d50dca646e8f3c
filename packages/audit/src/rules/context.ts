/**
 * What a rule check reads (one locality's view and the measures already
 * taken on it) and what it writes (findings, and the facts that scoring and
 * recommendations need).
 */
import { ruleSeverity, type Rule } from '@muster/core';
import type { LocalityView } from '../locality.js';
import { pairKey } from '../reach.js';
import type { Community, Finding, RoleCoverage, RoleLink } from '../report.js';

/** A redundancy rule that fails: the pair and the single actors that carry it. */
export interface RedundancyFailure {
  roles: [number, number];
  brokers: number[];
}

/** Findings, plus what recommendations need to know. */
export interface RuleResults {
  findings: Finding[];
  redundancyFailures: RedundancyFailure[];
  /**
   * One score in 0..1 per structural check evaluated (maxContacts: share of
   * the role within the limit; communityDiversity: share of actors outside
   * silos; redundancy: 1 or 0; representation: share of reference values
   * within tolerance). The audit score averages them.
   */
  structure: number[];
}

/** One locality as the rule checks see it. */
export interface RuleContext {
  view: LocalityView;
  coverage: RoleCoverage[];
  links: RoleLink[];
  communities: Community[];
  /** The role link of a pair of role indices, by {@link pairKey}. */
  linkByKey: Map<string, RoleLink>;
  /** Pairs (by {@link pairKey}) that a maxDistance rule names explicitly, so wildcards leave them alone. */
  namedPairs: Set<string>;
  /** The index of a role id of the profile. */
  roleOf(id: string): number;
  /** A role's label, lower case, for messages. */
  label(role: number): string;
}

/** The context of one locality's checks. */
export function ruleContext(
  view: LocalityView,
  coverage: RoleCoverage[],
  links: RoleLink[],
  communities: Community[],
): RuleContext {
  const roleOf = (id: string): number => view.roleIndex.get(id)!;
  const keyOf = (roles: readonly [string, string]): string => pairKey(roleOf(roles[0]), roleOf(roles[1]));
  const namedPairs = new Set(
    view.profile.rules.flatMap((rule) =>
      rule.type === 'maxDistance' && !rule.roles.includes('*') && rule.roles[0] !== rule.roles[1]
        ? [keyOf(rule.roles)]
        : [],
    ),
  );
  return {
    view,
    coverage,
    links,
    communities,
    linkByKey: new Map(links.map((link) => [keyOf(link.roles), link])),
    namedPairs,
    roleOf,
    label: (r) => view.profile.roles[r]!.label.toLowerCase(),
  };
}

/** A finding of a rule, with its severity and, when it has one, its id. */
export function finding(rule: Rule, message: string, data: Record<string, unknown>): Finding {
  const found: Finding = { rule: rule.type, severity: ruleSeverity(rule), message, data };
  if (rule.id !== undefined) found.ruleId = rule.id;
  return found;
}

/** `a`, `a and b`, `a, b and c`: core's, under the short name the rule checks use. */
export { listInWords as list } from '@muster/core';
