/**
 * What a survey import did, as data (`SurveySummary`) and as lines of
 * text for a terminal (`formatSurveySummary`), kept apart as the rest of
 * Muster keeps detection and presentation apart.
 */

/** Counts and notes from one survey import. */
export interface SurveySummary {
  /** Survey rows read as answers. */
  responses: number;
  /** People who answered (a person answering twice counts once). */
  respondents: number;
  /** Answers combined with an earlier answer of the same person. */
  repeatedResponses: number;
  /** Rows skipped because they hold no name and no answer (abandoned responses), by row. */
  skippedRows: number[];
  /** Names written in the tie columns, each time counted. */
  namesWritten: number;
  /** Different people named in the tie columns. */
  namedPeople: number;
  /** Actors added to the dataset. */
  actorsCreated: number;
  /** Actors of the existing dataset the survey answered as or named. */
  existingMatched: number;
  /** Actors added with the configured `unknownRole`, marked `role_assumed`. */
  rolesAssumed: number;
  /** Review rows with decision `merge`: names merged into an actor written another way (or answering twice). */
  merges: number;
  /** Review rows with an empty decision: unsure matches, kept apart until decided. */
  unsure: number;
  /** Review rows with decision `separate`: names kept apart by the user's decision. */
  separated: number;
  /** Decisions of the review file that were applied. */
  decisionsApplied: number;
  /** Rows of the review file whose name is no longer in the survey. */
  unusedReviewRows: number[];
  /** Names in the configuration's `namedRoles` that matched no one. */
  unusedNamedRoles: string[];
  /** Ties added. */
  ties: number;
  /** Ties added, by kind. */
  tiesByKind: Record<string, number>;
  /** Ties the existing dataset already had, not added again. */
  tiesAlreadyKnown: number;
  /** Respondents naming themselves (or a name matched to them), left out. */
  selfNominations: number;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The summary as lines of plain text (no colour, no trailing newline). */
export function formatSurveySummary(summary: SurveySummary): string[] {
  const lines: string[] = [];
  const repeated =
    summary.repeatedResponses > 0
      ? ` (${plural(summary.repeatedResponses, 'answer')} combined with an earlier one by the same person)`
      : '';
  lines.push(`${plural(summary.responses, 'answer')} from ${plural(summary.respondents, 'respondent')}${repeated}`);
  if (summary.skippedRows.length > 0) {
    lines.push(
      `${plural(summary.skippedRows.length, 'row')} without a name or answers skipped (${summary.skippedRows.length === 1 ? 'row' : 'rows'} ${summary.skippedRows.join(', ')})`,
    );
  }
  lines.push(
    `${plural(summary.namesWritten, 'name')} written, naming ${plural(summary.namedPeople, 'person', 'people')}`,
  );
  const assumed = summary.rolesAssumed > 0 ? ` (${summary.rolesAssumed} with an assumed role: see role_assumed)` : '';
  lines.push(`${plural(summary.actorsCreated, 'actor')} created${assumed}`);
  if (summary.existingMatched > 0)
    lines.push(`${plural(summary.existingMatched, 'existing actor')} found in the survey`);
  lines.push(
    `${plural(summary.merges, 'merge')} listed for review, ${plural(summary.unsure, 'unsure match', 'unsure matches')} to decide` +
      (summary.separated > 0 ? `, ${summary.separated} kept apart by decision` : ''),
  );
  if (summary.decisionsApplied > 0) lines.push(`${plural(summary.decisionsApplied, 'review decision')} applied`);
  if (summary.unusedReviewRows.length > 0) {
    lines.push(
      `${plural(summary.unusedReviewRows.length, 'review row')} name no one in the survey (${summary.unusedReviewRows.length === 1 ? 'row' : 'rows'} ${summary.unusedReviewRows.join(', ')})`,
    );
  }
  if (summary.unusedNamedRoles.length > 0) {
    lines.push(`namedRoles matched no one: ${summary.unusedNamedRoles.join(', ')}`);
  }
  const kinds = Object.entries(summary.tiesByKind)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  lines.push(`${plural(summary.ties, 'tie')} added${kinds === '' ? '' : `: ${kinds}`}`);
  if (summary.tiesAlreadyKnown > 0) lines.push(`${plural(summary.tiesAlreadyKnown, 'tie')} already in the dataset`);
  if (summary.selfNominations > 0)
    lines.push(`${plural(summary.selfNominations, 'respondent')} named themselves (left out)`);
  return lines;
}
