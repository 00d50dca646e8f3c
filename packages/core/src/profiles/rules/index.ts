/**
 * The rule registry: every rule type of the profile contract, by type. A
 * rule type added to {@link Rule} must be registered here, and checked in
 * `@muster/audit`, or the build fails.
 */
import { communityDiversity, type CommunityDiversityRule } from './community-diversity.js';
import type { RuleDefinition, Severity } from './define.js';
import { maxContacts, type MaxContactsRule } from './max-contacts.js';
import { maxDistance, type MaxDistanceRule } from './max-distance.js';
import { minCount, type MinCountRule } from './min-count.js';
import { redundancy, type RedundancyRule } from './redundancy.js';
import { representation, type RepresentationRule } from './representation.js';

export type {
  CommunityDiversityRule,
  MaxContactsRule,
  MaxDistanceRule,
  MinCountRule,
  RedundancyRule,
  RepresentationRule,
};
export type { RoleNamer, RoleReference, RuleBase, RuleDefinition, RuleField, RuleProblem, Severity } from './define.js';
export { listInWords } from './define.js';

/** Every rule type of the contract. */
export type Rule =
  MinCountRule | MaxDistanceRule | MaxContactsRule | CommunityDiversityRule | RedundancyRule | RepresentationRule;

/** The rule type names. */
export type RuleType = Rule['type'];

/** The rule of one type. */
export type RuleOfType<T extends RuleType> = Extract<Rule, { type: T }>;

/** Each rule type's definition (shape, default severity, roles named, words), in the order of the contract. */
export const RULE_DEFINITIONS: { readonly [T in RuleType]: RuleDefinition<RuleOfType<T>> } = Object.freeze({
  minCount,
  maxDistance,
  maxContacts,
  communityDiversity,
  redundancy,
  representation,
});

/** The rule types a profile may use. */
export const RULE_TYPES = Object.keys(RULE_DEFINITIONS) as RuleType[];

/** The definition of a rule's type. */
export function ruleDefinition(rule: Rule): RuleDefinition<Rule> {
  return RULE_DEFINITIONS[rule.type] as RuleDefinition<Rule>;
}

/** The severity of a rule's failures: its own, else its type's default. */
export function ruleSeverity(rule: Rule): Severity {
  return rule.severity ?? RULE_DEFINITIONS[rule.type].defaultSeverity;
}
