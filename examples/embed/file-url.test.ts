/**
 * The embed example opened from disk (a file:// address), where browsers
 * refuse to let it read its JSON files: the page says so itself, and how
 * to serve it; served, it says nothing of the kind.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildBundle,
  hasChromium,
  launch,
  REPO,
  serveStatic,
  type Browser,
  type StaticServer,
} from '../../packages/viewer/test/harness.js';

describe.skipIf(!hasChromium)('the embed example from a file URL', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    buildBundle();
    browser = await launch();
    server = await serveStatic(REPO);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says on the page why it needs a server and how to start one', async () => {
    const { page } = browser;
    await page.goto(pathToFileURL(join(REPO, 'examples/embed/index.html')).href);
    const note = page.locator('#file-note');
    expect(await note.isVisible()).toBe(true);
    const text = await note.innerText();
    expect(text).toContain('This page needs a web server.');
    expect(text).toContain('npx serve .');
    expect(text).toContain('muster view examples/firth-valley --audit --out map.html');
  });

  it('shows no such note when served', async () => {
    const { page } = browser;
    await page.goto(`${server.origin}/examples/embed/index.html`);
    expect(await page.locator('#file-note').isVisible()).toBe(false);
  });
});
