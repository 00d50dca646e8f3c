import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetToJson, parseDatasetJson } from '@muster/core';
import { readDataset } from '@muster/formats/node';
import { mapServer } from './serve.js';
import { studioPage, withDataset } from './studio-page.js';
import { FIRTH_VALLEY, run, useScratchFolder } from './test-run.js';

const BUILD = fileURLToPath(new URL('../../studio/scripts/build.mjs', import.meta.url));
const KEY = 'a long test secret, 2026';
const dir = useScratchFolder('studio');

/** The JSON in the page's preload block, parsed. */
function preloaded(html: string): unknown {
  const match = /<script type="application\/json" id="muster-preload">([\s\S]*?)<\/script>/.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]!);
}

beforeAll(() => {
  execFileSync(process.execPath, [BUILD], { stdio: 'pipe' });
}, 60_000);

describe('muster studio', () => {
  it('writes the studio folder: one index.html, without data unless given', async () => {
    const out = join(dir(), 'empty');
    const ran = await run(['studio', '--out', out]);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stderr).toContain(`open ${out}/index.html in a browser`);
    expect(readdirSync(out)).toEqual(['index.html']);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toBe(studioPage());
    expect(html).not.toContain('id="muster-preload"');
  });

  it('embeds a dataset as the JSON core writes, and pseudonymises it when asked', async () => {
    const out = join(dir(), 'firth');
    expect((await run(['studio', FIRTH_VALLEY, '--out', out])).code).toBe(0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(preloaded(html)).toEqual(JSON.parse(datasetToJson(readDataset(FIRTH_VALLEY))));
    const hidden = join(dir(), 'hidden');
    const ran = await run(['studio', FIRTH_VALLEY, '--out', hidden, '--pseudonymise'], {
      env: { NO_COLOR: '1', MUSTER_PSEUDONYM_KEY: KEY },
    });
    expect(ran.code, ran.stderr).toBe(0);
    const page = readFileSync(join(hidden, 'index.html'), 'utf8');
    expect(page).not.toContain('Niamh Varley');
    expect(parseDatasetJson(JSON.stringify(preloaded(page))).actors).toHaveLength(169);
  });

  it('never lets data end its block or the page: names are escaped', async () => {
    const data = join(dir(), 'hostile');
    mkdirSync(data);
    const name = '</script><script>alert(1)</script><!--';
    writeFileSync(join(data, 'actors.csv'), `id,name,role,locality\na,"${name}",politician,X\nb,Bo,researcher,X\n`);
    writeFileSync(join(data, 'ties.csv'), 'source,target\na,b\n');
    const out = join(dir(), 'hostile-out');
    expect((await run(['studio', data, '--out', out])).code).toBe(0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).not.toContain(name);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect((preloaded(html) as { actors: { name: string }[] }).actors[0]!.name).toBe(name);
    expect(() => withDataset(studioPage(), '{ not json')).toThrow();
  });

  it('refuses what cannot be done, writing nothing', async () => {
    expect((await run(['studio'])).stderr).toContain('give --out DIR to write the studio, or --serve');
    expect((await run(['studio', '--out', join(dir(), 'x'), '--serve'])).code).toBe(2);
    expect((await run(['studio', '--serve', '--port', '99999'])).code).toBe(2);
    expect((await run(['studio', '--out', join(dir(), 'y'), '--profile', 'multi-agency-care'])).code).toBe(2);
    expect(existsSync(join(dir(), 'y'))).toBe(false);
    const bad = await run(['studio', join(dir(), 'nothing-here'), '--out', join(dir(), 'z')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('there is no such file or folder');
    expect(existsSync(join(dir(), 'z'))).toBe(false);
    const out = join(dir(), 'twice');
    expect((await run(['studio', '--out', out])).code).toBe(0);
    expect((await run(['studio', '--out', out])).code).toBe(2);
    expect((await run(['studio', '--out', out, '--force'])).code).toBe(0);
  });

  it('is served with its CSP as a header: no network, no framing', async () => {
    const server = mapServer(studioPage());
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.status).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("connect-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(await response.text()).toBe(studioPage());
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});
