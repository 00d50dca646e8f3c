/**
 * Runs before every test file. Two guards:
 * - In CI the browser suites must run, not skip: without Debian's chromium
 *   every file fails at once with the command that installs it.
 * - A test that makes the code under test write to console.warn or
 *   console.error fails: library code reports through return values and
 *   errors, never the console, and a warning nobody reads hides a bug.
 */
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

if (process.env.CI && !existsSync('/usr/bin/chromium')) {
  throw new Error('the browser tests need /usr/bin/chromium in CI: apt-get install -y chromium');
}

const written: string[] = [];
let spies: MockInstance[] = [];

beforeEach(() => {
  written.length = 0;
  spies = (['warn', 'error'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      written.push(`console.${method}: ${args.map(String).join(' ')}`);
    }),
  );
});

afterEach(() => {
  for (const spy of spies) spy.mockRestore();
  if (written.length > 0) throw new Error(`the test wrote to the console:\n${written.join('\n')}`);
});
