import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRTH_VALLEY, run, useScratchFolder } from './test-run.js';

const dir = useScratchFolder('audit-stability', 'test');

/** The example with a `responded` column, the value of row `row` (1-based data row) replaced by `bad`. */
function withResponded(bad?: { row: number; value: string }): string {
  const copy = join(dir(), 'firth');
  cpSync(FIRTH_VALLEY, copy, { recursive: true });
  const lines = readFileSync(join(copy, 'actors.csv'), 'utf8').trimEnd().split('\n');
  const out = lines.map((line, i) => {
    if (i === 0) return `${line},responded`;
    return `${line},${bad?.row === i ? bad.value : i % 3 === 0 ? 'no' : 'yes'}`;
  });
  writeFileSync(join(copy, 'actors.csv'), out.join('\n') + '\n');
  return copy;
}

describe('muster audit --stability', () => {
  it('records the resamples in the report and marks each finding in Markdown', async () => {
    const json = await run([
      'audit',
      FIRTH_VALLEY,
      '-l',
      'Saltcote',
      '--stability',
      '20',
      '--missing',
      '0.3',
      '-f',
      'json',
    ]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.meta.stability).toEqual({ resamples: 20, missing: 0.3, seed: 1, drops: 'actors' });
    expect(report.localities[0].findings.every((f: { stability?: number }) => typeof f.stability === 'number')).toBe(
      true,
    );
    const md = await run(['audit', FIRTH_VALLEY, '-l', 'Saltcote', '--stability', '20']);
    expect(md.stdout).toMatch(/holds in \d+ % of resamples/);
  });

  it('writes a byte-identical report for the same seed, on one thread or several', async () => {
    const args = ['audit', FIRTH_VALLEY, '--stability', '15', '-f', 'json', '--seed', '4'];
    const one = await run([...args, '--threads', '1']);
    const again = await run([...args, '--threads', '1']);
    const three = await run([...args, '--threads', '3']);
    expect(again.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).meta.stability.seed).toBe(4);
  });

  it('perturbs only non-respondents when the dataset has a responded column', async () => {
    const result = await run(['audit', withResponded(), '--stability', '5', '-f', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).meta.stability.drops).toBe('non-respondent-ties');
  });

  it('fails on findings only as stable as asked', async () => {
    const args = ['audit', FIRTH_VALLEY, '-l', 'Saltcote', '--stability', '10'];
    expect((await run([...args, '--fail-on', 'findings@0.5'])).code).toBe(1);
    expect((await run([...args, '--missing', '0', '--fail-on', 'findings@1'])).code).toBe(1);
    expect(
      (await run(['audit', FIRTH_VALLEY, '-l', 'Kelderbridge', '--stability', '10', '--fail-on', 'findings@0.5'])).code,
    ).toBe(0);
    expect((await run(['audit', FIRTH_VALLEY, '--stability', '10', '--fail-on', 'missing@1'])).code).toBe(1);
  });

  it('refuses a bad responded value with exit 2, writing nothing', async () => {
    const out = join(dir(), 'r.md');
    const bad = await run(['audit', withResponded({ row: 4, value: 'maybe' }), '--stability', '3', '--out', out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('actors.csv');
    expect(bad.stderr).toContain('row 5');
    expect(bad.stderr).toContain('responded');
    expect(bad.stderr).toContain('maybe');
    expect(existsSync(out)).toBe(false);
  });
});
