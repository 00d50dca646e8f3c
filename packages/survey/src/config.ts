/**
 * The survey mapping: which columns of a survey export hold the
 * respondent's name, role, organisation and locality, which columns name
 * the people they work with (and as what kind of tie), how names in a cell
 * are separated, and how sure a name match must be. Validated with zod;
 * every problem is reported with the file and the path of the setting
 * (`ties.0.kind`).
 */
import * as z from 'zod/mini';
import { isValidDate } from '@muster/core';
import { IssueList } from '@muster/core/reader';
import { type InputIssue } from '@muster/core';
import { SHAPE_MESSAGES, parseJsonText } from '@muster/core/reader';
import { normaliseKey } from '@muster/core';
import { didYouMean } from '@muster/core';
import { riskyPattern } from './pattern.js';

/** Which columns name people for one kind of tie. */
export interface SurveyTieSpec {
  /** The columns, by header (matched ignoring case, accents and spacing), or a pattern matching headers. */
  columns: string[] | { pattern: string };
  /** The tie kind, normalised (`peer-support`); `collaboration` by default. */
  kind: string;
  /** Whether a tie goes from the respondent to the person named; `false` by default. */
  directed: boolean;
  /** The weight of each tie; 1 by default. */
  weight: number;
}

/** A validated survey mapping, with defaults filled in. */
export interface SurveyConfig {
  respondent: {
    /** The column with the respondent's own name (required). */
    name: string;
    role?: string;
    organisation?: string;
    sector?: string;
    locality?: string;
    /** Further columns kept as actor attributes, under their header. */
    attributes?: string[];
  };
  ties: SurveyTieSpec[];
  /** What separates names in a cell, besides line breaks; `[";"]` by default. */
  separators: string[];
  /** A match scoring at least this merges (listed in the review file); 0.85 by default. */
  threshold: number;
  /** A match scoring at least this, but below the threshold, is unsure: listed, kept apart; 0.75 by default. */
  lowerBound: number;
  /** The role of people whose role the survey does not give: those named but not answering, and respondents who left it empty. */
  unknownRole: string;
  /** The locality of named people who did not answer, and of respondents who left it empty. */
  defaultLocality: string;
  /** Roles of named people who did not answer, by name (matched as names are). */
  namedRoles: Record<string, string>;
  /** The date given to every tie (when the survey was run), if set. */
  date?: string;
}

/** The defaults of the optional settings. */
export const SURVEY_DEFAULTS = {
  separators: [';'],
  threshold: 0.85,
  lowerBound: 0.75,
  kind: 'collaboration',
  directed: false,
  weight: 1,
} as const;

/** Attribute names Muster writes on the actors it creates; a respondent column may not take them. */
export const SURVEY_ATTRIBUTES = ['survey', 'role_assumed'] as const;

const ACTOR_COLUMNS = ['id', 'name', 'label', 'role', 'roles', 'locality', 'organisation', 'organization', 'sector'];

const nonEmpty = (message?: string) => z.string().check(z.trim(), z.minLength(1, message));
const column = nonEmpty('a column name cannot be empty');
const score = (what: string) => {
  const message = `the ${what} is a number above 0 and at most 1`;
  return z.number(message).check(z.gt(0, message), z.maximum(1, message));
};

const tieSchema = z.strictObject({
  columns: z.union(
    [
      z.array(column).check(z.minLength(1, 'list at least one column')),
      z.strictObject({ pattern: z.string().check(z.minLength(1)) }),
    ],
    { error: 'write a list of column names, or { "pattern": "^Collaborator \\\\d+$" }' },
  ),
  kind: z._default(nonEmpty('a tie kind cannot be empty'), SURVEY_DEFAULTS.kind),
  directed: z._default(z.boolean('directed is true or false'), SURVEY_DEFAULTS.directed),
  weight: z._default(
    z.number('the weight is a number greater than 0').check(z.positive('the weight is a number greater than 0')),
    SURVEY_DEFAULTS.weight,
  ),
});

