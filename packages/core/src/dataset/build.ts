/**
 * Checks the raw tables of a dataset and builds the `Dataset`: every rule
 * of the contract (DATA.md) that a single file or a pair of files can
 * break, each reported with its file, row, column, value and a hint.
 */
import type { IssueList } from '../errors.js';
import { type InputIssue } from '../errors.js';
import { compareDates, parseDate, type DateForm } from '../dates.js';
import type { Actor, Adoption, Dataset, Idea, Mention, Tie } from '../model.js';
import { normaliseKey } from '../normalise.js';
import { createRoleResolver, type RoleResolver } from '../profiles/resolve.js';
import type { Profile } from '../profiles/types.js';
import { didYouMean } from '../suggest.js';
import { LocalitySpellings } from './localities.js';
import type { RawRecord, RawTable, TableName } from './tables.js';

/** The raw tables of one dataset; actors and ties are required. */
export type RawTables = { actors: RawTable; ties: RawTable } & Partial<Record<TableName, RawTable>>;

/** Reading context shared by the table builders. */
interface Context {
  issues: IssueList;
  profile: Profile;
  roles: RoleResolver;
  /** Actor id → the row that defines it. */
  actorRows: Map<string, number>;
  ideaRows: Map<string, number>;
}

/** Builds a dataset from raw tables, or throws a `MusterInputError` listing every problem. */
export function buildDataset(
  tables: RawTables,
  profile: Profile,
  issues: IssueList,
  datasetProfile?: Profile,
): Dataset {
  const ctx: Context = {
    issues,
    profile,
    roles: createRoleResolver(profile),
    actorRows: new Map(),
    ideaRows: new Map(),
  };
  const actors = buildActors(tables.actors, ctx);
  const ties = buildTies(tables.ties, ctx);
  const ideas = tables.ideas ? buildIdeas(tables.ideas, ctx) : [];
  const adoptions = tables.adoptions ? buildAdoptions(tables.adoptions, ctx) : [];
  const mentions = tables.mentions ? buildMentions(tables.mentions, ctx) : [];
  issues.throwIfAny();
  const dataset: Dataset = { actors, ties, ideas, adoptions, mentions };
  if (datasetProfile !== undefined) dataset.profile = datasetProfile;
  return dataset;
}

/** The value of a field, or an issue if it is required and empty. */
function required(table: RawTable, record: RawRecord, field: string, ctx: Context, hint?: string): string | undefined {
  const value = record.fields[field];
  if (value !== undefined) return value;
  // A CSV file without the column was reported once, at its header.
  if (table.format === 'csv' && !table.columns.has(field)) return undefined;
  ctx.issues.add({
    code: 'value-missing',
    file: table.file,
    row: record.row,
    column: table.columns.get(field) ?? field,
    message: `'${field}' is empty`,
    hint: hint ?? `every row of ${table.name} needs a value in '${field}'`,
  });
  return undefined;
}

function issueAt(
  table: RawTable,
  record: RawRecord,
  field: string,
  rest: Omit<InputIssue, 'file' | 'row' | 'column'>,
): InputIssue {
  return { file: table.file, row: record.row, column: table.columns.get(field) ?? field, ...rest };
}

function knownActor(table: RawTable, record: RawRecord, field: string, id: string, ctx: Context): boolean {
  if (ctx.actorRows.has(id)) return true;
  ctx.issues.add(
    issueAt(table, record, field, {
      code: 'actor-unknown',
      value: id,
      message: `'${id}' is not the id of any actor`,
      hint: didYouMean(id, ctx.actorRows.keys()) ?? 'add the actor to the actors, or correct the id',
    }),
  );
  return false;
}

