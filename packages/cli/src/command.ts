/**
 * The frame every `muster` command shares: a name, a usage text, options for node:util's parseArgs, and a `run` that returns
 * the exit code.
 */
import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './io.js';

/** Exit codes of the `muster` command. */
export const EXIT = {
  ok: 0,
  /** The check asked for with --fail-on found something. */
  failed: 1,
  /** Bad input data or a bad command line. */
  badInput: 2,
  /** A bug: Muster itself failed. */
  internal: 3,
} as const;

/** Options as parseArgs returns them. */
export type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** One `muster` command. */
export interface Command {
  name: string;
  /** The help text, from the usage line on. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** How many positional arguments the command takes, at least and at most. */
  positionals: [min: number, max: number];
  run(args: { positionals: string[]; values: ParsedValues; io: CliIo }): Promise<number> | number;
}

/** A command line that cannot be run, with what to do instead. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