const separator = z.string().check(
  z.minLength(1, 'a separator cannot be empty'),
  z.refine((s) => s.trim() !== '', 'a separator of spaces only would split every name'),
  z.refine((s) => !/^\p{L}+$/u.test(s), 'a separator of letters only would split names; put spaces round it (" and ")'),
);

const configSchema = z.strictObject({
  $schema: z.optional(z.string()),
  respondent: z.strictObject({
    name: column,
    role: z.optional(column),
    organisation: z.optional(column),
    sector: z.optional(column),
    locality: z.optional(column),
    attributes: z.optional(z.array(column)),
  }),
  ties: z.array(tieSchema).check(z.minLength(1, 'map at least one column of names to a tie kind')),
  separator: z.optional(z.union([separator, z.array(separator).check(z.minLength(1))])),
  threshold: z._default(score('threshold'), SURVEY_DEFAULTS.threshold),
  lowerBound: z._default(score('lower bound'), SURVEY_DEFAULTS.lowerBound),
  unknownRole: nonEmpty('name the role to give people whose role is not known'),
  defaultLocality: nonEmpty('name the locality to give people whose locality is not known'),
  namedRoles: z.optional(z.record(z.string(), nonEmpty())),
  date: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.refine(
          isValidDate,
          'the date is an ISO 8601 date (2024-03 or 2024-03-01), a date-time, or a whole-number step',
        ),
      ),
  ),
});

const KNOWN_KEYS: Record<string, string[]> = {
  '': Object.keys(configSchema.shape),
  respondent: ['name', 'role', 'organisation', 'sector', 'locality', 'attributes'],
  tie: ['columns', 'kind', 'directed', 'weight'],
  columns: ['pattern'],
};

type Path = (string | number)[];

function pathText(path: Path): string | undefined {
  return path.length === 0 ? undefined : path.join('.');
}

function valueAt(value: unknown, path: Path): unknown {
  let here = value;
  for (const step of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string | number, unknown>)[step];
  }
  return here;
}

/** The keys allowed at a path, for "did you mean" on an unknown key. */
function knownKeysAt(path: Path): string[] {
  if (path.length === 0) return KNOWN_KEYS['']!;
  if (path[0] === 'respondent' && path.length === 1) return KNOWN_KEYS.respondent!;
  if (path[0] === 'ties' && path.length === 2) return KNOWN_KEYS.tie!;
  if (path[0] === 'ties' && path[2] === 'columns') return KNOWN_KEYS.columns!;
  return [];
}

/** zod's issues as Muster's, located by the setting's path; a failed union reports its likelier branch. */
function toIssues(issues: readonly z.core.$ZodIssue[], file: string, input: unknown, prefix: Path = []): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of issues) {
    const path: Path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'invalid_union') {
      // Report the branch the value was written for (a list, or an object), if it got past the type check.
      const branch = issue.errors.find((errors) =>
        errors.every((e) => !(e.code === 'invalid_type' && e.path.length === 0)),
      );
      if (branch !== undefined) {
        out.push(...toIssues(branch, file, input, path));
        continue;
      }
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          code: 'json-shape',
          file,
          column: pathText([...path, key]),
          value: key,
          message: `unknown setting '${key}'`,
          hint: didYouMean(key, knownKeysAt(path)) ?? `the settings here are ${knownKeysAt(path).join(', ')}`,
        });
      }
      continue;
    }
    const missing = issue.code === 'invalid_type' && valueAt(input, path) === undefined;
    const found: InputIssue = {
      code: 'json-shape',
      file,
      message: missing ? `the setting '${path.join('.')}' is missing` : issue.message,
    };
    const where = pathText(path);
    if (where !== undefined) found.column = where;
    if (!missing) {
      const value = valueAt(input, path);
      if (value !== undefined) found.value = JSON.stringify(value)?.slice(0, 80);
    }
    out.push(found);
  }
  return out;
}

