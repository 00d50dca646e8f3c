/**
 * `@muster/cli`: the `muster` command, callable from code with its own
 * streams (`main(argv, io)` returns the exit code).
 *
 * @module @muster/cli
 */
export { COMMANDS, main, version } from './main.js';
export { EXIT, UsageError, type Command } from './command.js';
export { processIo, type CliIo } from './io.js';
export { templateFiles } from './commands/init.js';
