/**
 * The embed example in headless chromium: the map draws, the legend lists
 * roles with counts and missing ones, search focuses an actor, a flow
 * plays in adoption order, PNG export works, and the page stays usable at
 * 320 px. Skipped (with a message) only when /usr/bin/chromium is absent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultProfile } from '@muster/core';
import type { ClusterViewer } from '../src/types.js';
import {
  buildBundle,
  hasChromium,
  inkedPixels,
  launch,
  REPO,
  serveStatic,
  type Browser,
  type StaticServer,
} from './harness.js';

if (!hasChromium) console.warn('browser tests skipped: /usr/bin/chromium is not installed (apt-get install chromium)');

const flow = JSON.parse(readFileSync(join(REPO, 'examples/embed/firth-valley-rkw.json'), 'utf8')) as {
  adoptions: { actor: string }[];
};
const dataset = JSON.parse(readFileSync(join(REPO, 'examples/embed/firth-valley.json'), 'utf8')) as {
  actors: { id: string; name: string }[];
};

/** Waits for the element's viewer. */
async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = document.querySelector('muster-map') as (HTMLElement & { viewer: unknown }) | null;
    return map?.viewer != null && map.shadowRoot?.querySelector('[data-ready="true"]') != null;
  });
}

const root = (page: Page) => page.locator('muster-map [data-muster-viewer]');

