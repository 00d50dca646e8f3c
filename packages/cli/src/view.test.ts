import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataset } from '@muster/formats/node';
import { describe, expect, it } from 'vitest';
import { FIRTH_VALLEY, run, useScratchFolder } from './test-run.js';
import { datasetName } from './commands/view.js';

const dir = useScratchFolder('view');

describe('muster view', () => {
  it('writes one self-contained page with the data, the audit and a flow, under a strict CSP', async () => {
    const out = join(dir(), 'map.html');
    const result = await run(['view', FIRTH_VALLEY, '--audit', '--idea', 'rkw', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    // Checked as booleans: a failure message would otherwise print the whole inlined viewer.
    expect(/^<!doctype html>/i.test(html)).toBe(true);
    expect(
      /Content-Security-Policy" content="default-src &#39;none&#39;|Content-Security-Policy" content="default-src 'none'/.test(
        html,
      ),
    ).toBe(true);
    for (const part of ['<muster-map', 'id="muster-dataset"', 'id="muster-audit"', 'id="muster-flow"'])
      expect(html.includes(part), part).toBe(true);
    expect(/<script[^>]+src=/i.test(html)).toBe(false);
    expect(/<link[^>]+href=/i.test(html)).toBe(false);
    // Titled by the dataset's name, never its path.
    expect(html.includes('<title>Firth Valley: cluster map</title>')).toBe(true);
    expect(html.includes(FIRTH_VALLEY)).toBe(false);
  });

  it('stores the seeded layout in the page: byte-identical for the same seed, another for another seed', async () => {
    const positions = (html: string): string => /id="muster-positions">([^<]*)</.exec(html)?.[1] ?? '';
    const first = await run(['view', FIRTH_VALLEY]);
    const again = await run(['view', FIRTH_VALLEY]);
    const other = await run(['view', FIRTH_VALLEY, '--seed', '2']);
    expect(first.stdout.includes('positions-src="#muster-positions"')).toBe(true);
    const stored = JSON.parse(positions(first.stdout)) as { version: number; positions: Record<string, number[]> };
    expect(stored.version).toBe(1);
    expect(Object.keys(stored.positions).length).toBe(readDataset(FIRTH_VALLEY).actors.length);
    expect(again.stdout === first.stdout).toBe(true);
    expect(positions(other.stdout) === positions(first.stdout)).toBe(false);
  });

  it('takes the page title from --title, escaped', async () => {
    const out = join(dir(), 'titled.html');
    const result = await run(['view', FIRTH_VALLEY, '--title', 'Firth <Valley> & co', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(out, 'utf8').includes('<title>Firth &lt;Valley&gt; &amp; co</title>')).toBe(true);
  });

  it('names a dataset from its file or folder name', () => {
    expect(datasetName('data/firth-valley/')).toBe('Firth Valley');
    expect(datasetName('c:\\maps\\north_shore.xlsx')).toBe('North Shore');
    expect(datasetName('town.gexf')).toBe('Town');
  });

  it('holds no names when pseudonymised', async () => {
    writeFileSync(join(dir(), 'key'), 'a council secret of enough length');
    const result = await run(['view', FIRTH_VALLEY, '--audit', '--pseudonymise', '--key-file', join(dir(), 'key')]);
    expect(result.code, result.stderr).toBe(0);
    const names = readDataset(FIRTH_VALLEY).actors.map((a) => a.name);
    expect(names.filter((n) => result.stdout.includes(n))).toEqual([]);
    expect(result.stdout.includes('Person ')).toBe(true);
  });

  it('refuses an unknown idea or locality and bad options with exit 2', async () => {
    expect((await run(['view', FIRTH_VALLEY, '--idea', 'rwk'])).stderr).toContain("did you mean 'rkw'?");
    expect((await run(['view', FIRTH_VALLEY, '--locality', 'Atlantis'])).code).toBe(2);
    expect((await run(['view', FIRTH_VALLEY, '--serve', '--out', join(dir(), 'x.html')])).code).toBe(2);
    expect((await run(['view', FIRTH_VALLEY, '--port', '99999', '--serve'])).code).toBe(2);
  });
});
