/**
 * Pseudonymisation: a dataset whose names can leave the process. Actor ids,
 * names and organisations are replaced by pseudonyms made with a keyed hash
 * (HMAC-SHA-256) of the original under a secret the user keeps, so the same
 * person gets the same pseudonym in every dataset (every wave) pseudonymised
 * with the same secret, and nobody without the secret can recompute them.
 * The secret is never stored in the result.
 *
 * Every free column (attribute) of every table — actors, ties, ideas,
 * adoptions and mentions — is replaced by pseudonyms too, whatever its number
 * of distinct values, numbers included (a staff or phone number identifies
 * as well as a name): equal values keep equal pseudonyms, so counts and
 * groupings survive. The exceptions are named: `keepColumns` (the user's),
 * the categories of the profile's representation rules (which the audit
 * needs; other values in those columns are still replaced), columns of
 * true/false only, and `redactColumns` (dropped entirely). Localities,
 * sectors, roles, tie kinds, weights, counts, dates, idea ids and titles
 * are contract fields and kept; {@link pseudonymiseWithPlan} says what was
 * done to each free column and why.
 */
import type { AttributeValue, Attributes, Dataset } from '../model.js';
import { normaliseKey } from '../normalise.js';
import { hmacSha256 } from './sha256.js';

/** Options of {@link pseudonymise}. */
export interface PseudonymiseOptions {
  /** The secret key. Keep it: the same secret gives the same pseudonyms in the next wave. */
  secret: string;
  /** Free columns to drop entirely (case-insensitive). */
  redactColumns?: readonly string[];
  /** Free text columns to keep as they are (case-insensitive), e.g. a category the judgement misses. */
  keepColumns?: readonly string[];
}

/** The least a secret key must have: characters (after trimming) and distinct characters. */
export const KEY_RULES = { minLength: 16, minDistinct: 8 } as const;

/**
 * What is wrong with a secret key, or `undefined` when it is strong enough:
 * at least 16 characters once trimmed, not one character repeated, and at
 * least 8 distinct characters (`aaaaaaaaaaaaaaaa` and 16 spaces are refused).
 */
