/**
 * The `muster` command line: picks the command, parses its options, runs
 * it, and turns what can go wrong into messages on stderr and exit codes
 * (0 ok, 1 a --fail-on check failed, 2 bad input or usage, 3 a bug).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { MusterInputError } from '@muster/core';
import { EXIT, UsageError, type Command } from './command.js';
import { COMMANDS } from './commands/index.js';
import { alignOptions } from './help.js';
import { processIo, stylesFor, type CliIo } from './io.js';

export { COMMANDS } from './commands/index.js';

/** The version of this package. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: muster COMMAND [options]

Map, audit and trace the social network of a public-service innovation
cluster.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     show help (also: muster COMMAND --help)
  -v, --version  show the version

Exit codes: 0 ok, 1 a --fail-on check failed, 2 bad input or usage, 3 a bug.
Colour is used on a terminal unless NO_COLOR is set.`;
}

/** `isMusterInputError` of @muster/core, without loading the library to start. */
function isInputError(error: unknown): error is MusterInputError {
  return (
    error instanceof Error && error.name === 'MusterInputError' && Array.isArray((error as MusterInputError).issues)
  );
}

function isSystemError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/** Runs the command line `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const styles = stylesFor(io.stderr, io.env);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const entry = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout.write((entry ? alignOptions((await entry.load()).help) : mainHelp()) + '\n');
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(version() + '\n');
    return EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  let command: Command | undefined;
  // Under --pseudonymise a message says where, never what: CI logs keep what is printed.
  let hideValues = false;
  try {
    if (entry === undefined)
      throw new UsageError(`unknown command '${name}'; the commands are ${COMMANDS.map((c) => c.name).join(', ')}`);
    command = await entry.load();
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: { ...command.options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    hideValues = parsed.values.pseudonymise === true;
    if (parsed.values.help) {
      io.stdout.write(alignOptions(command.help) + '\n');
      return EXIT.ok;
    }
    const [min, max] = command.positionals;
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      throw new UsageError(`${command.help.split('\n')[0]!.replace(/^Usage: /, 'usage: ')}`);
    }
    return await command.run({ positionals: parsed.positionals, values: parsed.values, io });
  } catch (error) {
    const { hideQuoted, shownMessage } = await import('@muster/escape');
    const say = (message: string): string => shownMessage(hideValues ? hideQuoted(message) : message);
    if (isInputError(error)) {
      // Loaded only when there are problems to show.
      const { renderIssues } = await import('./render.js');
      io.stderr.write(renderIssues(error.issues, error.omitted, styles, { hideValues }));
      return EXIT.badInput;
    }
    if (error instanceof UsageError) {
      const help = command ? `muster ${command.name} --help` : 'muster --help';
      io.stderr.write(`${styles.red('muster:')} ${say(error.message)}\n(see ${help})\n`);
      return EXIT.badInput;
    }
    if (isSystemError(error)) {
      // The file system said no (a folder where a file should be, no permission): the user's to fix.
      io.stderr.write(`${styles.red('muster:')} ${say(error.message)}\n`);
      return EXIT.badInput;
    }
    const raw = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const detail = raw.split('\n').map(say).join('\n');
    io.stderr.write(
      `${styles.red('muster: internal error')} — this is a bug in Muster; please report it with the command you ran.\n${detail}\n`,
    );
    return EXIT.internal;
  }
}
