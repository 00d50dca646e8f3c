import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WRITE_PHASES, writeAtomically } from './atomic.js';
import { MusterInputError } from '@muster/core';

const ATOMIC = fileURLToPath(new URL('../dist/atomic.js', import.meta.url));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'muster-atomic-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes in a child process, with the test hooks in its environment; resolves with its exit code or signal. */
function childWrite(
  path: string,
  content: string | Record<string, string>,
  env: Record<string, string>,
  force = true,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const script = `import { writeAtomically } from ${JSON.stringify(ATOMIC)};
try { writeAtomically(${JSON.stringify(path)}, ${JSON.stringify(content)}, { force: ${force} }); }
catch (e) { process.stderr.write(String(e.issues?.[0]?.code ?? e)); process.exit(2); }`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}

const hidden = (folder: string): string[] => readdirSync(folder).filter((e) => e.startsWith('.'));

describe('writeAtomically', () => {
  it('writes a file and a folder, refuses to replace without force, and leaves nothing beside them', () => {
    const file = join(dir, 'one', 'out.json');
    writeAtomically(file, '{"a":1}');
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}');
    expect(() => writeAtomically(file, 'x')).toThrow(MusterInputError);
    writeAtomically(file, 'new', { force: true });
    expect(readFileSync(file, 'utf8')).toBe('new');
    const folder = join(dir, 'one', 'data');
    writeAtomically(folder, { 'a.csv': 'old' });
    writeAtomically(folder, { 'b.csv': 'new' }, { force: true });
    expect(readdirSync(folder)).toEqual(['b.csv']);
    expect(hidden(join(dir, 'one'))).toEqual([]);
  });

  it('refuses while another live process holds the lock, and takes over a dead one’s lock', () => {
    const folder = join(dir, 'locked');
    mkdirSync(folder);
    writeFileSync(join(folder, '.out.json.lock'), String(process.ppid));
    try {
      writeAtomically(join(folder, 'out.json'), 'x');
      expect.unreachable();
    } catch (error) {
      expect((error as MusterInputError).issues[0]!.code).toBe('output-locked');
      expect((error as MusterInputError).issues[0]!.message).toContain(`pid ${process.ppid}`);
    }
    writeFileSync(join(folder, '.out.json.lock'), '999999999');
    writeAtomically(join(folder, 'out.json'), 'x');
    expect(hidden(folder)).toEqual([]);
  });

  it('lets exactly one of two concurrent writers succeed', { timeout: 20_000 }, async () => {
    const folder = join(dir, 'race');
    mkdirSync(folder);
    const path = join(folder, 'out');
    // The first holds the lock for a while; the second starts once the lock is there, so the two surely overlap.
    const first = childWrite(path, { 'a.csv': 'first' }, { MUSTER_TEST_PAUSE_AT: 'locked:3000' });
    while (!existsSync(join(folder, '.out.lock'))) await new Promise((resolve) => setTimeout(resolve, 20));
    const results = await Promise.all([first, childWrite(path, { 'a.csv': 'second' }, {})]);
    expect(results.map((r) => r.code).sort()).toEqual([0, 2]);
    expect(results.find((r) => r.code === 2)!.stderr).toBe('output-locked');
    expect(readFileSync(join(path, 'a.csv'), 'utf8')).toBe('first');
    expect(hidden(folder)).toEqual([]);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`obeys ${signal} only once the write is whole, and leaves no temporary file`, async () => {
      const folder = join(dir, `signal-${signal}`);
      mkdirSync(folder);
      const path = join(folder, 'out');
      writeAtomically(path, { 'a.csv': 'old' });
      const script = `import { writeAtomically } from ${JSON.stringify(ATOMIC)};
writeAtomically(${JSON.stringify(path)}, { 'a.csv': 'new' }, { force: true });
setTimeout(() => process.exit(0), 2000);`;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, MUSTER_TEST_PAUSE_AT: 'staged:800' },
      });
      const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_, sig) => resolve(sig)));
      while (!existsSync(join(folder, `.out.${child.pid}.tmp`))) await new Promise((r) => setTimeout(r, 10));
      child.kill(signal);
      // The signal ends the process (it does not wait for the 2 s timer), but only after the write.
      expect(await ended).toBe(signal);
      expect(readFileSync(join(path, 'a.csv'), 'utf8')).toBe('new');
      expect(hidden(folder)).toEqual([]);
    });
  }

  for (const form of ['file', 'folder'] as const) {
    // A file is replaced by one rename: it is never moved aside.
    for (const phase of WRITE_PHASES.filter((p) => form === 'folder' || p !== 'aside')) {
      it(`killed at '${phase}' replacing a ${form}, leaves the old or the new output whole, and the next write cleans up`, async () => {
        const folder = join(dir, `kill-${form}-${phase}`);
        mkdirSync(folder);
        const path = join(folder, form === 'file' ? 'out.json' : 'out');
        const old = form === 'file' ? 'old' : { 'a.csv': 'old', 'b.csv': 'old' };
        const neu = form === 'file' ? 'new' : { 'a.csv': 'new', 'b.csv': 'new' };
        writeAtomically(path, old);
        const killed = await childWrite(path, neu, { MUSTER_TEST_KILL_AT: phase });
        expect(killed.signal).toBe('SIGKILL');
        const read = (): unknown =>
          form === 'file'
            ? readFileSync(path, 'utf8')
            : Object.fromEntries(readdirSync(path).map((n) => [n, readFileSync(join(path, n), 'utf8')]));
        const notices: string[] = [];
        if (existsSync(path)) {
          expect([old, neu]).toContainEqual(read());
        } else {
          // Killed between moving the old folder aside and moving the new one in: the old one is kept aside.
          expect([form, phase]).toEqual(['folder', 'aside']);
        }
        // The next write (refused here: no --force) still cleans up and puts back what was moved aside.
        expect(() => writeAtomically(path, neu, { notice: (m) => notices.push(m) })).toThrow(MusterInputError);
        expect(hidden(folder)).toEqual([]);
        expect([old, neu]).toContainEqual(read());
        if (phase === 'aside') expect(read()).toEqual(old);
        expect(notices.length).toBeGreaterThan(0);
      });
    }
  }
});
