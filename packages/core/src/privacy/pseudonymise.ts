/**
 * Pseudonymisation: a dataset whose names can leave the process. Actor ids,
 * names and organisations are replaced by pseudonyms made with a keyed hash
 * (HMAC-SHA-256) of the original under a secret the user keeps, so the same
 * person gets the same pseudonym in every dataset (every wave) pseudonymised
 * with the same secret, and nobody without the secret can recompute them.
 * The secret is never stored in the result.
 *
 * Free columns are judged one by one: a text column with few distinct
 * values (gender, sector-like categories: at most 12, or at most a tenth of
 * its values) is kept, since it names groups rather than people; any other
 * text column (job titles, notes, e-mail addresses) is replaced by
 * pseudonyms too. Numbers and true/false are kept. `keepColumns` and
 * `redactColumns` (dropped entirely) override the judgement. Localities,
 * sectors, roles, tie kinds, weights, dates and ideas' titles are kept.
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

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Makes pseudonyms: a prefix and 12 base-32 characters (60 bits) of HMAC-SHA-256(secret, kind:text). */
export function pseudonymMaker(secret: string): (kind: string, text: string) => string {
  if (secret.length === 0)
    throw new Error('pseudonymisation needs a secret key: an empty one would make pseudonyms anyone can recompute');
  const key = new TextEncoder().encode(secret);
  const cache = new Map<string, string>();
  return (kind, text) => {
    const input = `${kind}:${text}`;
    let code = cache.get(input);
    if (code === undefined) {
      const mac = hmacSha256(key, new TextEncoder().encode(input));
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

/** Whether a text column names groups (kept) rather than people or free text (replaced). */
function isCategorical(values: readonly string[]): boolean {
  const distinct = new Set(values.map(normaliseKey)).size;
  return distinct <= 12 || distinct <= values.length / 10;
}

/** Decides, per free column of a table, whether to keep, replace or drop it. */
function columnPlan(
  rows: readonly Attributes[],
  options: PseudonymiseOptions,
): Map<string, 'keep' | 'replace' | 'drop'> {
  const redact = new Set((options.redactColumns ?? []).map((c) => c.toLowerCase()));
  const keep = new Set((options.keepColumns ?? []).map((c) => c.toLowerCase()));
  const texts = new Map<string, string[]>();
  for (const row of rows) {
    for (const [column, value] of Object.entries(row)) {
      if (!texts.has(column)) texts.set(column, []);
      if (typeof value === 'string') texts.get(column)!.push(value);
    }
  }
  const plan = new Map<string, 'keep' | 'replace' | 'drop'>();
  for (const [column, values] of texts) {
    const name = column.toLowerCase();
    plan.set(column, redact.has(name) ? 'drop' : keep.has(name) || isCategorical(values) ? 'keep' : 'replace');
  }
  return plan;
}

function applyPlan(
  attributes: Attributes,
  plan: Map<string, 'keep' | 'replace' | 'drop'>,
  pseudonym: (kind: string, text: string) => string,
): Attributes {
  const out: Attributes = {};
  for (const [column, value] of Object.entries(attributes)) {
    const action = plan.get(column);
    if (action === 'drop') continue;
    out[column] =
      action === 'replace' && typeof value === 'string'
        ? `T-${pseudonym(`text:${column.toLowerCase()}`, value)}`
        : (value as AttributeValue);
  }
  return out;
}

/**
 * A copy of `dataset` that holds no names: ids, names, organisations and
 * free text replaced by keyed pseudonyms (see the banner). The input is not
 * changed.
 */
export function pseudonymise(dataset: Dataset, options: PseudonymiseOptions): Dataset {
  const pseudonym = pseudonymMaker(options.secret);
  const ids = new Map<string, string>();
  const seen = new Map<string, string>();
  for (const actor of dataset.actors) {
    const id = `A-${pseudonym('id', actor.id)}`;
    const clash = seen.get(id);
    if (clash !== undefined)
      throw new Error(`two actor ids ('${clash}', '${actor.id}') share a pseudonym; use another secret`);
    seen.set(id, actor.id);
    ids.set(actor.id, id);
  }
  const idOf = (id: string): string => ids.get(id)!;
  const actorPlan = columnPlan(
    dataset.actors.map((a) => a.attributes),
    options,
  );
  const tiePlan = columnPlan(
    dataset.ties.map((t) => t.attributes),
    options,
  );
  const ideaPlan = columnPlan(
    dataset.ideas.map((i) => i.attributes),
    options,
  );
  const adoptionPlan = columnPlan(
    dataset.adoptions.map((a) => a.attributes),
    options,
  );
  const result: Dataset = {
    actors: dataset.actors.map((actor) => {
      const copy = {
        ...actor,
        id: idOf(actor.id),
        // Names are matched as a person would write them, so "Ann  Hale" and "ann hale" agree across waves.
        name: `Person ${pseudonym('name', normaliseKey(actor.name))}`,
        roles: [...actor.roles],
        attributes: applyPlan(actor.attributes, actorPlan, pseudonym),
      };
      if (actor.organisation !== undefined)
        copy.organisation = `Org ${pseudonym('organisation', normaliseKey(actor.organisation))}`;
      return copy;
    }),
    ties: dataset.ties.map((tie) => ({
      ...tie,
      source: idOf(tie.source),
      target: idOf(tie.target),
      attributes: applyPlan(tie.attributes, tiePlan, pseudonym),
    })),
    ideas: dataset.ideas.map((idea) => {
      const copy = { ...idea, attributes: applyPlan(idea.attributes, ideaPlan, pseudonym) };
      if (idea.origin !== undefined) copy.origin = idOf(idea.origin);
      return copy;
    }),
    adoptions: dataset.adoptions.map((adoption) => {
      const copy = {
        ...adoption,
        actor: idOf(adoption.actor),
        attributes: applyPlan(adoption.attributes, adoptionPlan, pseudonym),
      };
      if (adoption.source !== undefined) copy.source = idOf(adoption.source);
      return copy;
    }),
    mentions: dataset.mentions.map((m) => ({ ...m, attributes: { ...m.attributes } })),
  };
  if (dataset.profile !== undefined) result.profile = dataset.profile;
  return result;
}