export function keyWeakness(secret: string): string | undefined {
  const key = secret.trim();
  if (key.length < KEY_RULES.minLength)
    return `it has ${key.length} characters (without spaces at its ends); it needs ${KEY_RULES.minLength}`;
  const distinct = new Set(key).size;
  if (distinct < KEY_RULES.minDistinct)
    return `it has only ${distinct} different ${distinct === 1 ? 'character' : 'characters'}; it needs ${KEY_RULES.minDistinct}`;
  return undefined;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Makes pseudonyms: a prefix and 12 base-32 characters (60 bits) of HMAC-SHA-256(secret, kind:text). */
export function pseudonymMaker(secret: string): (kind: string, text: string) => string {
  if (secret.length === 0)
    throw new Error('pseudonymisation needs a secret key: an empty one would make pseudonyms anyone can recompute');
  const encoder = new TextEncoder();
  const key = encoder.encode(secret);
  const cache = new Map<string, string>();
  return (kind, text) => {
    const input = `${kind}:${text}`;
    let code = cache.get(input);
    if (code === undefined) {
      const mac = hmacSha256(key, encoder.encode(input));
      code = '';
      let bits = 0;
      let value = 0;
      for (let i = 0; code.length < 12; i++) {
        value = (value << 8) | mac[i]!;
        bits += 8;
        while (bits >= 5 && code.length < 12) {
          bits -= 5;
          code += CROCKFORD[(value >>> bits) & 31];
        }
        value &= (1 << bits) - 1;
      }
      cache.set(input, code);
    }
    return code;
  };
}

/** The tables whose free columns (attributes) are judged. */
export const PRIVACY_TABLES = ['actors', 'ties', 'ideas', 'adoptions', 'mentions'] as const;
export type PrivacyTable = (typeof PRIVACY_TABLES)[number];

/** What happens to one free column of one table, and why. */
export interface ColumnDecision {
  table: PrivacyTable;
  column: string;
  action: 'kept' | 'pseudonymised' | 'dropped';
  /** Why, in a few words: `--keep-columns`, `--redact-columns`, a profile's rule, `true/false only`, `free column`. */
  reason: string;
}

type Action = 'keep' | 'replace' | 'drop' | 'categories';

/** A true/false value: a boolean, or the text `true` or `false` as a CSV file holds it. */
function isTrueFalse(value: AttributeValue): boolean {
  return typeof value === 'boolean' || (typeof value === 'string' && /^(true|false)$/i.test(value.trim()));
}

/** The categories of the profile's representation rules, by attribute (lower case): kept, since the rule needs them. */
function ruleCategories(dataset: Dataset): Map<string, Set<string>> {
  const categories = new Map<string, Set<string>>();
  for (const rule of dataset.profile?.rules ?? []) {
    if (rule.type !== 'representation') continue;
    const set = categories.get(rule.attribute.toLowerCase()) ?? new Set<string>();
    for (const key of Object.keys(rule.reference)) set.add(normaliseKey(key));
    categories.set(rule.attribute.toLowerCase(), set);
  }
  return categories;
}

/** Decides, per free column of a table, whether to keep, replace or drop it: no exceptions but those named. */
function columnPlan(
  table: PrivacyTable,
  rows: readonly Attributes[],
  options: PseudonymiseOptions,
  categories: Map<string, Set<string>>,
  decisions: ColumnDecision[],
): Map<string, Action> {
  const redact = new Set((options.redactColumns ?? []).map((c) => c.toLowerCase()));
  const keep = new Set((options.keepColumns ?? []).map((c) => c.toLowerCase()));
  const onlyBooleans = new Map<string, boolean>();
  for (const row of rows) {
    for (const [column, value] of Object.entries(row))
      onlyBooleans.set(column, (onlyBooleans.get(column) ?? true) && isTrueFalse(value));
  }
  const plan = new Map<string, Action>();
  for (const [column, booleans] of onlyBooleans) {
    const name = column.toLowerCase();
    const [action, decided, reason]: [Action, ColumnDecision['action'], string] = redact.has(name)
      ? ['drop', 'dropped', '--redact-columns']
      : keep.has(name)
        ? ['keep', 'kept', '--keep-columns']
        : categories.has(name)
          ? ['categories', 'kept', "the categories of the profile's representation rule; other values pseudonymised"]
          : booleans
            ? ['keep', 'kept', 'true/false only']
            : ['replace', 'pseudonymised', 'free column'];
    plan.set(column, action);
    decisions.push({ table, column, action: decided, reason });
  }
  return plan;
}

function applyPlan(
  attributes: Attributes,
  plan: Map<string, Action>,
  pseudonym: (kind: string, text: string) => string,
  categories: Map<string, Set<string>>,
): Attributes {
  const out: Attributes = {};
  for (const [column, value] of Object.entries(attributes)) {
    const action = plan.get(column);
    if (action === 'drop') continue;
    const kept =
      action === 'keep' ||
      (action === 'categories' &&
        typeof value === 'string' &&
        categories.get(column.toLowerCase())!.has(normaliseKey(value)));
    // Numbers too: a staff or phone number identifies as well as a name does.
    out[column] = kept ? (value as AttributeValue) : `T-${pseudonym(`text:${column.toLowerCase()}`, String(value))}`;
  }
  return out;
}

/** A pseudonymised dataset, with what was done to each free column and the new id of each actor. */
export interface Pseudonymised {
  dataset: Dataset;
  columns: ColumnDecision[];
  /** Actor id → its pseudonym. */
  ids: ReadonlyMap<string, string>;
}

/** The names of the free columns of every table, as written (first spelling met). */
export function freeColumns(dataset: Dataset): Set<string> {
  const names = new Set<string>();
  for (const table of PRIVACY_TABLES)
    for (const row of dataset[table]) for (const column of Object.keys(row.attributes)) names.add(column);
  return names;
}

/** Drops the named free columns (case-insensitive) from every table. */
export function redactColumns(dataset: Dataset, columns: readonly string[]): Dataset {
  const drop = new Set(columns.map((c) => c.toLowerCase()));
  const strip = <T extends { attributes: Attributes }>(row: T): T => ({
    ...row,
    attributes: Object.fromEntries(Object.entries(row.attributes).filter(([k]) => !drop.has(k.toLowerCase()))),
  });
  return {
    ...dataset,
    actors: dataset.actors.map(strip),
    ties: dataset.ties.map(strip),
    ideas: dataset.ideas.map(strip),
    adoptions: dataset.adoptions.map(strip),
    mentions: dataset.mentions.map(strip),
  };
}

/**
 * A copy of `dataset` that holds no names: ids, names, organisations and
 * every free column replaced by keyed pseudonyms (see the banner). The
 * input is not changed.
 */
export function pseudonymise(dataset: Dataset, options: PseudonymiseOptions): Dataset {
  return pseudonymiseWithPlan(dataset, options).dataset;
}

/** {@link pseudonymise}, also saying what was done to each free column and giving each actor's new id. */
export function pseudonymiseWithPlan(dataset: Dataset, options: PseudonymiseOptions): Pseudonymised {
  const pseudonym = pseudonymMaker(options.secret);
  const ids = new Map<string, string>();
  const seen = new Set<string>();
  for (const actor of dataset.actors) {
    const id = `A-${pseudonym('id', actor.id)}`;
    // Rows, not ids: this message may be printed, and must hold no data.
    if (seen.has(id)) throw new Error('two actor ids share a pseudonym; use another secret');
    seen.add(id);
    ids.set(actor.id, id);
  }
  const idOf = (id: string): string => ids.get(id)!;
  const categories = ruleCategories(dataset);
  const columns: ColumnDecision[] = [];
  const plans = Object.fromEntries(
    PRIVACY_TABLES.map((table) => [
      table,
      columnPlan(
        table,
        dataset[table].map((row) => row.attributes),
        options,
        categories,
        columns,
      ),
    ]),
  ) as Record<PrivacyTable, Map<string, Action>>;
  const apply = (table: PrivacyTable, attributes: Attributes): Attributes =>
    applyPlan(attributes, plans[table], pseudonym, categories);
  const result: Dataset = {
    actors: dataset.actors.map((actor) => {
      const copy = {
        ...actor,
        id: idOf(actor.id),
        // Names are matched as a person would write them, so "Ann  Hale" and "ann hale" agree across waves.
        name: `Person ${pseudonym('name', normaliseKey(actor.name))}`,
        roles: [...actor.roles],
        attributes: apply('actors', actor.attributes),
      };
      if (actor.organisation !== undefined)
        copy.organisation = `Org ${pseudonym('organisation', normaliseKey(actor.organisation))}`;
      return copy;
    }),
    ties: dataset.ties.map((tie) => ({
      ...tie,
      source: idOf(tie.source),
      target: idOf(tie.target),
      attributes: apply('ties', tie.attributes),
    })),
    ideas: dataset.ideas.map((idea) => {
      const copy = { ...idea, attributes: apply('ideas', idea.attributes) };
      if (idea.origin !== undefined) copy.origin = idOf(idea.origin);
      return copy;
    }),
    adoptions: dataset.adoptions.map((adoption) => {
      const copy = {
        ...adoption,
        actor: idOf(adoption.actor),
        attributes: apply('adoptions', adoption.attributes),
      };
      if (adoption.source !== undefined) copy.source = idOf(adoption.source);
      return copy;
    }),
    mentions: dataset.mentions.map((m) => ({ ...m, attributes: apply('mentions', m.attributes) })),
  };
  if (dataset.profile !== undefined) result.profile = dataset.profile;
  return { dataset: result, columns, ids };
}
