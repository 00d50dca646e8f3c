/**
 * Bad input, reported as data.
 *
 * Every reader collects all the problems it finds in a file (not only the
 * first) as `InputIssue`s, and throws one `MusterInputError` holding them.
 * Detection lives here and in the readers; presentation (text, tables) lives
 * in `formatIssues` and in the CLI.
 */
import { cutQuoted } from './escape.js';

/** Machine-readable kinds of bad input. Tests and scripts rely on these. */
export type InputIssueCode =
  | 'file-missing'
  | 'file-not-regular'
  | 'file-too-large'
  | 'file-empty'
  | 'encoding-invalid'
  | 'csv-unterminated-quote'
  | 'csv-bad-quote'
  | 'row-too-wide'
  | 'column-missing'
  | 'column-duplicate'
  | 'value-missing'
  | 'value-invalid'
  | 'locality-spelling'
  | 'locality-look-alike'
  | 'id-look-alike'
  | 'actor-duplicate'
  | 'actor-unknown'
  | 'role-unknown'
  | 'tie-self'
  | 'weight-invalid'
  | 'directed-invalid'
  | 'date-invalid'
  | 'date-mixed'
  | 'idea-duplicate'
  | 'idea-unknown'
  | 'locality-unknown'
  | 'adoption-duplicate'
  | 'adoption-order'
  | 'count-invalid'
  | 'json-syntax'
  | 'json-too-deep'
  | 'json-shape'
  | 'xml-syntax'
  | 'xml-shape'
  | 'profile-invalid'
  | 'format-unknown'
  | 'dataset-empty'
  | 'output-exists'
  | 'output-locked';

/** One problem in the input, located as precisely as the format allows. */
export interface InputIssue {
  code: InputIssueCode;
  /** The file (or logical file, e.g. `actors.csv` inside a JSON dataset). */
  file: string;
  /** Spreadsheet row: the header is row 1, the first data row is row 2. For JSON, the 1-based array index. */
  row?: number;
  /** A line of a text file (1-based), where the problem is in its text rather than in a table row: JSON syntax. */
  line?: number;
  /** The column as the user wrote it (CSV header, JSON key, sheet column): for people to find it. */
  column?: string;
  /**
   * The dataset contract's field the issue is about (`role`, `source`, `weight`), whatever the
   * user called its column: for programs to act on (`column` is `Label` where `field` is `name`).
   */
  field?: string;
  /** The offending value, as written. */
  value?: string;
  /** What is wrong, in a sentence. */
  message: string;
  /** How to fix it, e.g. "did you mean 'service-designer'?" */
  hint?: string;
  /** `warning` for what does not stop reading (ids that look alike); absent for an error. */
  severity?: 'warning';
}

/** Thrown by every reader when the input is bad. Holds every problem found. */
export class MusterInputError extends Error {
  override readonly name = 'MusterInputError';
  readonly issues: readonly InputIssue[];
  /** Problems found beyond the first {@link MAX_ISSUES}, counted but not kept. */
  readonly omitted: number;

  constructor(issues: readonly InputIssue[], omitted = 0) {
    super(formatIssues(issues, omitted));
    this.issues = issues;
    this.omitted = omitted;
  }
}

/** How many issues a reader keeps; a file wrong on every row would otherwise fill memory. */
export const MAX_ISSUES = 10_000;

/** True when `error` is a {@link MusterInputError} (also across package copies). */
export function isMusterInputError(error: unknown): error is MusterInputError {
  return (
    error instanceof MusterInputError ||
    (error instanceof Error &&
      error.name === 'MusterInputError' &&
      Array.isArray((error as { issues?: unknown }).issues))
  );
}

/**
 * The problems `read` reports, as data: the issues of the
 * {@link MusterInputError} it throws, or none when it reads the input.
 * Any other error is thrown on. For tests of a reader, and for programs
 * that show problems rather than stop at them.
 */
export function issuesOf(read: () => unknown): InputIssue[] {
  try {
    read();
  } catch (error) {
    if (isMusterInputError(error)) return [...error.issues];
    throw error;
  }
  return [];
}

/** Where an issue is, as a user reads it: `actors.csv row 14, column role`. */
export function formatLocation(issue: InputIssue): string {
  const parts = [issue.file];
  if (issue.row !== undefined) parts.push(`row ${issue.row}`);
  else if (issue.line !== undefined) parts.push(`line ${issue.line}`);
  const where = parts.join(' ');
  return issue.column === undefined ? where : `${where}, column ${issue.column}`;
}

/** One line per issue: location, message, hint. */
export function formatIssue(issue: InputIssue): string {
  const hint = issue.hint ? ` (${issue.hint})` : '';
  return `${formatLocation(issue)}: ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}${hint}`;
}

/** All issues as text, one per line, with a count of the errors first. */
export function formatIssues(issues: readonly InputIssue[], omitted = 0): string {
  const total = issues.filter((issue) => issue.severity !== 'warning').length + omitted;
  const head = total === 1 ? '1 problem in the input' : `${total} problems in the input`;
  const lines = [head + ':', ...issues.map((issue) => `  ${formatIssue(issue)}`)];
  if (omitted > 0) lines.push(`  … and ${omitted} more`);
  return lines.join('\n');
}

/**
 * Collects issues while a reader works; throws them all at the end.
 * Warnings are kept apart: they go to `onWarning` as they are found, and
 * into the thrown error (after the errors) only when there are errors too.
 */
export class IssueList {
  readonly issues: InputIssue[] = [];
  readonly warnings: InputIssue[] = [];
  omitted = 0;

  constructor(readonly onWarning?: (issue: InputIssue) => void) {}

  add(issue: InputIssue): void {
    if (issue.severity === 'warning') {
      if (this.warnings.length < MAX_ISSUES) this.warnings.push(issue);
      this.onWarning?.(issue);
      return;
    }
    if (this.issues.length >= MAX_ISSUES) {
      this.omitted++;
      return;
    }
    // A value of megabytes quoted in thousands of messages would take gigabytes: cut it, saying its length.
    const message = cutQuoted(issue.message);
    const hint = issue.hint === undefined ? undefined : cutQuoted(issue.hint);
    this.issues.push(
      message === issue.message && hint === issue.hint
        ? issue
        : { ...issue, message, ...(hint === undefined ? {} : { hint }) },
    );
  }

  /** How many errors were found, kept or not. */
  get size(): number {
    return this.issues.length + this.omitted;
  }

  /** Throws a {@link MusterInputError} if any error was added. */
  throwIfAny(): void {
    if (this.size > 0) throw new MusterInputError([...this.issues, ...this.warnings], this.omitted);
  }
}
