/**
 * Where a command's text goes: stdout, or with `--out FILE` the file,
 * written whole or not at all (`--force` to replace it), said on stderr.
 */
import { writeAtomically } from '@muster/node';
import type { ParsedValues } from './command.js';
import { stylesFor, type CliIo } from './io.js';
import { noticeTo } from './render.js';

/** Writes `text` to `--out` (then says so on stderr, `said` after the path) or to stdout. */
export function writeOutput(text: string, values: ParsedValues, io: CliIo, said = ''): void {
  const out = values.out as string | undefined;
  if (out === undefined) {
    io.stdout.write(text);
    return;
  }
  writeAtomically(out, text, { force: values.force === true, notice: noticeTo(io) });
  io.stderr.write(`${stylesFor(io.stderr, io.env).green('✓')} wrote ${out}${said}\n`);
}
