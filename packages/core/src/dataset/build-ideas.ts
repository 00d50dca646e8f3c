/**
 * Ideas, adoptions and mentions from their raw tables: each adoption by a
 * known actor of a known idea, after its recorded source.
 */
import { compareDates } from '../dates.js';
import type { Adoption, Idea, Mention } from '../model.js';
import { didYouMean } from '../suggest.js';
import { checkDate, claimId, issueAt, knownActor, required, type Context } from './build-context.js';
import type { RawRecord, RawTable } from './tables.js';

export function buildIdeas(table: RawTable, ctx: Context): Idea[] {
  const ideas: Idea[] = [];
  const dates = {};
  for (const record of table.records) {
    const id = required(table, record, 'id', ctx);
    const title = required(table, record, 'title', ctx);
    let ok = id !== undefined && title !== undefined;
    if (id !== undefined && !claimId(table, record, id, 'idea', ctx)) continue;
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

export function buildAdoptions(table: RawTable, ctx: Context): Adoption[] {
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
      field: 'date',
      value: a.date,
      message: `'${a.actor}' took up '${a.idea}' on ${a.date}, before their recorded source '${a.source}' did (${source.date}, row ${source.row})`,
      hint: 'correct one of the two dates, or the source',
    });
  });
}

export function buildMentions(table: RawTable, ctx: Context): Mention[] {
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
