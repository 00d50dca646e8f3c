/**
 * How bad input looks on a terminal: problems grouped by file, each with
 * its row, column, value and hint, in the order they were found.
 */
import { formatLocation, type InputIssue } from '@muster/core';
import type { Styles } from './io.js';

/** How many problems are printed before the rest are counted. */
export const SHOWN_ISSUES = 200;

/** A value as it can be shown on one line: control characters escaped, long values cut. */
function printable(value: string): string {
  // eslint-disable-next-line no-control-regex
  const escaped = value.replace(/[\u0000-\u001f\u007f]/g, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return escaped.length > 60 ? `${escaped.slice(0, 57)}…` : escaped;
}

/** Every problem, grouped by file, with a count first. */
export function renderIssues(issues: readonly InputIssue[], omitted: number, styles: Styles): string {
  const total = issues.length + omitted;
  // A path already taken is no problem of the input: say what it is.
  const occupied = omitted === 0 && issues.length > 0 && issues.every((issue) => issue.code === 'output-exists');
  const head = occupied
    ? `✗ ${issues.length === 1 ? 'the output exists' : 'the outputs exist'}; nothing was written`
    : `✗ ${total} ${total === 1 ? 'problem' : 'problems'} in the input`;
  const lines = [styles.red(styles.bold(head))];
  let file: string | undefined;
  issues.slice(0, SHOWN_ISSUES).forEach((issue) => {
    if (issue.file !== file) {
      file = issue.file;
      lines.push('', styles.bold(file));
    }
    const where = formatLocation(issue)
      .slice(issue.file.length)
      .replace(/^[ ,]+/, '');
    const value =
      issue.value === undefined || issue.message.includes(issue.value)
        ? ''
        : ` ${styles.dim(`[${printable(issue.value)}]`)}`;
    lines.push(`  ${where === '' ? '' : `${styles.yellow(where)}: `}${issue.message}${value}`);
    if (issue.hint) lines.push(`    ${styles.dim('→')} ${issue.hint}`);
  });
  const hidden = total - Math.min(issues.length, SHOWN_ISSUES);
  if (hidden > 0) lines.push('', `… and ${hidden} more ${hidden === 1 ? 'problem' : 'problems'}`);
  return lines.join('\n') + '\n';
}
