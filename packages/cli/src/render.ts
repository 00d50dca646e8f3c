/**
 * How bad input looks on a terminal: problems grouped by file, each with
 * its row, column, value and hint, in the order they were found. Nothing
 * from the data reaches the terminal as control (escapes are shown), long
 * values are cut with their length said, and problems that differ only in
 * their row are one line with the rows counted.
 */
import { formatLocation, type InputIssue } from '@muster/core';
import { hideQuoted, shownMessage, shownValue } from '@muster/escape';
import { stylesFor, type CliIo, type Styles } from './io.js';

/** How many problems are printed before the rest are counted. */
export const SHOWN_ISSUES = 200;
/** How many rows of one group are listed. */
const SHOWN_ROWS = 10;

/** `1 tie`, `2 ties`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Options of {@link renderIssues}. */
export interface RenderIssuesOptions {
  /** Show where, never what: no values, and quoted values in messages hidden (for pseudonymised runs). */
  hideValues?: boolean;
}

interface Group {
  issue: InputIssue;
  rows: number[];
}

/** Problems that differ only in their row, gathered in the order first seen. */
function groupIssues(issues: readonly InputIssue[]): Group[] {
  const groups = new Map<string, Group>();
  for (const issue of issues) {
    const key = JSON.stringify([issue.file, issue.code, issue.column, issue.value, issue.message, issue.hint]);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { issue, rows: issue.row === undefined ? [] : [issue.row] });
    else if (issue.row !== undefined) group.rows.push(issue.row);
  }
  return [...groups.values()];
}

function where(group: Group): string {
  const { rows } = group;
  // A header can be as long as a value: the column is cut the same way.
  const column = group.issue.column;
  const issue = column === undefined ? group.issue : { ...group.issue, column: shownValue(column) };
  if (rows.length <= 1)
    return formatLocation(issue)
      .slice(issue.file.length)
      .replace(/^[ ,]+/, '');
  const listed = rows.slice(0, SHOWN_ROWS).join(', ');
  const more = rows.length > SHOWN_ROWS ? `, … (${rows.length.toLocaleString('en-GB')} rows)` : '';
  return `rows ${listed}${more}${issue.column === undefined ? '' : `, column ${issue.column}`}`;
}

/** Every problem, grouped by file, with a count first. */
export function renderIssues(
  issues: readonly InputIssue[],
  omitted: number,
  styles: Styles,
  options: RenderIssuesOptions = {},
): string {
  const text = (s: string): string => shownMessage(options.hideValues ? hideQuoted(s) : s);
  const total = issues.length + omitted;
  const warnings = issues.filter((issue) => issue.severity === 'warning').length;
  const errors = total - warnings;
  // A path already taken is no problem of the input: say what it is.
  const occupied = omitted === 0 && issues.length > 0 && issues.every((issue) => issue.code === 'output-exists');
  const head = occupied
    ? `✗ ${issues.length === 1 ? 'the output exists' : 'the outputs exist'}; nothing was written`
    : errors === 0
      ? `! ${plural(warnings, 'warning')} about the input`
      : `✗ ${plural(errors, 'problem')} in the input${warnings === 0 ? '' : ` (and ${plural(warnings, 'warning')})`}`;
  const lines = [(errors === 0 ? styles.yellow : styles.red)(styles.bold(head))];
  const groups = groupIssues(issues);
  let file: string | undefined;
  let shown = 0;
  for (const group of groups.slice(0, SHOWN_ISSUES)) {
    const { issue } = group;
    shown += group.rows.length || 1;
    if (issue.file !== file) {
      file = issue.file;
      lines.push('', styles.bold(shownValue(file, 400)));
    }
    const place = shownValue(where(group), 400);
    const value =
      issue.value === undefined ||
      options.hideValues ||
      // Already in the message, whole or (when long) cut.
      issue.message.includes(issue.value) ||
      issue.message.includes(`'${issue.value.slice(0, 40)}`)
        ? ''
        : ` ${styles.dim(`[${shownValue(issue.value)}]`)}`;
    const warning = issue.severity === 'warning' ? `${styles.yellow('warning:')} ` : '';
    lines.push(`  ${place === '' ? '' : `${styles.yellow(place)}: `}${warning}${text(issue.message)}${value}`);
    if (issue.hint) lines.push(`    ${styles.dim('→')} ${text(issue.hint)}`);
  }
  const hidden = total - shown;
  if (hidden > 0) lines.push('', `… and ${hidden} more ${hidden === 1 ? 'problem' : 'problems'}`);
  return lines.join('\n') + '\n';
}

/** Where a writer's notices go (leftovers of an interrupted write cleaned up): a line on stderr. */
export function noticeTo(io: CliIo): (message: string) => void {
  const s = stylesFor(io.stderr, io.env);
  return (message) => io.stderr.write(`${s.yellow('!')} ${shownMessage(message, 400)}\n`);
}
