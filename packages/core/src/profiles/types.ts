/**
 * A profile says what a complete cluster looks like: its roles and the
 * rules the audit checks. The shapes here are the public contract of
 * DATA.md; `schema.ts` validates them.
 */

/** How serious a failed rule is. */
export type Severity = 'error' | 'warning' | 'info';

/** A role actors can play in the cluster. */
export interface Role {
  /** Canonical id, lower case with `-` between words (`service-designer`). */
  id: string;
  label: string;
  /** Other names users write for the role (`councillor` for `politician`). */
  aliases?: string[];
  /** The wider field the role belongs to (`politics`, `research`, …). */
  ecology?: string;
  /** What the role is and why the cluster needs it, for users. */
  description?: string;
}

interface RuleBase {
  /** A short id to refer to the rule in reports; optional. */
  id?: string;
  /** Overrides the rule type's default severity. */
  severity?: Severity;
  /** Why the rule matters, for users. */
  description?: string;
}

/** At least `min` actors of the role; fewer than `recommended` is "thin". */
export interface MinCountRule extends RuleBase {
  type: 'minCount';
  role: string;
  min: number;
  recommended?: number;
}

/**
 * The two role groups within `max` steps of each other. A role of `*`
 * stands for every role present, so `["*", "*"]` asks every pair of
 * present roles to be that close.
 */
export interface MaxDistanceRule extends RuleBase {
  type: 'maxDistance';
  roles: [string, string];
  max: number;
}

/** No actor of `role` has ties to more than `max` distinct actors of the `from` roles. */
export interface MaxContactsRule extends RuleBase {
  type: 'maxContacts';
  role: string;
  from: string[];
  max: number;
}

/** A community made of fewer than `minRoles` distinct roles is a silo. */
export interface CommunityDiversityRule extends RuleBase {
  type: 'communityDiversity';
  minRoles: number;
}

/** The two role groups must not be joined through a single actor only. */
export interface RedundancyRule extends RuleBase {
  type: 'redundancy';
  roles: [string, string];
}

/** An attribute's shares within `tolerance` of a reference population. */
export interface RepresentationRule extends RuleBase {
  type: 'representation';
  attribute: string;
  reference: Record<string, number>;
  tolerance: number;
}

/** Every rule type of the contract. */
export type Rule =
  MinCountRule | MaxDistanceRule | MaxContactsRule | CommunityDiversityRule | RedundancyRule | RepresentationRule;

/** The rule type names. */
export type RuleType = Rule['type'];

/** A complete-cluster profile. */
export interface Profile {
  id: string;
  label: string;
  description?: string;
  /** Where the profile comes from: the texts or the study its roles and rules are drawn from. */
  source?: string;
  roles: Role[];
  rules: Rule[];
  /** Tie kinds that carry ideas; default `collaboration`, `information`, `advice`. */
  flowKinds?: string[];
}
