/**
 * Actors and ties from their raw tables: ids, roles resolved through the
 * profile, localities, tie kinds, weights, directions and dates.
 */
import type { Actor, Tie } from '../model.js';
import { normaliseKey } from '../normalise.js';
import { checkDate, claimId, issueAt, knownActor, required, type Context } from './build-context.js';
import { LocalitySpellings } from './localities.js';
import type { RawRecord, RawTable } from './tables.js';

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

export function buildActors(table: RawTable, ctx: Context): Actor[] {
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
    if (id !== undefined && !claimId(table, record, id, 'actor', ctx)) continue;
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

export function buildTies(table: RawTable, ctx: Context): Tie[] {
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