/**
 * Checks a survey mapping given as parsed JSON and fills in its defaults.
 * Throws a `MusterInputError` listing every problem.
 */
export function checkSurveyConfig(value: unknown, file = 'survey-config.json'): SurveyConfig {
  const issues = new IssueList();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    issues.add({
      code: 'json-shape',
      file,
      message: 'a survey mapping is one JSON object',
      hint: 'write { "respondent": { "name": "…" }, "ties": [ … ], "unknownRole": "…", "defaultLocality": "…" }',
    });
    issues.throwIfAny();
  }
  const parsed = configSchema.safeParse(value, SHAPE_MESSAGES);
  if (!parsed.success) {
    for (const issue of toIssues(parsed.error.issues, file, value)) issues.add(issue);
    issues.throwIfAny();
  }
  const raw = parsed.data!;
  raw.ties.forEach((tie, index) => {
    if (Array.isArray(tie.columns)) return;
    const at = {
      code: 'value-invalid',
      file,
      column: `ties.${index}.columns.pattern`,
      value: tie.columns.pattern,
    } as const;
    try {
      new RegExp(tie.columns.pattern, 'iu');
    } catch (error) {
      issues.add({
        ...at,
        message: `the pattern is not a valid regular expression: ${(error as Error).message.slice(0, 120)}`,
        hint: 'in JSON a backslash is doubled: write "^Collaborator \\\\d+$"',
      });
      return;
    }
    const risk = riskyPattern(tie.columns.pattern);
    if (risk !== undefined)
      issues.add({
        ...at,
        message: `the pattern could run for a very long time: ${risk}`,
        hint: 'write a simpler pattern, such as "^Collaborator \\\\d+$", or list the columns by name',
      });
  });
  if (raw.lowerBound > raw.threshold) {
    issues.add({
      code: 'value-invalid',
      file,
      column: 'lowerBound',
      value: String(raw.lowerBound),
      message: `the lower bound (${raw.lowerBound}) is above the threshold (${raw.threshold})`,
      hint: 'matches scoring from the lower bound up to the threshold are the unsure ones; make it smaller',
    });
  }
  const reserved = new Set<string>([...ACTOR_COLUMNS, ...SURVEY_ATTRIBUTES]);
  (raw.respondent.attributes ?? []).forEach((name, index) => {
    if (reserved.has(name.toLowerCase()) || reserved.has(normaliseKey(name))) {
      issues.add({
        code: 'value-invalid',
        file,
        column: `respondent.attributes.${index}`,
        value: name,
        message: `'${name}' cannot be an attribute: actors have their own '${name}'`,
        hint: `map it with respondent.${name.toLowerCase()} if it is one of the respondent's fields, or leave it out`,
      });
    }
  });
  issues.throwIfAny();
  const separators = raw.separator === undefined ? [...SURVEY_DEFAULTS.separators] : [raw.separator].flat();
  const config: SurveyConfig = {
    respondent: { ...raw.respondent },
    ties: raw.ties.map((tie) => ({
      columns: Array.isArray(tie.columns) ? [...tie.columns] : { pattern: tie.columns.pattern },
      kind: normaliseKey(tie.kind),
      directed: tie.directed,
      weight: tie.weight,
    })),
    separators,
    threshold: raw.threshold,
    lowerBound: raw.lowerBound,
    unknownRole: raw.unknownRole,
    defaultLocality: raw.defaultLocality,
    namedRoles: { ...(raw.namedRoles ?? {}) },
  };
  if (raw.date !== undefined) config.date = raw.date;
  return config;
}

/**
 * Reads a survey mapping from JSON text. Throws a `MusterInputError`
 * naming the file and, for each problem, the setting's path.
 */
export function parseSurveyConfig(text: string, file = 'survey-config.json'): SurveyConfig {
  const issues = new IssueList();
  const value = parseJsonText(text, file, issues);
  issues.throwIfAny();
  return checkSurveyConfig(value, file);
}
