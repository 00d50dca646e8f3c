/**
 * The hostile-input suite (issue 13): each case of `hostile/cases.ts` is
 * given to the built `muster` under a time and a memory limit, and must end
 * with exit 0, or exit 2 and a message saying where the problem is — never
 * exit 3 (a bug), never a kill for time or memory. FIFOs and /dev need a
 * POSIX system. `pnpm test` builds the command first.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS, MUSTER_BIN, makeHostileCases, runHostileCase } from './hostile/cases.js';

const posix = process.platform !== 'win32';

describe.runIf(posix)('hostile inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'muster-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cases = makeHostileCases(dir);

  it('runs the built command', () => {
    expect(existsSync(MUSTER_BIN), 'build first: npx -y pnpm@10 build').toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s',
    (_, c) => {
      const run = runHostileCase(c);
      expect(run.timedOut, `killed after ${LIMITS.seconds} s`).toBe(false);
      expect({ code: run.code, signal: run.signal }, run.stderr).toEqual({ code: c.exit, signal: null });
      for (const text of c.located) expect(run.stderr).toContain(text);
      expect(run.stderr).not.toMatch(/internal error|RangeError/);
      // The budget of issue 13: every hostile case within 1 GB.
      expect(run.peakBytes).toBeLessThan(1024 ** 3);
    },
    (LIMITS.seconds + 5) * 1000,
  );
});
