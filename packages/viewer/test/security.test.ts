/**
 * Hostile data: names, organisations, localities and attributes holding
 * markup, `</script>` and quotes are shown as text in the tooltip, the
 * legend, the filters and the search results, execute nothing, and load
 * nothing — in the embedded element and in the standalone page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { renderStandaloneHtml } from '../src/standalone.js';
import { buildBundle, hasChromium, launch, serveStatic, VIEWER, type Browser, type StaticServer } from './harness.js';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '</script><script>window.__pwned=2</script>';
const QUOTES = `"'><svg onload=window.__pwned=3>`;

const hostile = {
  actors: [
    { id: 'a1', name: IMG, role: 'politician', locality: SCRIPT, organisation: QUOTES, x: 0, y: 0, note: IMG },
    { id: 'a2', name: SCRIPT, role: 'researcher', locality: SCRIPT, organisation: IMG, x: -100, y: -100 },
    { id: 'a3', name: QUOTES, role: 'service-user', locality: SCRIPT, organisation: SCRIPT, x: 100, y: 100 },
  ],
  ties: [
    { source: 'a1', target: 'a2', kind: 'collaboration' },
    { source: 'a1', target: 'a3', kind: 'advice' },
  ],
};

async function check(page: Page): Promise<void> {
  const map = page.locator('muster-map');
  // Legend and filter options show the texts as they are.
  const options = await map.locator('select[data-control=locality] option').allTextContents();
  expect(options).toContain(SCRIPT);
  // Search results.
  await map.locator('input[type=search]').fill('img');
  expect(await map.locator('.mv-results button').allTextContents()).toEqual([IMG]);
  await map.locator('input[type=search]').press('Enter');
  const info = await map.locator('.mv-info').textContent();
  expect(info).toContain(IMG);
  expect(info).toContain(QUOTES);
  expect(info).toContain(SCRIPT);
  // Tooltip: a1 sits in the middle of the stage (positions from the data).
  await map.locator('input[type=search]').press('Escape');
  await page.evaluate(() =>
    (
      document.querySelector('muster-map') as HTMLElement & { viewer: { focusActor(id: null): void } }
    ).viewer.focusActor(null),
  );
  await page.waitForTimeout(400);
  const box = (await map.locator('.mv-stage').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await map.locator('.mv-tooltip:not([hidden])').waitFor();
  expect(await map.locator('.mv-tooltip [data-field=name]').textContent()).toBe(IMG);
  expect(await map.locator('.mv-tooltip [data-field=organisation]').textContent()).toBe(QUOTES);
  // No element was made from the data anywhere.
  const made = await page.evaluate(() => {
    const root = document.querySelector('muster-map')!.shadowRoot!;
    return root.querySelectorAll('img, svg, script').length + document.querySelectorAll('img, svg').length;
  });
  expect(made).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
}

describe.skipIf(!hasChromium)('hostile data in chromium', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    buildBundle();
    server = await serveStatic(VIEWER);
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is shown as text by <muster-map> and runs nothing', async () => {
    server.files.set('/hostile/data.json', JSON.stringify(hostile));
    server.files.set(
      '/hostile/index.html',
      '<!doctype html><meta charset="utf-8"><script src="/dist/muster-map.js"></script><muster-map src="data.json"></muster-map>',
    );
    const page = await browser.context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.origin}/hostile/index.html`);
    await page.locator('muster-map [data-ready]').waitFor();
    await check(page);
    expect(requests.map((u) => new URL(u).pathname).sort()).toEqual([
      '/dist/muster-map.js',
      '/hostile/data.json',
      '/hostile/index.html',
    ]);
    await page.close();
  });

  it('is shown as text in the standalone page, under its CSP, loading nothing', async () => {
    const html = renderStandaloneHtml({
      datasetJson: JSON.stringify(hostile),
      bundle: readFileSync(join(VIEWER, 'dist/muster-map.js'), 'utf8'),
      title: IMG,
    });
    server.files.set('/standalone.html', html);
    const page = await browser.context.newPage();
    const requests: string[] = [];
    const violations: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${server.origin}/standalone.html`);
    await page.locator('muster-map [data-ready]').waitFor();
    expect(await page.title()).toBe(IMG);
    await check(page);
    expect(requests.map((u) => new URL(u).pathname)).toEqual(['/standalone.html']);
    expect(violations).toEqual([]);
    await page.close();
  });
});
