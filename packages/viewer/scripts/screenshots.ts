/**
 * Screenshots for docs/viewer.md, taken from the real embed page in
 * headless chromium: the whole map with the audit, Hollinwell's legend with
 * its missing roles, and the key-worker model's flow half played.
 *
 *   pnpm --filter @muster/viewer build
 *   node --conditions=@muster/source --import tsx packages/viewer/scripts/screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterViewer } from '../src/types.js';
import { launch, mapReady, REPO, serveStatic } from '../test/harness.js';

const out = join(REPO, 'docs/images');
mkdirSync(out, { recursive: true });
const server = await serveStatic(REPO);
const browser = await launch({ width: 760, height: 560 });
const { page } = browser;
await page.addInitScript('window.__name = (f) => f');
await page.goto(`${server.origin}/examples/embed/index.html`);
await page.addStyleTag({ content: 'main{padding:0!important}h1,p{display:none}muster-map{height:540px!important}' });
await mapReady(page);
const map = page.locator('muster-map');
const act = async (step: (viewer: ClusterViewer) => void): Promise<void> => {
  await page.evaluate(`(${step.toString()})(document.querySelector('muster-map').viewer)`);
  await page.waitForTimeout(600);
};

await act((v) => v.setLocality(null));
await map.screenshot({ path: join(out, 'viewer-overview.png') });

await act((v) => {
  v.setLocality('Hollinwell');
  v.focusActor('hw40');
});
await map.screenshot({ path: join(out, 'viewer-hollinwell.png') });

await act((v) => {
  v.focusActor(null);
  v.setLocality('Saltcote');
  v.setTime(12);
});
await map.screenshot({ path: join(out, 'viewer-flow.png') });

await browser.close();
await server.close();
console.log('wrote docs/images/viewer-overview.png, viewer-hollinwell.png, viewer-flow.png');
