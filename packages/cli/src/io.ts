/**
 * Where the command writes: data to stdout, messages and errors to stderr.
 * Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
 */

/** The streams and environment a command runs with; tests pass their own. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The process's own streams and environment. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Text styles for stderr, or plain text when colour is off. */
export interface Styles {
  bold(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
}

const wrap =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const PLAIN: Styles = { bold: String, red: String, yellow: String, green: String, dim: String };
const ANSI: Styles = {
  bold: wrap(1, 22),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  green: wrap(32, 39),
  dim: wrap(2, 22),
};

/** Styles for a stream: colour on a TTY unless NO_COLOR is set (FORCE_COLOR forces it on). */
export function stylesFor(stream: { isTTY?: boolean }, env: CliIo['env']): Styles {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return PLAIN;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return ANSI;
  return stream.isTTY ? ANSI : PLAIN;
}
