import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIRTH_VALLEY, run, useScratchFolder } from './test-run.js';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

const scratch = useScratchFolder('writes');

function muster(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1', ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('muster convert: two writers, one destination', () => {
  it(
    'lets exactly one of two concurrent --force writers succeed; the other says why',
    { timeout: 30_000 },
    async () => {
      const out = join(scratch(), 'race');
      // The first holds the lock for a while; the second starts once the lock is there, so the two surely overlap.
      const first = muster(['convert', FIRTH_VALLEY, out, '--force'], { MUSTER_TEST_PAUSE_AT: 'locked:5000' });
      await until(() => existsSync(join(scratch(), '.race.lock')));
      const results = await Promise.all([first, muster(['convert', FIRTH_VALLEY, out, '--force'])]);
      expect(results.map((r) => r.code).sort()).toEqual([0, 2]);
      expect(results.find((r) => r.code === 2)!.stderr).toMatch(
        /another Muster process \(pid \d+\) is writing to this path/,
      );
      expect(readdirSync(scratch()).filter((e) => e.startsWith('.'))).toEqual([]);
    },
  );

  it('reports, on the next run, what a killed --force replacement left, and the dataset is whole', async () => {
    const out = join(scratch(), 'killed');
    expect((await run(['convert', FIRTH_VALLEY, out])).code).toBe(0);
    const killed = await muster(['convert', FIRTH_VALLEY, out, '--force'], { MUSTER_TEST_KILL_AT: 'aside' });
    expect(killed.code).toBe(null);
    const next = await run(['convert', FIRTH_VALLEY, out, '--force']);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toContain('which an interrupted write had moved aside');
    expect((await run(['validate', out])).code).toBe(0);
    expect(readdirSync(scratch()).filter((e) => e.startsWith('.'))).toEqual([]);
  });
});
