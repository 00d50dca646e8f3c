/**
 * Validation of profiles (built-in or a user's `profile.json`): the shape
 * with zod, then the meaning — unique role ids and aliases, rules that name
 * known roles. Every problem is reported, each naming its rule or role.
 */
import * as z from 'zod/mini';
import { SHAPE_MESSAGES } from '../shape.js';
import { IssueList, type InputIssue } from '../errors.js';
import { normaliseKey } from '../normalise.js';
import { didYouMean } from '../suggest.js';
import { HEX_COLOR } from '../palette.js';
import { RULE_DEFINITIONS, RULE_TYPES, ruleDefinition } from './rules/index.js';
import type { Profile } from './types.js';

const text = z.string().check(z.minLength(1));
const optionalText = z.optional(z.string());

const roleSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a role id is lower case words joined by "-"')),
  label: text,
  aliases: z.optional(z.array(text)),
  ecology: optionalText,
  description: optionalText,
  color: z.optional(z.string().check(z.regex(HEX_COLOR, 'a colour is written #rrggbb'))),
});

const profileShape = z.strictObject({
  id: text,
  label: text,
  description: optionalText,
  source: optionalText,
  roles: z.array(roleSchema).check(z.minLength(1)),
  rules: z.array(z.unknown()),
  flowKinds: z.optional(z.array(text)),
});

function zodIssues(error: z.core.$ZodError, file: string, prefix: (string | number)[] = []): InputIssue[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    return {
      code: 'profile-invalid' as const,
      file,
      column: path.length > 0 ? path.join('.') : undefined,
      message: issue.message,
    };
  });
}

/**
 * Checks that `value` (parsed JSON) is a valid profile and returns it typed.
 * Throws a {@link MusterInputError} listing every problem otherwise.
 */
export function parseProfile(value: unknown, file = 'profile.json'): Profile {
  const issues = new IssueList();
  const shape = profileShape.safeParse(value, SHAPE_MESSAGES);
  if (!shape.success) {
    for (const issue of zodIssues(shape.error, file)) issues.add(issue);
    issues.throwIfAny();
  }
  const base = shape.data!;
  const rules: Profile['rules'] = [];
  // The position in the file of each rule that passed its shape check.
  const ruleIndex: number[] = [];
  base.rules.forEach((raw, index) => {
    const where = `rules.${index}`;
    const type = (raw as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(RULE_DEFINITIONS, type)) {
      issues.add({
        code: 'profile-invalid',
        file,
        column: `${where}.type`,
        value: typeof type === 'string' ? type : JSON.stringify(type ?? null),
        message: `unknown rule type in rule ${index + 1}`,
        hint:
          (typeof type === 'string' ? didYouMean(type, RULE_TYPES) : undefined) ??
          `use one of ${RULE_TYPES.join(', ')}`,
      });
      return;
    }
    const parsed = RULE_DEFINITIONS[type as keyof typeof RULE_DEFINITIONS].schema.safeParse(raw, SHAPE_MESSAGES);
    if (!parsed.success) {
      for (const issue of zodIssues(parsed.error, file, ['rules', index])) issues.add(issue);
      return;
    }
    rules.push(parsed.data as Profile['rules'][number]);
    ruleIndex.push(index);
  });

  const profile: Profile = { ...base, rules } as Profile;
  // Flow kinds are compared with tie kinds, which are normalised when read.
  if (profile.flowKinds !== undefined) profile.flowKinds = profile.flowKinds.map(normaliseKey);
  checkProfileMeaning(profile, ruleIndex, file, issues);
  issues.throwIfAny();
  return profile;
}

function checkProfileMeaning(profile: Profile, ruleIndex: number[], file: string, issues: IssueList): void {
  const names = new Map<string, string>();
  profile.roles.forEach((role, index) => {
    for (const name of [role.id, ...(role.aliases ?? [])]) {
      const key = normaliseKey(name);
      const owner = names.get(key);
      if (owner !== undefined && owner !== role.id) {
        issues.add({
          code: 'profile-invalid',
          file,
          column: `roles.${index}`,
          value: name,
          message: `the name '${name}' of role '${role.id}' is already used by role '${owner}'`,
          hint: 'each role id and alias must name one role only',
        });
      } else if (owner === role.id && name === role.id) {
        issues.add({
          code: 'profile-invalid',
          file,
          column: `roles.${index}.id`,
          value: name,
          message: `role '${role.id}' is defined twice`,
        });
      }
      names.set(key, role.id);
    }
  });
  const roleIds = profile.roles.map((r) => r.id);
  const known = new Set(roleIds);
  const check = (ref: string, column: string, index: number, wildcard: boolean): void => {
    if (known.has(ref) || (wildcard && ref === '*')) return;
    issues.add({
      code: 'profile-invalid',
      file,
      column,
      value: ref,
      message: `rule ${index + 1} (${profile.rules[ruleIndex.indexOf(index)]!.type}) names the unknown role '${ref}'`,
      hint: didYouMean(ref, roleIds) ?? `the profile's roles are ${roleIds.join(', ')}`,
    });
  };
  profile.rules.forEach((rule, k) => {
    const index = ruleIndex[k]!;
    const at = `rules.${index}`;
    const definition = ruleDefinition(rule);
    for (const ref of definition.roleReferences(rule)) check(ref.role, `${at}.${ref.path}`, index, ref.wildcard);
    for (const problem of definition.problems?.(rule) ?? []) {
      issues.add({
        code: 'profile-invalid',
        file,
        column: `${at}.${problem.path}`,
        value: problem.value,
        message: `rule ${index + 1} (${rule.type}) ${problem.message}`,
        hint: problem.hint,
      });
    }
  });
}
