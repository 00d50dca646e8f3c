/**
 * Large maps and exports in headless chromium: positions stored with the
 * page are drawn as they are, with no layout (no worker) in the browser;
 * above the level-of-detail threshold the map opens as an overview of role
 * groups per locality, and a click on a group opens its locality; the PNG
 * export is twice the map's size in pixels; printing hides the controls.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseDatasetJson } from '@muster/core';
import type * as ViewerBundle from '../src/bundle-entry.js';
import type { ClusterViewer } from '../src/types.js';
import { displayGraph } from '../src/graph.js';
import { finishLayout, prepareLayout } from '../src/layout.js';
import { computePositions, positionsToJson } from '../src/positions.js';
import { renderStandaloneHtml } from '../src/standalone.js';
import {
  buildBundle,
  hasChromium,
  launch,
  mapReady,
  REPO,
  serveStatic,
  VIEWER,
  type Browser,
  type StaticServer,
} from './harness.js';

const datasetJson = readFileSync(join(REPO, 'examples/embed/firth-valley.json'), 'utf8');
const dataset = parseDatasetJson(datasetJson);

type MapElement = HTMLElement & { viewer: ClusterViewer };
type Bundle = { MusterViewer: typeof ViewerBundle };

/** A page with the bundle and an empty 900 × 600 box `#map` for the library. */
const LIBRARY_PAGE =
  '<!doctype html><meta charset="utf-8"><style>body{margin:0}#map{width:900px;height:600px}</style>' +
  '<script src="/dist/muster-map.js"></script><div id="map"></div>';

/** Opens the library page and draws Firth Valley with these options; resolves when ready. */
async function library(page: Page, options: object): Promise<void> {
  await page.goto(`${serverOrigin}/library.html`);
  await page.evaluate(
    async ({ text, options }) => {
      const api = (window as unknown as Bundle).MusterViewer;
      const viewer = api.createClusterViewer(document.getElementById('map')!, api.parseDatasetJson(text), options);
      (window as unknown as { viewer: ClusterViewer }).viewer = viewer;
      await viewer.ready;
    },
    { text: datasetJson, options },
  );
}

let serverOrigin = '';

