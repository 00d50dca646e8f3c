/**
 * What every rule type of a profile defines, in one place: its shape (a zod
 * schema), its default severity, the roles it names, the checks of meaning
 * beyond the shape, and how it reads in words. The audit registers how each
 * type is checked on a network (`@muster/audit`, by rule type), so the
 * dependencies point one way: audit on core.
 */
import * as z from 'zod/mini';

/** How serious a failed rule is. */
export type Severity = 'error' | 'warning' | 'info';

/** The fields every rule may have, whatever its type. */
export interface RuleBase {
  /** A short id to refer to the rule in reports; optional. */
  id?: string;
  /** Overrides the rule type's default severity. */
  severity?: Severity;
  /** Why the rule matters, for users. */
  description?: string;
}

/** A role a rule names, with the path of the field that names it (`role`, `roles.1`, `from.0`). */
export interface RoleReference {
  path: string;
  role: string;
  /** Whether `*` (every present role) is allowed here. */
  wildcard: boolean;
}

/** A problem of meaning in one rule, found after its shape passed. */
export interface RuleProblem {
  /** The path of the field within the rule (`recommended`). */
  path: string;
  value: string;
  /** What is wrong, said of the rule ("recommends fewer actors than its minimum"). */
  message: string;
  hint: string;
}

/** A field of a rule type, for users: the tables of docs/profiles.md. */
export interface RuleField {
  name: string;
  required: boolean;
  /** What the field holds, in Markdown. */
  meaning: string;
}

/** How a rule names its roles in {@link RuleDefinition.describe}: as written, or formatted (Markdown code, a label). */
export type RoleNamer = (role: string) => string;

/** One rule type: everything about it but how the audit checks it. */
export interface RuleDefinition<R extends RuleBase & { type: string }> {
  type: R['type'];
  /** The rule's shape, strict: an unknown field is an error. */
  schema: z.ZodMiniType<R>;
  /** The type's own fields (beyond `type` and those of {@link RuleBase}), as users read them; the schema's fields. */
  fields: readonly RuleField[];
  /** The severity of a failure when the rule gives none. */
  defaultSeverity: Severity;
  /** What a rule of this type checks, in a few words. */
  checks: string;
  /** The roles the rule names, each to be a role of the profile. */
  roleReferences(rule: R): RoleReference[];
  /** Problems of meaning the shape cannot express; none by default. */
  problems?(rule: R): RuleProblem[];
  /** What the rule asks, as a sentence without its final full stop. */
  describe(rule: R, name?: RoleNamer): string;
}

const severity = z.enum(['error', 'warning', 'info']);

/** The zod fields of {@link RuleBase}, for each rule type's schema. */
export const ruleBaseShape = {
  id: z.optional(z.string().check(z.minLength(1))),
  severity: z.optional(severity),
  description: z.optional(z.string()),
};

/** A role id named by a rule. */
export const roleRef = z.string().check(z.minLength(1));

/** A whole number, 0 or more. */
export const count = z.int().check(z.nonnegative());

/** Role names as written. */
export const asWritten: RoleNamer = (role) => role;

/** Words joined as a sentence lists them: `a`, `a and b`, `a, b and c`. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
