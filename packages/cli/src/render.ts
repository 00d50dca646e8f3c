/**
 * How bad input looks on a terminal: problems grouped by file, each with
 * its row, column, value and hint, in the order they were found.
 */
import { formatLocation, type InputIssue } from '@muster/core';
import type { Styles } from './io.js';

/** How many problems are printed before the rest are counted. */
export const SHOWN_ISSUES = 200;

/** Every problem, grouped by file, with a count first. */
export function renderIssues(issues: readonly InputIssue[], omitted: number, styles: Styles): string {
  const total = issues.length + omitted;
  const lines = [styles.red(styles.bold(`✗ ${total} ${total === 1 ? 'problem' : 'problems'} in the input`))];
  let file: string | undefined;
  issues.slice(0, SHOWN_ISSUES).forEach((issue) => {
    if (issue.file !== file) {
      file = issue.file;
      lines.push('', styles.bold(file));
    }
    const where =
      formatLocation(issue)
        .slice(issue.file.length)
        .replace(/^[ ,]+/, '') || 'file';
    const value =
      issue.value === undefined || issue.message.includes(issue.value)
        ? ''
        : ` ${styles.dim(`[${JSON.stringify(issue.value).slice(1, -1).slice(0, 60)}]`)}`;
    lines.push(`  ${where === '' ? '' : `${styles.yellow(where)}: `}${issue.message}${value}`);
    if (issue.hint) lines.push(`    ${styles.dim('→')} ${issue.hint}`);
  });
  const hidden = total - Math.min(issues.length, SHOWN_ISSUES);
  if (hidden > 0) lines.push('', `… and ${hidden} more ${hidden === 1 ? 'problem' : 'problems'}`);
  return lines.join('\n') + '\n';
}
