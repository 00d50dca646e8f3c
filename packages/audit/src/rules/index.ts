/**
 * The profile's rules, checked on one locality: each rule that fails
 * becomes a finding with a message for people and its evidence as data.
 * How each rule type is checked is registered here by type; its shape,
 * default severity and words are in `@muster/core`'s rule registry. A rule
 * type without a check here does not compile.
 */
import type { Rule, RuleOfType, RuleType } from '@muster/core';
import type { LocalityView } from '../locality.js';
import type { Community, RoleCoverage, RoleLink } from '../report.js';
import { checkCommunityDiversity } from './community-diversity.js';
import { ruleContext, type RuleContext, type RuleResults } from './context.js';
import { checkMaxContacts } from './max-contacts.js';
import { checkMaxDistance } from './max-distance.js';
import { checkMinCount } from './min-count.js';
import { checkRedundancy } from './redundancy.js';
import { checkRepresentation } from './representation.js';

export type { RedundancyFailure, RuleResults } from './context.js';

/** Checks one rule on a locality, adding its findings and scores to `results`. */
type RuleCheck<R extends Rule> = (rule: R, context: RuleContext, results: RuleResults) => void;

const RULE_CHECKS: { readonly [T in RuleType]: RuleCheck<RuleOfType<T>> } = {
  minCount: checkMinCount,
  maxDistance: checkMaxDistance,
  maxContacts: checkMaxContacts,
  communityDiversity: checkCommunityDiversity,
  redundancy: checkRedundancy,
  representation: checkRepresentation,
};

/** Checks every rule of the profile on one locality, in profile order. */
export function checkRules(
  view: LocalityView,
  coverage: RoleCoverage[],
  links: RoleLink[],
  communities: Community[],
): RuleResults {
  const results: RuleResults = { findings: [], redundancyFailures: [], structure: [] };
  const context = ruleContext(view, coverage, links, communities);
  for (const rule of view.profile.rules) (RULE_CHECKS[rule.type] as RuleCheck<Rule>)(rule, context, results);
  return results;
}
