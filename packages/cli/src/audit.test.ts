import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRTH_VALLEY, run, useScratchFolder } from './test-run.js';

const dir = useScratchFolder('audit', 'test');

describe('muster audit', () => {
  it('prints the Markdown report of the example, summary first', async () => {
    const result = await run(['audit', FIRTH_VALLEY]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# /);
    expect(result.stdout.indexOf('## Comparison')).toBeLessThan(result.stdout.indexOf('## Kelderbridge'));
    expect(result.stdout).toContain('Service designers, Investors, Change experts');
  });

  it('prints the JSON contract, byte-identical for the same seed and different for another seed only where randomness enters', async () => {
    const a = await run(['audit', FIRTH_VALLEY, '--format', 'json', '--seed', '3']);
    const b = await run(['audit', FIRTH_VALLEY, '--format', 'json', '--seed', '3']);
    expect(a.stdout).toBe(b.stdout);
    const report = JSON.parse(a.stdout);
    expect(report).toMatchObject({ schemaVersion: 1, profile: 'public-service-innovation', meta: { seed: 3 } });
    expect(report.localities.map((l: { locality: string }) => l.locality)).toEqual([
      'Kelderbridge',
      'Hollinwell',
      'Saltcote',
    ]);
  });

  it('audits chosen localities and suggests close names for unknown ones', async () => {
    const one = JSON.parse((await run(['audit', FIRTH_VALLEY, '-l', 'Saltcote', '-f', 'json'])).stdout);
    expect(one.localities.length).toBe(1);
    const typo = await run(['audit', FIRTH_VALLEY, '--locality', 'Saltcoat']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("did you mean 'Saltcote'?");
  });

  it('writes CSV and HTML to --out, whole, and refuses to overwrite without --force', async () => {
    const csv = join(dir(), 'actors.csv');
    expect((await run(['audit', FIRTH_VALLEY, '--format', 'csv', '--out', csv])).code).toBe(0);
    expect(readFileSync(csv, 'utf8').trim().split(/\r?\n/).length).toBe(170);
    const html = join(dir(), 'report.html');
    expect((await run(['audit', FIRTH_VALLEY, '--format', 'html', '-o', html])).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/i);
    expect((await run(['audit', FIRTH_VALLEY, '--format', 'html', '-o', html])).code).toBe(2);
    expect((await run(['audit', FIRTH_VALLEY, '--format', 'html', '-o', html, '--force'])).code).toBe(0);
  });

  it('embeds the interactive map in the HTML report, its one script allowed by hash', async () => {
    const withMap = (await run(['audit', FIRTH_VALLEY, '--format', 'html'])).stdout;
    expect(withMap.includes('<muster-map')).toBe(true);
    expect(/script-src &#39;sha256-|script-src 'sha256-/.test(withMap)).toBe(true);
    const without = (await run(['audit', FIRTH_VALLEY, '--format', 'html', '--without-map'])).stdout;
    expect(without.includes('<muster-map')).toBe(false);
    expect(/<script/i.test(without)).toBe(false);
  });

  it('fails a pipeline with exit 1 on --fail-on, and passes when there is nothing to fail on', async () => {
    expect((await run(['audit', FIRTH_VALLEY, '--fail-on', 'missing'])).code).toBe(1);
    expect((await run(['audit', FIRTH_VALLEY, '-l', 'Kelderbridge', '--fail-on', 'findings'])).code).toBe(0);
    expect((await run(['audit', FIRTH_VALLEY, '-l', 'Saltcote', '--fail-on', 'findings'])).code).toBe(1);
    expect((await run(['audit', FIRTH_VALLEY, '-l', 'Saltcote', '--fail-on', 'missing'])).code).toBe(0);
  });

  it('refuses bad options and bad data with exit 2, writing nothing', async () => {
    const out = join(dir(), 'r.md');
    for (const args of [
      ['--format', 'pdf'],
      ['--seed', 'x'],
      ['--fail-on', 'all'],
      ['--betweenness', 'some'],
      ['--stability', '0'],
      ['--stability', '2.5'],
      ['--stability', 'many'],
      ['--stability', '-3'],
      ['--stability', '10', '--missing', '1'],
      ['--stability', '10', '--missing', '-0.1'],
      ['--stability', '10', '--missing', 'a fifth'],
      ['--missing', '0.2'],
      ['--fail-on', 'findings@0.8'],
      ['--stability', '10', '--fail-on', 'findings@1.5'],
      ['--stability', '10', '--fail-on', 'findings@0'],
    ]) {
      const result = await run(['audit', FIRTH_VALLEY, ...args, '--out', out]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(/--(format|seed|fail-on|betweenness|stability|missing)/);
    }
    expect((await run(['audit', join(dir(), 'nothing'), '--out', out])).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
