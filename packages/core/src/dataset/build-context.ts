/**
 * What the table builders share: the reading context (issues, profile, the
 * rows that define each actor and idea) and the checks every table makes —
 * a required field, a known actor, a valid date.
 */
import type { IssueList, InputIssue } from '../errors.js';
import { parseDate, type DateForm } from '../dates.js';
import type { RoleResolver } from '../profiles/resolve.js';
import type { Profile } from '../profiles/types.js';
import { didYouMean } from '../suggest.js';
import type { RawRecord, RawTable } from './tables.js';

/** Reading context shared by the table builders. */
export interface Context {
  issues: IssueList;
  profile: Profile;
  roles: RoleResolver;
  /** Actor id → the row that defines it. */
  actorRows: Map<string, number>;
  ideaRows: Map<string, number>;
}

/**
 * Records that `id` is defined at this record's row; when an earlier row
 * already defined it, reports the duplicate and returns false.
 */
export function claimId(table: RawTable, record: RawRecord, id: string, noun: 'actor' | 'idea', ctx: Context): boolean {
  const rows = noun === 'actor' ? ctx.actorRows : ctx.ideaRows;
  const first = rows.get(id);
  if (first === undefined) {
    rows.set(id, record.row);
    return true;
  }
  ctx.issues.add(
    issueAt(table, record, 'id', {
      code: noun === 'actor' ? 'actor-duplicate' : 'idea-duplicate',
      value: id,
      message: `the ${noun} id '${id}' is used twice`,
      hint: `it is first used in row ${first}; give each ${noun} its own id`,
    }),
  );
  return false;
}

/** The column a field was read from, as the user wrote it: the record's own, the table's, or the field's name. */
export function columnOf(table: RawTable, record: RawRecord, field: string): string {
  return record.columns?.[field] ?? table.columns.get(field) ?? field;
}

/** The value of a field, or an issue if it is required and empty. */
export function required(
  table: RawTable,
  record: RawRecord,
  field: string,
  ctx: Context,
  hint?: string,
): string | undefined {
  const value = record.fields[field];
  if (value !== undefined) return value;
  // A CSV file without the column was reported once, at its header.
  if (table.format === 'csv' && !table.columns.has(field)) return undefined;
  ctx.issues.add({
    code: 'value-missing',
    file: table.file,
    row: record.row,
    column: columnOf(table, record, field),
    field,
    message: `'${field}' is empty`,
    hint: hint ?? `every row of ${table.name} needs a value in '${field}'`,
  });
  return undefined;
}

export function issueAt(
  table: RawTable,
  record: RawRecord,
  field: string,
  rest: Omit<InputIssue, 'file' | 'row' | 'column' | 'field'>,
): InputIssue {
  return { file: table.file, row: record.row, column: columnOf(table, record, field), field, ...rest };
}

export function knownActor(table: RawTable, record: RawRecord, field: string, id: string, ctx: Context): boolean {
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
export function checkDate(
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