describe.skipIf(!hasChromium)('large maps and exports in chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    buildBundle();
    server = await serveStatic(VIEWER);
    serverOrigin = server.origin;
    server.files.set('/library.html', LIBRARY_PAGE);
    browser = await launch({ width: 1000, height: 720 });
    page = browser.page;
    // Counts the Web Workers the page starts (the layout's is the only one).
    await page.addInitScript(() => {
      const Real = window.Worker;
      const w = window as unknown as { workers: number };
      w.workers = 0;
      window.Worker = class extends Real {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          w.workers++;
        }
      };
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws positions stored with the page as they are, with no layout in the browser', async () => {
    const positionsJson = positionsToJson(computePositions(dataset, { seed: 1 }));
    const html = renderStandaloneHtml({
      datasetJson,
      positionsJson,
      bundle: readFileSync(join(VIEWER, 'dist/muster-map.js'), 'utf8'),
      title: 'Firth Valley: cluster map',
    });
    server.files.set('/stored.html', html);
    await page.goto(`${server.origin}/stored.html`);
    await mapReady(page);
    const drawn = await page.evaluate(() => {
      const viewer = (document.querySelector('muster-map') as MapElement).viewer;
      const graph = viewer.getRenderer().getGraph();
      return {
        layout: viewer.getState().layout,
        workers: (window as unknown as { workers: number }).workers,
        positions: graph.mapNodes((key, a) => [key, a.x as number, a.y as number] as const),
      };
    });
    expect(drawn.layout).toBe('stored');
    expect(drawn.workers).toBe(0);
    const stored = (JSON.parse(positionsJson) as { positions: Record<string, [number, number]> }).positions;
    expect(drawn.positions.length).toBe(dataset.actors.length);
    for (const [key, x, y] of drawn.positions) expect([x, y]).toEqual(stored[key]);
  });

  it('lays out in a worker when no positions are stored', async () => {
    await library(page, {});
    expect(await page.evaluate(() => (window as unknown as { workers: number }).workers)).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { viewer: ClusterViewer }).viewer.getState().layout)).toBe(
      'worker',
    );
  });

  it('opens as an overview of role groups above the threshold, and a click on a group opens its locality', async () => {
    await library(page, { settings: { lod: { aggregateAbove: 100 } } });
    const before = await page.evaluate(() => {
      const viewer = (window as unknown as { viewer: ClusterViewer }).viewer;
      const sigma = viewer.getRenderer();
      const graph = sigma.getGraph();
      const group = graph.findNode((key) => key.includes('Hollinwell'))!;
      const at = sigma.framedGraphToViewport(sigma.getNodeDisplayData(group)!);
      const root = document.querySelector<HTMLElement>('[data-muster-viewer]')!;
      return {
        lod: root.dataset.lod,
        order: graph.order,
        groups: graph.filterNodes((_k, a) => 'group' in a).length,
        at,
        labels: viewer.labels().map((l) => l.text),
      };
    });
    expect(before.lod).toBe('overview');
    expect(before.groups).toBe(before.order);
    expect(before.order).toBeLessThan(dataset.actors.length / 4);
    // Groups are labelled by role and count, the largest of a locality with its name.
    expect(before.labels.some((l) => /^Hollinwell: [A-Z][a-z ]+ \d+$/.test(l))).toBe(true);
    const box = (await page.locator('#map canvas').first().boundingBox())!;
    await page.mouse.click(box.x + before.at.x, box.y + before.at.y);
    await expect
      .poll(() => page.evaluate(() => document.querySelector<HTMLElement>('[data-muster-viewer]')!.dataset.opened))
      .toBe('1');
    const after = await page.evaluate(() => {
      const graph = (window as unknown as { viewer: ClusterViewer }).viewer.getRenderer().getGraph();
      return {
        actors: graph.filterNodes((_k, a) => 'actor' in a).map((k) => k),
        hollinwellGroups: graph.filterNodes((k) => k.includes('Hollinwell')).length,
      };
    });
    const hollinwell = dataset.actors.filter((a) => a.locality === 'Hollinwell').map((a) => a.id);
    expect(after.actors.sort()).toEqual(hollinwell.sort());
    expect(after.hollinwellGroups).toBe(0);
    // No positions were given: Hollinwell alone is laid out in the worker, its actors moved from their start.
    const position = () =>
      page.evaluate(() => {
        const graph = (window as unknown as { viewer: ClusterViewer }).viewer.getRenderer().getGraph();
        return [graph.getNodeAttribute('hw01', 'x'), graph.getNodeAttribute('hw01', 'y')] as number[];
      });
    const job = prepareLayout(displayGraph(dataset, { ties: false }));
    const start = finishLayout(job, job.nodeMatrix).get('hw01')!;
    await expect
      .poll(() => page.evaluate(() => document.querySelector<HTMLElement>('[data-muster-viewer]')!.dataset.layingOut))
      .toBe('0');
    expect(await position()).not.toEqual([start.x, start.y]);
  });

  it('opens the localities an idea reached when its flow is loaded on the overview', async () => {
    const flow = JSON.parse(readFileSync(join(REPO, 'examples/embed/firth-valley-rkw.json'), 'utf8')) as {
      adoptions: { actor: string }[];
    };
    await library(page, { settings: { lod: { aggregateAbove: 100 } }, flow });
    const drawn = await page.evaluate(() => {
      const graph = (window as unknown as { viewer: ClusterViewer }).viewer.getRenderer().getGraph();
      return { actors: graph.filterNodes((_k, a) => 'actor' in a), arrows: graph.directedSize };
    });
    const reached = new Set(flow.adoptions.map((s) => dataset.actors.find((a) => a.id === s.actor)!.locality));
    const expected = dataset.actors.filter((a) => reached.has(a.locality)).map((a) => a.id);
    expect(drawn.actors.sort()).toEqual(expected.sort());
    expect(drawn.arrows).toBeGreaterThan(0);
  });

  it('draws the whole map below the threshold', async () => {
    await library(page, { settings: { lod: { aggregateAbove: 10_000 } } });
    const lod = await page.evaluate(() => document.querySelector<HTMLElement>('[data-muster-viewer]')!.dataset.lod);
    expect(lod).toBe('whole');
  });

  it('exports a PNG at twice the map size in pixels, and at a chosen scale', async () => {
    const sizes = await page.evaluate(async () => {
      const viewer = (window as unknown as { viewer: ClusterViewer }).viewer;
      const size = async (blob: Blob): Promise<[number, number]> => {
        const image = await createImageBitmap(blob);
        return [image.width, image.height];
      };
      const { width, height } = viewer.getRenderer().getDimensions();
      // The layers' pixel widths while exporting: drawn again at 2×, not the screen image enlarged.
      const widths = new Set<string>();
      const observer = new MutationObserver((changes) => {
        // Records arrive later: the value each change replaced is the one the layer had meanwhile.
        for (const change of changes) widths.add(String(parseInt(change.oldValue ?? '0', 10)));
      });
      const options = { attributes: true, attributeOldValue: true, attributeFilter: ['width'], subtree: true };
      observer.observe(document.getElementById('map')!, options);
      const twice = await size(await viewer.exportImage());
      observer.disconnect();
      return {
        map: [width, height],
        twice,
        widths: [...widths],
        three: await size(await viewer.exportImage({ scale: 3 })),
        ratio: window.devicePixelRatio,
        canvas: document.querySelector('#map canvas')!.getAttribute('width'),
      };
    });
    expect(sizes.twice).toEqual([sizes.map[0]! * 2, sizes.map[1]! * 2]);
    expect(sizes.widths).toContain(String(sizes.map[0]! * 2));
    expect(sizes.three).toEqual([sizes.map[0]! * 3, sizes.map[1]! * 3]);
    // The page's own pixel ratio, and the map's canvases, are as they were.
    expect(sizes.ratio).toBe(1);
    expect(sizes.canvas).toBe(`${sizes.map[0]}px`);
  });

  it('prints the map without its controls', async () => {
    await page.goto(`${server.origin}/stored.html`);
    await mapReady(page);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const root = document.querySelector('muster-map')!.shadowRoot!;
      const visible = (selector: string) => getComputedStyle(root.querySelector(selector)!).display !== 'none';
      return { bar: visible('.mv-bar'), stage: visible('.mv-stage'), legend: visible('.mv-legend') };
    });
    await page.emulateMedia({ media: 'screen' });
    expect(shown).toEqual({ bar: false, stage: true, legend: true });
  });
});