describe.skipIf(!hasChromium)('the embed page in chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    buildBundle();
    server = await serveStatic(REPO);
    browser = await launch();
    page = browser.page;
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.origin}/examples/embed/index.html`);
    await ready(page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws the network on the canvas', async () => {
    const stage = page.locator('muster-map .mv-stage');
    const shot = await stage.screenshot();
    const inked = await inkedPixels(page, shot);
    const box = (await stage.boundingBox())!;
    // Hundreds of coloured nodes and ties: well over 1% of the stage is not white.
    expect(inked).toBeGreaterThan(box.width * box.height * 0.01);
  });

  it('lists every role with its count, and the roles Hollinwell misses', async () => {
    await page.evaluate(() => document.querySelector('muster-map')!.setAttribute('locality', 'Hollinwell'));
    await expect.poll(() => root(page).getAttribute('data-locality')).toBe('Hollinwell');
    const rows = await page.locator('muster-map .mv-legend button').evaluateAll((buttons) =>
      buttons.map((b) => ({
        role: b.getAttribute('data-role'),
        count: Number(b.getAttribute('data-count')),
        missing: b.hasAttribute('data-missing'),
        text: b.textContent,
      })),
    );
    expect(rows.map((r) => r.role)).toEqual(defaultProfile().roles.map((role) => role.id));
    const missing = rows.filter((r) => r.missing).map((r) => r.role);
    expect(missing).toEqual(['service-designer', 'investor', 'change-expert']);
    for (const row of rows.filter((r) => r.missing)) {
      expect(row.count).toBe(0);
      expect(row.text).toContain('missing');
    }
    expect(rows.find((r) => r.role === 'researcher')!.count).toBe(1);
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(45);
  });

  it('search focuses an actor', async () => {
    const hw40 = dataset.actors.find((a) => a.id === 'hw40')!;
    const search = page.locator('muster-map input[type=search]');
    await search.fill(hw40.name.slice(0, 5));
    await page.locator('muster-map .mv-results button').first().waitFor();
    await search.fill(hw40.name);
    await search.press('Enter');
    await expect.poll(() => root(page).getAttribute('data-focus')).toBe('hw40');
    expect(await page.locator('muster-map .mv-info [data-field=name]').textContent()).toBe(hw40.name);
  });

  it('plays a flow: adopters light up in adoption order', async () => {
    await page.evaluate(() => {
      const map = document.querySelector('muster-map') as HTMLElement & { viewer: ClusterViewer };
      map.setAttribute('locality', 'Saltcote');
      map.viewer.focusActor(null);
      (window as unknown as { seen: string[] }).seen = [];
      const target = map.shadowRoot!.querySelector('[data-muster-viewer]') as HTMLElement;
      new MutationObserver(() => {
        const last = target.dataset.lastAdopted;
        const seen = (window as unknown as { seen: string[] }).seen;
        if (last && seen[seen.length - 1] !== last) seen.push(last);
      }).observe(target, { attributes: true, attributeFilter: ['data-last-adopted'] });
    });
    await page.locator('muster-map button[data-control=play]').click();
    await expect.poll(() => root(page).getAttribute('data-playing')).toBe('true');
    await expect
      .poll(async () => Number(await root(page).getAttribute('data-adopted-count')), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(4);
    await page.locator('muster-map button[data-control=play]').click(); // pause
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    const order = flow.adoptions.map((a) => a.actor);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen).toEqual(order.slice(0, seen.length));
    // Stepping by the handle shows exactly the first k adopters.
    const states = await page.evaluate((n) => {
      const map = document.querySelector('muster-map') as HTMLElement & { viewer: ClusterViewer };
      const out: string[][] = [];
      for (let k = 0; k <= n; k++) {
        map.viewer.setTime(k);
        out.push(map.viewer.getState().adopted);
      }
      return out;
    }, order.length);
    states.forEach((adopted, k) => expect(adopted).toEqual(order.slice(0, k)));
    expect(await page.locator('muster-map .mv-date').textContent()).toContain(
      `${order.length} of ${order.length} adopted`,
    );
  });

  it('exports the view as a PNG', async () => {
    const bytes = await page.evaluate(async () => {
      const map = document.querySelector('muster-map') as HTMLElement & { viewer: ClusterViewer };
      const blob = await map.viewer.exportImage();
      return { type: blob.type, head: [...new Uint8Array(await blob.arrayBuffer()).slice(0, 8)], size: blob.size };
    });
    expect(bytes.type).toBe('image/png');
    expect(bytes.head).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.size).toBeGreaterThan(2_000);
  });

  it('shows audit findings: failing role links that highlight on click, ringed brokers', async () => {
    const link = page.locator('muster-map [data-list=links] button').first();
    await link.waitFor();
    const key = await link.getAttribute('data-link');
    await link.click();
    const pressed = page.locator(`muster-map [data-list=links] button[data-link="${key}"]`);
    expect(await pressed.getAttribute('aria-pressed')).toBe('true');
    await page.locator('muster-map [data-list=brokers] button').first().waitFor();
  });

  it('controls are reachable by keyboard with a visible focus ring', async () => {
    await page.locator('muster-map input[type=search]').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = document.querySelector('muster-map')!.shadowRoot!.activeElement as HTMLElement;
      const style = getComputedStyle(active);
      return { tag: active.tagName, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focused.tag).toBe('SELECT');
    expect(focused.outline).toBe('solid');
    expect(focused.width).toBe('3px');
  });

  it('fetches only the page, the bundle and the three data files (and starts its layout worker from a blob)', () => {
    // The layout worker's script is a blob: URL the page made itself: nothing from the network.
    const workers = requests.filter((u) => u.startsWith('blob:'));
    expect(workers.every((u) => u.startsWith(`blob:${server.origin}/`))).toBe(true);
    const fetched = requests.filter((u) => !u.startsWith('blob:'));
    const paths = [...new Set(fetched.map((u) => new URL(u).pathname))].sort();
    expect(fetched.every((u) => u.startsWith(server.origin))).toBe(true);
    expect(paths).toEqual([
      '/examples/embed/firth-valley-audit.json',
      '/examples/embed/firth-valley-rkw.json',
      '/examples/embed/firth-valley.json',
      '/examples/embed/index.html',
      '/packages/viewer/dist/muster-map.js',
    ]);
  });

  it('fits a 320 px wide screen', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.waitForTimeout(300);
    const widths = await page.evaluate(() => {
      const map = document.querySelector('muster-map') as HTMLElement;
      const inner = map.shadowRoot!.querySelector('.mv-root') as HTMLElement;
      return {
        page: document.documentElement.scrollWidth,
        map: map.getBoundingClientRect().width,
        inner: inner.scrollWidth,
      };
    });
    expect(widths.page).toBeLessThanOrEqual(320);
    expect(widths.inner).toBeLessThanOrEqual(Math.ceil(widths.map));
    const shot = await page.locator('muster-map .mv-stage').screenshot();
    expect(await inkedPixels(page, shot)).toBeGreaterThan(500);
    await page.setViewportSize({ width: 1100, height: 760 });
  });
});