/** Checks a date's form, and that one column does not mix steps and calendar dates. */
function checkDate(
  table: RawTable,
  record: RawRecord,
  field: string,
  text: string,
  ctx: Context,
  forms: { first?: { form: DateForm; row: number } },
): boolean {
  const parsed = parseDate(text);
  if (!parsed) {
    ctx.issues.add(
      issueAt(table, record, field, {
        code: 'date-invalid',
        value: text,
        message: `'${text}' is not a date`,
        hint: 'write an ISO 8601 date (2024-03-01 or 2024-03), a date-time (2024-03-01T09:30), or a whole-number step (12)',
      }),
    );
    return false;
  }
  if (forms.first === undefined) {
    forms.first = { form: parsed.form, row: record.row };
  } else if (forms.first.form !== parsed.form) {
    ctx.issues.add(
      issueAt(table, record, field, {
        code: 'date-mixed',
        value: text,
        message: `'${text}' is a ${parsed.form === 'step' ? 'step number' : 'calendar date'} but row ${forms.first.row} has a ${forms.first.form === 'step' ? 'step number' : 'calendar date'}`,
        hint: 'use one form of date throughout the column',
      }),
    );
    return false;
  }
  return true;
}

function resolveRole(
  table: RawTable,
  record: RawRecord,
  field: string,
  name: string,
  ctx: Context,
): string | undefined {
  const role = ctx.roles.resolve(name);
  if (role !== undefined) return role;
  const suggestion = ctx.roles.suggest(name);
  ctx.issues.add(
    issueAt(table, record, field, {
      code: 'role-unknown',
      value: name,
      message: `unknown role '${name}' for profile '${ctx.profile.id}'`,
      hint:
        suggestion !== undefined
          ? `did you mean '${suggestion}'?`
          : `the roles are ${ctx.profile.roles.map((r) => r.id).join(', ')}`,
    }),
  );
  return undefined;
}

function buildActors(table: RawTable, ctx: Context): Actor[] {
  const actors: Actor[] = [];
  const spellings = new LocalitySpellings();
  for (const record of table.records) {
    const id = required(table, record, 'id', ctx);
    const name = required(table, record, 'name', ctx);
    const roleName = required(table, record, 'role', ctx);
    const locality = required(
      table,
      record,
      'locality',
      ctx,
      'every actor belongs to a locality: write its name (a town, district or area)',
    );
    if (locality !== undefined) {
      const where = { file: table.file, row: record.row, column: table.columns.get('locality') ?? 'locality' };
      const clash = spellings.check(locality, record.row, where);
      if (clash !== undefined) ctx.issues.add(clash);
    }
    if (id !== undefined) {
      const first = ctx.actorRows.get(id);
      if (first !== undefined) {
        ctx.issues.add(
          issueAt(table, record, 'id', {
            code: 'actor-duplicate',
            value: id,
            message: `the actor id '${id}' is used twice`,
            hint: `it is first used in row ${first}; give each actor its own id`,
          }),
        );
        continue;
      }
      ctx.actorRows.set(id, record.row);
    }
    const role = roleName === undefined ? undefined : resolveRole(table, record, 'role', roleName, ctx);
    const extra = record.lists.roles ?? splitList(record.fields.roles);
    const roles: string[] = [];
    for (const name of extra) {
      const resolved = resolveRole(table, record, 'roles', name, ctx);
      if (resolved !== undefined && resolved !== role && !roles.includes(resolved)) roles.push(resolved);
    }
    if (id === undefined || name === undefined || role === undefined || locality === undefined) continue;
    const actor: Actor = { id, name, role, roles, locality, attributes: record.attributes };
    if (record.fields.organisation !== undefined) actor.organisation = record.fields.organisation;
    if (record.fields.sector !== undefined) actor.sector = record.fields.sector;
    actors.push(actor);
  }
  return actors;
}

