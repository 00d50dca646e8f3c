/**
 * The input's problems as `muster validate` finds them, every one, in a
 * table: file, row (or line), column, the value, what is wrong and how to
 * fix it (with "did you mean" where there is a guess).
 */
/// <reference lib="dom" />
import { formatIssue, type InputIssue } from '@muster/core';
import { byId, el } from './dom.js';

/**
 * Shows the problems; `kept` says the last good dataset is still there to go
 * back to, `where` which input they are in.
 */
export function showIssues(issues: readonly InputIssue[], omitted: number, kept: boolean, where = 'the input'): void {
  const total = issues.length + omitted;
  byId('issues-h').textContent = total === 1 ? `1 problem in ${where}` : `${total} problems in ${where}`;
  byId('issues-note').textContent =
    (omitted > 0 ? `The first ${issues.length} are listed. ` : '') +
    'Fix them in your files and bring the fixed files again' +
    (kept ? ', or go back to the last data that read without a problem.' : '.');
  const body = byId<HTMLTableElement>('issues-table').tBodies[0]!;
  body.replaceChildren(
    ...issues.map((issue) => {
      const row = el('tr');
      const where = issue.row !== undefined ? String(issue.row) : issue.line !== undefined ? `line ${issue.line}` : '';
      row.append(
        el('td', issue.file),
        el('td', where),
        el('td', issue.column ?? ''),
        el('td', issue.value ?? ''),
        el('td', issue.message),
        el('td', issue.hint ?? ''),
      );
      return row;
    }),
  );
  byId('revert').hidden = !kept;
  byId('issues').hidden = false;
}

export function hideIssues(): void {
  byId('issues').hidden = true;
}

/** The reader's warnings (they do not stop the audit), one line each; none hides the list. */
export function showWarnings(warnings: readonly InputIssue[]): void {
  const box = byId('warnings');
  box.hidden = warnings.length === 0;
  byId('warnings-h').textContent = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
  byId('warnings-list').replaceChildren(...warnings.map((w) => el('li', formatIssue(w))));
}
