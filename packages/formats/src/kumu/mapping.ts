/**
 * The mapping file of a Kumu import: how Kumu's element types become roles
 * of the profile, connection types tie kinds, where an element's locality
 * comes from, and which Kumu field becomes the actor id. Validated with
 * zod; problems are reported as `json-shape` issues naming the file and the
 * path inside it (`roles.Councillor`, `locality`).
 *
 * ```json
 * {
 *   "roles": { "Councillor": "politician", "Officer": "senior-official" },
 *   "tieKinds": { "works with": "collaboration", "advises": "advice" },
 *   "locality": { "field": "Area", "value": "Riverside" },
 *   "id": "id"
 * }
 * ```
 */
import * as z from 'zod/mini';
import { IssueList } from '@muster/core/reader';
import { type InputIssue } from '@muster/core';
import { SHAPE_MESSAGES, parseJsonText } from '@muster/core/reader';
import { normaliseKey } from '@muster/core';
import { createRoleResolver } from '@muster/core';
import type { Profile } from '@muster/core';
import { didYouMean } from '@muster/core';

/** How a Kumu export maps onto a Muster dataset. Every key is optional. */
export interface KumuMapping {
  /** Kumu element type → role (an id, alias or label of the profile). Types not listed go through the profile's aliases. */
  roles?: Record<string, string>;
  /** Kumu connection type → tie kind. Types not listed are normalised as they are (`Works With` → `works-with`). */
  tieKinds?: Record<string, string>;
  /**
   * Where the locality comes from: an element field (default `Locality`),
   * a value for every element, or both (the value where the field is empty).
   */
  locality?: { field?: string; value?: string };
  /**
   * What becomes the actor id: `id`, Kumu's element id where there is one
   * and else the label (the default); or `label`, always the label.
   */
  id?: 'id' | 'label';
  /** The element field that names the role (default `Type`). */
  roleField?: string;
}

const KEYS = ['roles', 'tieKinds', 'locality', 'id', 'roleField'];

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

const mappingSchema = z.strictObject({
  roles: z.optional(z.record(z.string(), text)),
  tieKinds: z.optional(z.record(z.string(), text)),
  locality: z.optional(
    z
      .strictObject({ field: z.optional(text), value: z.optional(text) })
      .check(z.refine((l) => l.field !== undefined || l.value !== undefined, 'give "field", "value" or both')),
  ),
  id: z.optional(z.enum(['id', 'label'])),
  roleField: z.optional(text),
});

function zodIssues(error: z.core.$ZodError, file: string): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const where = path.join('.');
    if (issue.code === 'unrecognized_keys') {
      const known = path.length === 0 ? KEYS : path[0] === 'locality' ? ['field', 'value'] : [];
      for (const key of issue.keys) {
        issues.push({
          code: 'json-shape',
          file,
          column: where === '' ? key : `${where}.${key}`,
          value: key,
          message: `unknown key '${key}'`,
          hint: didYouMean(key, known) ?? `a mapping has ${(path.length === 0 ? KEYS : known).join(', ')}`,
        });
      }
      continue;
    }
    const at: InputIssue = { code: 'json-shape', file, message: issue.message };
    if (where !== '') at.column = where;
    if (path[0] === 'id') at.hint = 'write "id" (Kumu\'s element ids) or "label"';
    issues.push(at);
  }
  return issues;
}

/** Two keys of one table that mean the same Kumu type (`Councillor` and `councillor `) are refused. */
function checkKeys(table: Record<string, string> | undefined, name: string, file: string, issues: IssueList): void {
  if (table === undefined) return;
  const seen = new Map<string, string>();
  for (const key of Object.keys(table)) {
    const normal = normaliseKey(key);
    const earlier = seen.get(normal);
    if (earlier !== undefined) {
      issues.add({
        code: 'json-shape',
        file,
        column: `${name}.${key}`,
        value: key,
        message: `'${earlier}' and '${key}' name the same Kumu type`,
        hint: 'keep one of them (case, accents and spacing do not matter)',
      });
    }
    seen.set(normal, key);
  }
}

/** Checks a mapping given as a value (parsed JSON, or built in code); throws a `MusterInputError`. */
export function validateKumuMapping(value: unknown, file = 'mapping.json'): KumuMapping {
  const issues = new IssueList();
  const parsed = mappingSchema.safeParse(value, SHAPE_MESSAGES);
  if (!parsed.success) {
    for (const issue of zodIssues(parsed.error, file)) issues.add(issue);
    issues.throwIfAny();
  }
  const mapping = parsed.data! as KumuMapping;
  checkKeys(mapping.roles, 'roles', file, issues);
  checkKeys(mapping.tieKinds, 'tieKinds', file, issues);
  issues.throwIfAny();
  return mapping;
}

/** Parses a mapping file's text (JSON, BOM allowed). Throws a `MusterInputError` naming `file` and the path. */
export function parseKumuMapping(text: string, file = 'mapping.json'): KumuMapping {
  const issues = new IssueList();
  const value = parseJsonText(text, file, issues, 'it must hold one mapping object, e.g. { "roles": { … } }');
  issues.throwIfAny();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    issues.add({
      code: 'json-shape',
      file,
      message: 'a mapping is one JSON object',
      hint: 'write { "roles": { "Councillor": "politician" } }',
    });
    issues.throwIfAny();
  }
  return validateKumuMapping(value, file);
}

/** Checks that every role the mapping names is a role of the profile; issues name the mapping file and `roles.TYPE`. */
export function checkMappingRoles(mapping: KumuMapping, profile: Profile, file: string, issues: IssueList): void {
  const resolver = createRoleResolver(profile);
  for (const [type, role] of Object.entries(mapping.roles ?? {})) {
    if (resolver.resolve(role) !== undefined) continue;
    const suggestion = resolver.suggest(role);
    issues.add({
      code: 'role-unknown',
      file,
      column: `roles.${type}`,
      value: role,
      message: `the mapping sends '${type}' to '${role}', which is no role of profile '${profile.id}'`,
      hint:
        suggestion !== undefined
          ? `did you mean '${suggestion}'?`
          : `the roles are ${profile.roles.map((r) => r.id).join(', ')}`,
    });
  }
}