function splitList(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/** A positive number; where the table allows it, a decimal comma (`0,5`) is read as a point. */
function parseWeight(text: string, decimalComma: boolean): number | undefined {
  const normal = decimalComma && /^\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  if (!/^[+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normal)) return undefined;
  const value = Number(normal);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

function buildTies(table: RawTable, ctx: Context): Tie[] {
  const ties: Tie[] = [];
  // A file has few kinds and many rows: normalise each kind once.
  const kinds = new Map<string, string>();
  const kindKey = (text: string): string => {
    let key = kinds.get(text);
    if (key === undefined) kinds.set(text, (key = normaliseKey(text)));
    return key;
  };
  const dates = {};
  for (const record of table.records) {
    const source = required(table, record, 'source', ctx);
    const target = required(table, record, 'target', ctx);
    let ok = source !== undefined && target !== undefined;
    if (source !== undefined && !knownActor(table, record, 'source', source, ctx)) ok = false;
    if (target !== undefined && !knownActor(table, record, 'target', target, ctx)) ok = false;
    if (source !== undefined && source === target) {
      ctx.issues.add(
        issueAt(table, record, 'target', {
          code: 'tie-self',
          value: target,
          message: `the tie joins '${source}' to itself`,
          hint: 'a tie joins two different actors; delete the row or correct source or target',
        }),
      );
      ok = false;
    }
    let weight = 1;
    const weightText = record.fields.weight;
    if (weightText !== undefined) {
      const parsed = parseWeight(weightText, table.decimalComma);
      if (parsed === undefined) {
        ctx.issues.add(
          issueAt(table, record, 'weight', {
            code: 'weight-invalid',
            value: weightText,
            message: `the weight '${weightText}' is not a number greater than 0`,
            hint: table.decimalComma
              ? 'write a positive number such as 1, 2,5 or 0,5, or leave it empty for 1'
              : 'write a positive number such as 1, 2.5 or 0.5 (no thousands separators), or leave it empty for 1',
          }),
        );
        ok = false;
      } else weight = parsed;
    }
    let directed = false;
    const directedText = record.fields.directed;
    if (directedText !== undefined) {
      const key = directedText.toLowerCase();
      if (TRUE.has(key)) directed = true;
      else if (!FALSE.has(key)) {
        ctx.issues.add(
          issueAt(table, record, 'directed', {
            code: 'directed-invalid',
            value: directedText,
            message: `'${directedText}' is not true or false`,
            hint: 'write true (the tie goes from source to target) or false (mutual), or leave it empty for false',
          }),
        );
        ok = false;
      }
    }
    const date = record.fields.date;
    if (date !== undefined && !checkDate(table, record, 'date', date, ctx, dates)) ok = false;
    if (!ok) continue;
    const kind = record.fields.kind === undefined ? 'collaboration' : kindKey(record.fields.kind);
    const tie: Tie = { source: source!, target: target!, kind, weight, directed, attributes: record.attributes };
    if (date !== undefined) tie.date = date;
    ties.push(tie);
  }
  return ties;
}

function buildIdeas(table: RawTable, ctx: Context): Idea[] {
  const ideas: Idea[] = [];
  const dates = {};
  for (const record of table.records) {
    const id = required(table, record, 'id', ctx);
    const title = required(table, record, 'title', ctx);
    let ok = id !== undefined && title !== undefined;
    if (id !== undefined) {
      const first = ctx.ideaRows.get(id);
      if (first !== undefined) {
        ctx.issues.add(
          issueAt(table, record, 'id', {
            code: 'idea-duplicate',
            value: id,
            message: `the idea id '${id}' is used twice`,
            hint: `it is first used in row ${first}; give each idea its own id`,
          }),
        );
        continue;
      }
      ctx.ideaRows.set(id, record.row);
    }
    const origin = record.fields.origin;
    if (origin !== undefined && !knownActor(table, record, 'origin', origin, ctx)) ok = false;
    const date = record.fields.date;
    if (date !== undefined && !checkDate(table, record, 'date', date, ctx, dates)) ok = false;
    if (!ok) continue;
    const idea: Idea = { id: id!, title: title!, attributes: record.attributes };
    if (origin !== undefined) idea.origin = origin;
    if (date !== undefined) idea.date = date;
    ideas.push(idea);
  }
  return ideas;
}

function knownIdea(table: RawTable, record: RawRecord, id: string, ctx: Context): boolean {
  if (ctx.ideaRows.has(id)) return true;
  ctx.issues.add(
    issueAt(table, record, 'idea', {
      code: 'idea-unknown',
      value: id,
      message: `'${id}' is not the id of any idea`,
      hint: didYouMean(id, ctx.ideaRows.keys()) ?? 'add the idea to the ideas (id, title), or correct the id',
    }),
  );
  return false;
}

function buildAdoptions(table: RawTable, ctx: Context): Adoption[] {
  const adoptions: Adoption[] = [];
  const dates = {};
  const seen = new Map<string, number>();
  const rows: number[] = [];
  for (const record of table.records) {
    const idea = required(table, record, 'idea', ctx);
    const actor = required(table, record, 'actor', ctx);
    const date = required(table, record, 'date', ctx, 'write when the actor took up the idea');
    let ok = idea !== undefined && actor !== undefined && date !== undefined;
    if (idea !== undefined && !knownIdea(table, record, idea, ctx)) ok = false;
    if (actor !== undefined && !knownActor(table, record, 'actor', actor, ctx)) ok = false;
    if (date !== undefined && !checkDate(table, record, 'date', date, ctx, dates)) ok = false;
    const source = record.fields.source;
    if (source !== undefined) {
      if (!knownActor(table, record, 'source', source, ctx)) ok = false;
      else if (source === actor) {
        ctx.issues.add(
          issueAt(table, record, 'source', {
            code: 'value-invalid',
            value: source,
            message: `the actor '${source}' is named as their own source`,
            hint: 'leave source empty when the actor came to the idea on their own',
          }),
        );
        ok = false;
      }
    }
    if (idea !== undefined && actor !== undefined) {
      const key = `${idea}\u0000${actor}`;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.issues.add(
          issueAt(table, record, 'actor', {
            code: 'adoption-duplicate',
            value: actor,
            message: `'${actor}' adopts '${idea}' twice`,
            hint: `row ${first} already records it; keep the earlier adoption`,
          }),
        );
        ok = false;
      } else seen.set(key, record.row);
    }
    if (!ok) continue;
    const adoption: Adoption = { idea: idea!, actor: actor!, date: date!, attributes: record.attributes };
    if (source !== undefined) adoption.source = source;
    adoptions.push(adoption);
    rows.push(record.row);
  }
  checkSourceOrder(table, adoptions, rows, ctx);
  return adoptions;
}

/** A recorded source must not have taken the idea up after the actor they passed it to. */
function checkSourceOrder(table: RawTable, adoptions: Adoption[], rows: number[], ctx: Context): void {
  const when = new Map<string, { date: string; row: number }>();
  adoptions.forEach((a, k) => when.set(`${a.idea}\u0000${a.actor}`, { date: a.date, row: rows[k]! }));
  adoptions.forEach((a, k) => {
    if (a.source === undefined) return;
    const source = when.get(`${a.idea}\u0000${a.source}`);
    if (source === undefined || compareDates(source.date, a.date) <= 0) return;
    ctx.issues.add({
      code: 'adoption-order',
      file: table.file,
      row: rows[k]!,
      column: table.columns.get('date') ?? 'date',
      value: a.date,
      message: `'${a.actor}' took up '${a.idea}' on ${a.date}, before their recorded source '${a.source}' did (${source.date}, row ${source.row})`,
      hint: 'correct one of the two dates, or the source',
    });
  });
}

function buildMentions(table: RawTable, ctx: Context): Mention[] {
  const mentions: Mention[] = [];
  const dates = {};
  for (const record of table.records) {
    const idea = required(table, record, 'idea', ctx);
    const date = required(table, record, 'date', ctx);
    const countText = required(table, record, 'count', ctx);
    let ok = idea !== undefined && date !== undefined && countText !== undefined;
    if (idea !== undefined && !knownIdea(table, record, idea, ctx)) ok = false;
    if (date !== undefined && !checkDate(table, record, 'date', date, ctx, dates)) ok = false;
    let count = 0;
    if (countText !== undefined) {
      count = Number(countText);
      if (!/^\d+(\.\d+)?([eE][-+]?\d+)?$/.test(countText) || !Number.isFinite(count)) {
        ctx.issues.add(
          issueAt(table, record, 'count', {
            code: 'count-invalid',
            value: countText,
            message: `the count '${countText}' is not a number of 0 or more`,
            hint: 'write how many mentions the period had, e.g. 0, 3 or 12',
          }),
        );
        ok = false;
      }
    }
    if (!ok) continue;
    mentions.push({ idea: idea!, date: date!, count, attributes: record.attributes });
  }
  return mentions;
}
