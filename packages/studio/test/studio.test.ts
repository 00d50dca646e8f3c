/**
 * Muster Studio in chromium, as a user gets it: `muster studio --out DIR`,
 * DIR/index.html opened from a file:// URL, the Firth Valley files given
 * to its file input. The audit and the map appear, bad input is listed
 * with its locations, the downloads equal `muster audit`'s output byte for
 * byte, the main path works from the keyboard, and no request leaves the page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hasChromium, inkedPixels, launch, REPO, type Browser } from '../../viewer/test/harness.js';
import { run } from '../../cli/src/test-run.js';
import { FIRTH_FILES, writeBrokenActors, writeLaterWave } from './firth-files.js';

const FIRTH = join(REPO, 'examples/firth-valley');
const KEY = 'a long test secret, 2026';

describe.skipIf(!hasChromium)('Muster Studio from a file URL', () => {
  let browser: Browser;
  let work: string;
  let url: string;
  let requests: string[];

  beforeAll(async () => {
    execFileSync(process.execPath, [join(REPO, 'packages/studio/scripts/build.mjs')], { stdio: 'pipe' });
    work = mkdtempSync(join(tmpdir(), 'muster-studio-'));
    const written = await run(['studio', '--out', join(work, 'studio')]);
    expect(written.code, written.stderr).toBe(0);
    url = pathToFileURL(join(work, 'studio', 'index.html')).href;
    browser = await launch({ width: 1280, height: 900 });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  beforeEach(async () => {
    requests = [];
    browser.page.removeAllListeners('request');
    browser.page.on('request', (request) => requests.push(request.url()));
    await browser.page.goto(url);
  });

  /** Every request the page made was for itself or its own blob: URLs: nothing went to a network. */
  function expectNoNetwork(): void {
    expect(requests.length).toBeGreaterThan(0);
    for (const address of requests) expect(new URL(address).protocol).toMatch(/^(file|blob|data):$/);
  }

  async function auditShown(page: Page): Promise<string> {
    await page.waitForFunction(() => document.getElementById('map')?.dataset.state === 'ready', null, {
      timeout: 60_000,
    });
    return page.frameLocator('#report').locator('body').innerText();
  }

  async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    return readFileSync((await download.path())!, 'utf8');
  }

  it('takes the Firth Valley files, shows the audit and draws the map, with no network', async () => {
    const { page } = browser;
    expect(await page.locator('#privacy').innerText()).toContain('Your data stays on this computer');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("connect-src 'none'");
    await page.setInputFiles('#files', FIRTH_FILES);
    const report = await auditShown(page);
    expect(report).toMatch(/Hollinwell\s+78\s+45\s+159\s+Service designers, Investors, Change experts/);
    const map = await page.locator('#map canvas').first().screenshot();
    expect(await inkedPixels(page, map)).toBeGreaterThan(2000);
    expectNoNetwork();
  }, 90_000);

  it('takes files dropped on the drop zone', async () => {
    const { page } = browser;
    const files = FIRTH_FILES.map((path) => [path.split('/').at(-1)!, readFileSync(path, 'utf8')]);
    const dataTransfer = await page.evaluateHandle((entries) => {
      const transfer = new DataTransfer();
      for (const [name, text] of entries) transfer.items.add(new File([text!], name!));
      return transfer;
    }, files);
    await page.dispatchEvent('#drop', 'drop', { dataTransfer });
    expect(await auditShown(page)).toContain('Hollinwell');
    expectNoNetwork();
  }, 90_000);

  it('lists every problem of a broken actors.csv, located, and keeps the good data to go back to', async () => {
    const { page } = browser;
    await page.setInputFiles('#files', FIRTH_FILES);
    await auditShown(page);
    const broken = join(work, 'broken');
    mkdirSync(broken, { recursive: true });
    await page.setInputFiles('#files', [writeBrokenActors(broken)]);
    await page.locator('#issues').waitFor();
    // The same problems as muster validate finds in the folder with this actors.csv.
    for (const file of FIRTH_FILES.slice(1)) writeFileSync(join(broken, file.split('/').at(-1)!), readFileSync(file));
    const cli = await run(['validate', broken]);
    expect(cli.stderr).toContain('12 problems in the input');
    expect(await page.locator('#issues-h').innerText()).toBe('12 problems in the input');
    const rows = (await page.locator('#issues-table tbody tr').allInnerTexts()).join('\n');
    expect(rows).toContain(
      "actors.csv\t4\trole\tpolitican\tunknown role 'politican' for profile 'public-service-innovation'\tdid you mean 'politician'?",
    );
    expect(rows).toContain("actors.csv\t5\tid\tkb03\tthe actor id 'kb03' is used twice");
    expect(rows).toMatch(/ties\.csv\t24\tsource\tkb04\t/);
    expect(await page.locator('#work').isVisible()).toBe(false);
    await page.locator('#revert').click();
    expect(await auditShown(page)).toContain('Hollinwell');
    expect(await page.locator('#issues').isVisible()).toBe(false);
    expectNoNetwork();
  }, 90_000);

  it('downloads the JSON, Markdown, CSV and HTML reports byte-identical to muster audit', async () => {
    const { page } = browser;
    await page.setInputFiles('#files', FIRTH_FILES);
    await auditShown(page);
    for (const format of ['json', 'md', 'csv', 'html'] as const) {
      const file = await downloaded(page, () => page.locator(`button[data-export="${format}"]`).click());
      const cli = await run(['audit', FIRTH, '--format', format, ...(format === 'html' ? ['--without-map'] : [])]);
      expect(cli.code, cli.stderr).toBe(0);
      expect(file === cli.stdout, `the ${format} report differs from the CLI's`).toBe(true);
    }
    expectNoNetwork();
  }, 90_000);

  it('downloads the dataset as muster convert writes it, and the map as a drawn PNG', async () => {
    const { page } = browser;
    await page.setInputFiles('#files', FIRTH_FILES);
    await auditShown(page);
    const json = await downloaded(page, () => page.locator('button[data-export="dataset.json"]').click());
    const converted = join(work, 'converted.json');
    expect((await run(['convert', FIRTH, converted, '--force'])).code).toBe(0);
    expect(json === readFileSync(converted, 'utf8')).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
    expect(download.suggestedFilename()).toBe('map.png');
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(await inkedPixels(page, png)).toBeGreaterThan(2000);
    expectNoNetwork();
  }, 90_000);

  it('plays an idea on the map, downloads its flow as muster flow writes it, and simulates it with progress', async () => {
    const { page } = browser;
    await page.setInputFiles('#files', FIRTH_FILES);
    await auditShown(page);
    await page.selectOption('#idea', 'cwb');
    await expect.poll(() => page.locator('#flow-text').innerText()).toContain('# Idea flow: Community wealth building');
    // The map's own player now holds the idea's adoptions.
    await expect.poll(() => page.locator('#map').getByRole('button', { name: /play/i }).count()).toBeGreaterThan(0);
    for (const format of ['json', 'md'] as const) {
      const file = await downloaded(page, () => page.locator(`button[data-export="flow.${format}"]`).click());
      const cli = await run(['flow', FIRTH, '--idea', 'cwb', '--format', format]);
      expect(file === cli.stdout, `the flow ${format} differs from the CLI's`).toBe(true);
    }
    // Cancel at once: on a small dataset the simulation would end before a second click could land.
    await page.evaluate(() => {
      document.getElementById('simulate')!.click();
      document.getElementById('sim-cancel')!.click();
    });
    await expect.poll(() => page.locator('#sim-status').innerText()).toBe('Simulation cancelled.');
    await page.locator('#simulate').click();
    await expect.poll(() => page.locator('#sim-status').innerText(), { timeout: 60_000 }).toBe('Simulated.');
    const cli = await run(['flow', FIRTH, '--idea', 'cwb', '--simulate']);
    expect(await page.locator('#flow-text').textContent()).toBe(cli.stdout);
    await page.locator('#what-if').click();
    await expect.poll(() => page.locator('#flow-text').textContent(), { timeout: 60_000 }).not.toBe(cli.stdout);
    await expect.poll(() => page.locator('#sim-status').innerText(), { timeout: 60_000 }).toBe('Simulated.');
    const whatIf = await run(['flow', FIRTH, '--idea', 'cwb', '--what-if-introductions']);
    expect(await page.locator('#flow-text').textContent()).toBe(whatIf.stdout);
    expectNoNetwork();
  }, 120_000);

  it('pseudonymises before export with the typed key, as muster audit --pseudonymise does', async () => {
    const { page } = browser;
    await page.setInputFiles('#files', FIRTH_FILES);
    await auditShown(page);
    await page.locator('#pseudonymise').check();
    await page.locator('#key').fill('too short');
    await page.locator('button[data-export="json"]').click();
    await expect.poll(() => page.locator('#export-error').innerText()).toContain('too weak');
    await page.locator('#key').fill(KEY);
    const file = await downloaded(page, () => page.locator('button[data-export="json"]').click());
    const cli = await run(['audit', FIRTH, '--format', 'json', '--pseudonymise'], {
      env: { NO_COLOR: '1', MUSTER_PSEUDONYM_KEY: KEY },
    });
    expect(file === cli.stdout).toBe(true);
    expect(file).not.toContain('Niamh Varley');
  }, 90_000);

  it('compares a later wave as muster diff does, and downloads the diff byte-identical to it', async () => {
    const { page } = browser;
    await page.setInputFiles('#files', FIRTH_FILES);
    await auditShown(page);
    const later = join(work, 'later');
    mkdirSync(later, { recursive: true });
    const files = writeLaterWave(later);
    await page.setInputFiles('#later-files', files);
    const diff = page.locator('#diff');
    await expect.poll(() => diff.innerText(), { timeout: 60_000 }).toContain('Who joined');
    const text = await diff.innerText();
    expect(text).toMatch(
      /Who joined\s+Ada Quinn \(Service designers, Hollinwell\)\s+Tomasz Wren \(Investors, Hollinwell\)/,
    );
    expect(text).toMatch(/Who left\s+Rhys Cunningham \(Service users, Kelderbridge\)/);
    expect(text).toMatch(/Hollinwell\s+Stage: still multi-hub\.\s+No longer missing: Service designers, Investors\./);
    expect(await diff.locator('tr', { hasText: 'Hollinwell' }).innerText()).toMatch(
      /^Hollinwell\t45\t47\t78\t87\t\+9\t/,
    );
    for (const format of ['json', 'md'] as const) {
      const file = await downloaded(page, () => page.locator(`button[data-export="diff.${format}"]`).click());
      const cli = await run(['diff', FIRTH, later, '--format', format]);
      expect(cli.code, cli.stderr).toBe(0);
      expect(file === cli.stdout, `the diff's ${format} differs from muster diff's`).toBe(true);
    }
    // A name that is markup stays text.
    const hostile = 'Ada <img src=x onerror=alert(1)> *Quinn*';
    writeFileSync(files[0]!, readFileSync(files[0]!, 'utf8').replace('Ada Quinn', hostile));
    await page.setInputFiles('#later-files', [files[0]!]);
    await expect.poll(() => diff.innerText()).toContain(`${hostile} (Service designers, Hollinwell)`);
    expect(await diff.locator('img, script, a, em').count()).toBe(0);
    expectNoNetwork();
  }, 120_000);

  it('measures stability in its worker: the report says how often findings hold, the export equals the command', async () => {
    const { page } = browser;
    await page.setInputFiles('#files', FIRTH_FILES);
    expect(await auditShown(page)).not.toContain('holds in');
    await page.locator('#resamples').fill('10');
    await page.locator('#resamples').dispatchEvent('change');
    const report = page.frameLocator('#report').locator('body');
    await expect.poll(() => report.innerText(), { timeout: 60_000 }).toMatch(/holds in \d+ % of resamples/);
    const file = await downloaded(page, () => page.locator('button[data-export="json"]').click());
    const cli = await run(['audit', FIRTH, '--stability', '10', '--missing', '0.2', '--format', 'json']);
    expect(cli.code, cli.stderr).toBe(0);
    expect(file === cli.stdout, "the audit with stability differs from the command's").toBe(true);
  }, 120_000);

  it('works from the keyboard: pick a locality, download its report', async () => {
    const { page } = browser;
    await page.setInputFiles('#files', FIRTH_FILES);
    await auditShown(page);
    await page.locator('#files').focus();
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'locality'; i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('locality');
    await page.keyboard.type('Hollinwell');
    await expect.poll(() => page.locator('#locality').inputValue()).toBe('Hollinwell');
    await expect.poll(() => page.frameLocator('#report').locator('h1').innerText()).toContain('cluster audit');
    await page.locator('#pseudonymise').focus();
    let focused = '';
    for (let i = 0; i < 10 && focused !== 'json'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.export ?? '');
    }
    const file = await downloaded(page, () => page.keyboard.press('Enter'));
    const cli = await run(['audit', FIRTH, '--format', 'json', '--locality', 'Hollinwell']);
    expect(file === cli.stdout).toBe(true);
  }, 90_000);
});

describe.skipIf(!hasChromium)('Muster Studio written with a dataset', () => {
  let browser: Browser;
  let work: string;

  beforeAll(async () => {
    execFileSync(process.execPath, [join(REPO, 'packages/studio/scripts/build.mjs')], { stdio: 'pipe' });
    work = mkdtempSync(join(tmpdir(), 'muster-studio-preload-'));
    browser = await launch({ width: 1280, height: 900 });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('opens on the embedded dataset, pseudonymised when asked', async () => {
    const out = join(work, 'studio');
    const written = await run(['studio', FIRTH, '--out', out, '--pseudonymise'], {
      env: { NO_COLOR: '1', MUSTER_PSEUDONYM_KEY: KEY },
    });
    expect(written.code, written.stderr).toBe(0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).not.toContain('Niamh Varley');
    const { page } = browser;
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    await page.waitForFunction(() => document.getElementById('map')?.dataset.state === 'ready', null, {
      timeout: 60_000,
    });
    expect(await page.frameLocator('#report').locator('body').innerText()).toContain('Hollinwell');
  }, 90_000);
});
