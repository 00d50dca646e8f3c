/**
 * The review file: every name the import merged into an actor written
 * another way, and every unsure match, one row per name as written, for
 * the user to confirm or overrule. Fed back on the next run, its
 * `decision` column is applied: `merge` puts the name with the actor in
 * `matched_actor_id` (which the user may change), `separate` gives the
 * name an actor of its own, and an empty decision leaves the choice to
 * Muster (merge at or above the threshold, keep apart below it).
 */
import { parseCsv, refuseControlCharacters, unguardTable, writeCsv } from '@muster/core/reader';
import type { IssueList } from '@muster/core/reader';
import { normaliseKey } from '@muster/core';
import { tidySpaces } from './names.js';
import type { NameMatch } from './similarity.js';

/** The columns of the review file, in order. */
export const REVIEW_COLUMNS = [
  'name_as_written',
  'rows',
  'matched_actor_id',
  'matched_name',
  'score',
  'reason',
  'decision',
] as const;

/** A user's decision on one name. */
export type ReviewDecision = 'merge' | 'separate';

/** One row of the review file. */
export interface ReviewRow {
  /** The name as the respondent wrote it (spacing tidied). */
  nameAsWritten: string;
  /** The survey rows where it is written. */
  rows: number[];
  /** The actor it was merged into, or might be. */
  matchedActorId: string;
  matchedName: string;
  /** How alike the names are, 0 to 1. */
  score: number;
  reason: string;
  /** `merge` (merged), `separate` (kept apart by the user's decision), or `''` (unsure: kept apart until decided). */
  decision: ReviewDecision | '';
}

/** A decision read from a review file, with the row it came from. */
export interface ReadDecision {
  decision: ReviewDecision;
  /** For `merge`: the actor to merge into. */
  actorId?: string;
  /** The review file's row. */
  row: number;
}

/** The review file as CSV text (comma-delimited, `\n` line ends). */
export function writeReview(rows: readonly ReviewRow[]): string {
  return writeCsv(
    REVIEW_COLUMNS,
    rows.map((r) => [
      r.nameAsWritten,
      r.rows.join(';'),
      r.matchedActorId,
      r.matchedName,
      r.score.toFixed(2),
      r.reason,
      r.decision,
    ]),
  );
}

const DECISIONS = new Set<string>(['merge', 'separate']);

/**
 * Reads the decisions of an edited review file: name as written →
 * decision. Rows with an empty decision are skipped. Problems (a missing
 * column, an unknown decision, a `merge` without an actor id, two rows
 * deciding one name differently) are added to `issues` with the row and
 * column.
 */
export function readReviewDecisions(text: string, file: string, issues: IssueList): Map<string, ReadDecision> {
  const decisions = new Map<string, ReadDecision>();
  const parsed = parseCsv(text.normalize('NFC'), file, issues);
  if (parsed === undefined) return decisions;
  refuseControlCharacters(parsed, issues);
  const csv = unguardTable(parsed);
  const index = new Map<string, number>();
  csv.header.forEach((header, i) => {
    const key = normaliseKey(header).replace(/-/g, '_');
    if (!index.has(key)) index.set(key, i);
  });
  for (const required of ['name_as_written', 'matched_actor_id', 'decision']) {
    if (!index.has(required)) {
      issues.add({
        code: 'column-missing',
        file,
        row: csv.headerRow,
        column: required,
        message: `the review file has no '${required}' column`,
        hint: `the review file Muster writes has the columns ${REVIEW_COLUMNS.join(', ')}; keep them`,
      });
    }
  }
  if (issues.size > 0) return decisions;
  const nameAt = index.get('name_as_written')!;
  const idAt = index.get('matched_actor_id')!;
  const decisionAt = index.get('decision')!;
  const header = (i: number): string => csv.header[i]!;
  for (const record of csv.records) {
    const name = tidySpaces(record.cells[nameAt] ?? '');
    const decisionText = (record.cells[decisionAt] ?? '').trim();
    const actorId = (record.cells[idAt] ?? '').trim();
    if (decisionText === '') continue;
    const decision = decisionText.toLowerCase();
    if (!DECISIONS.has(decision)) {
      issues.add({
        code: 'value-invalid',
        file,
        row: record.row,
        column: header(decisionAt),
        value: decisionText,
        message: `'${decisionText}' is not a decision`,
        hint: 'write merge (the same person as matched_actor_id), separate (a different person), or leave it empty',
      });
      continue;
    }
    if (name === '') {
      issues.add({
        code: 'value-missing',
        file,
        row: record.row,
        column: header(nameAt),
        message: 'the row decides, but names no one',
        hint: 'keep the name_as_written that Muster wrote',
      });
      continue;
    }
    if (decision === 'merge' && actorId === '') {
      issues.add({
        code: 'value-missing',
        file,
        row: record.row,
        column: header(idAt),
        message: `'${name}' is to be merged, but with no actor`,
        hint: 'write the id of the actor it is the same person as in matched_actor_id',
      });
      continue;
    }
    const read: ReadDecision = { decision: decision as ReviewDecision, row: record.row };
    if (decision === 'merge') read.actorId = actorId;
    const earlier = decisions.get(name);
    if (earlier !== undefined) {
      if (earlier.decision !== read.decision || earlier.actorId !== read.actorId) {
        issues.add({
          code: 'value-invalid',
          file,
          row: record.row,
          column: header(decisionAt),
          value: decisionText,
          message: `'${name}' is decided twice, differently`,
          hint: `row ${earlier.row} already decides it; keep one of the two rows`,
        });
      }
      continue;
    }
    decisions.set(name, read);
  }
  return decisions;
}

/** The reason column: what made the names alike, then any notes. */
export function describeMatch(match: NameMatch, notes: readonly string[]): string {
  const parts = match.reasons.map((reason) => {
    switch (reason) {
      case 'same':
        return 'same name once normalised';
      case 'initial':
        return 'initial fits';
      case 'nickname':
        return match.nickname === undefined ? 'nickname' : `nickname (${match.nickname})`;
      case 'spelling':
        return 'similar spelling';
      case 'middle-name':
        return 'middle name differs';
      case 'one-name':
        return 'only one name given';
      case 'order':
        return 'names in the other order';
    }
  });
  if (parts.length === 0 && notes.length > 0) return notes.join('; ');
  const head = parts.length > 0 ? parts.join(', ') : 'no likeness found';
  return [head, ...notes].join('; ');
}
