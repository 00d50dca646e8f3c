/**
 * A profile says what a complete cluster looks like: its roles and the
 * rules the audit checks. The shapes here are the public contract of
 * DATA.md; `schema.ts` validates them. Each rule type is defined, shape
 * and words together, in `rules/`.
 */
import type { Rule } from './rules/index.js';

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
  /** The role's colour on maps and charts (`#rrggbb`); default: the palette's colour for its position. */
  color?: string;
}

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
