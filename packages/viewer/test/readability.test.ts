/**
 * The map read by people, in headless chromium: no two labels overlap and
 * none leaves the canvas, on the Firth Valley map, in each of its
 * localities and on a 15-actor locality; every broker is labelled; roles
 * have the same colours here as in the audit's HTML report; axe-core finds
 * no serious or critical violation; the `ready` event fires; and search →
 * select → play works from the keyboard alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import axe from 'axe-core';
import { datasetToJson, parseDatasetJson } from '@muster/core';
import { auditCluster, renderHtml, renderJson } from '@muster/audit';
import type { ClusterViewer } from '../src/types.js';
import { displayGraph } from '../src/graph.js';
import { layout } from '../src/layout.js';
import type { PlacedLabel } from '../src/labels.js';
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

const embed = (name: string): string => readFileSync(join(REPO, 'examples/embed', name), 'utf8');
const axeSource = axe.source;

/** A 15-actor locality: the first 15 actors of Kelderbridge and the ties among them (six brokers). */
function smallLocality(): { dataset: string; audit: string } {
  const full = parseDatasetJson(embed('firth-valley.json'));
  const actors = full.actors.filter((a) => a.locality === 'Kelderbridge').slice(0, 15);
  const ids = new Set(actors.map((a) => a.id));
  const dataset = {
    ...full,
    actors,
    ties: full.ties.filter((t) => ids.has(t.source) && ids.has(t.target)),
    ideas: [],
    adoptions: [],
    mentions: [],
  };
  return { dataset: datasetToJson(dataset), audit: renderJson(auditCluster(dataset, { seed: 1 })) };
}

type MapElement = HTMLElement & { viewer: ClusterViewer };

/** Lets labels settle after the camera moved. */
async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(700);
}

async function labelsAndBounds(
  page: Page,
): Promise<{ labels: PlacedLabel[]; width: number; height: number; brokers: string[] }> {
  return page.evaluate(() => {
    const map = document.querySelector('muster-map') as MapElement;
    const { width, height } = map.viewer.getRenderer().getDimensions();
    const root = map.shadowRoot!;
    const brokers = Array.from(root.querySelectorAll('[data-list=brokers] button')).map((b) =>
      b.getAttribute('data-actor')!,
    );
    return { labels: map.viewer.labels(), width, height, brokers };
  });
}

function expectReadable(result: Awaited<ReturnType<typeof labelsAndBounds>>): void {
  const { labels, width, height, brokers } = result;
  expect(labels.length).toBeGreaterThan(0);
  for (const l of labels) {
    expect(l.x).toBeGreaterThanOrEqual(0);
    expect(l.y).toBeGreaterThanOrEqual(0);
    expect(l.x + l.width).toBeLessThanOrEqual(width);
    expect(l.y + l.height).toBeLessThanOrEqual(height);
  }
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i]!, labels[j]!];
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart, `${a.text} overlaps ${b.text}`).toBe(true);
    }
  }
  const labelled = new Set(labels.map((l) => l.id));
  expect(brokers.length).toBeGreaterThan(0);
  for (const broker of brokers) expect(labelled.has(broker), `broker ${broker} is labelled`).toBe(true);
}

describe.skipIf(!hasChromium)('a readable map in chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    buildBundle();
    server = await serveStatic(REPO);
    browser = await launch({ width: 1000, height: 720 });
    page = browser.page;
    // `ready` does not bubble; a capturing listener on the window still sees it.
    await page.addInitScript(() => {
      window.addEventListener('ready', () => ((window as unknown as { readyEvents: number }).readyEvents = 1), true);
    });
    await page.goto(`${server.origin}/examples/embed/index.html`);
    await mapReady(page);
    await settled(page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('fires the ready event and marks the element ready after laying out off the main thread', async () => {
    expect(await page.evaluate(() => (window as unknown as { readyEvents?: number }).readyEvents)).toBe(1);
    const state = await page.evaluate(() => (document.querySelector('muster-map') as MapElement).viewer.getState());
    expect(state.ready).toBe(true);
    expect(state.layout).toBe('worker');
  });

  it('lays out in the worker exactly as the synchronous layout does in Node', async () => {
    const inPage = await page.evaluate(() => {
      const graph = (document.querySelector('muster-map') as MapElement).viewer.getRenderer().getGraph();
      return graph.mapNodes((key, a) => [key, a.x as number, a.y as number] as const);
    });
    const expected = layout(displayGraph(parseDatasetJson(embed('firth-valley.json'))));
    expect(inPage.length).toBe(expected.size);
    for (const [key, x, y] of inPage) expect({ x, y }).toEqual(expected.get(key));
  });

  it('labels every broker and never overlaps labels, on the whole map and in each locality', async () => {
    expectReadable(await labelsAndBounds(page));
    for (const locality of ['Hollinwell', 'Saltcote', 'Kelderbridge']) {
      await page.evaluate((l) => document.querySelector('muster-map')!.setAttribute('locality', l), locality);
      await settled(page);
      expectReadable(await labelsAndBounds(page));
    }
  });

  it('keeps the focused actor labelled', async () => {
    await page.evaluate(() => (document.querySelector('muster-map') as MapElement).viewer.focusActor('hw40'));
    await settled(page);
    const { labels } = await labelsAndBounds(page);
    expect(labels.map((l) => l.id)).toContain('hw40');
    await page.evaluate(() => (document.querySelector('muster-map') as MapElement).viewer.focusActor(null));
  });

  it('exports the view as SVG: every visible node, the labels drawn, well-formed', async () => {
    const result = await page.evaluate(() => {
      const viewer = (document.querySelector('muster-map') as MapElement).viewer;
      viewer.setLocality(null);
      return new Promise<{ ok: boolean; circles: number; texts: string[]; labels: string[]; visible: number }>((done) =>
        setTimeout(() => {
          const svg = new DOMParser().parseFromString(viewer.exportSvg(), 'image/svg+xml');
          done({
            ok: svg.querySelector('parsererror') === null && svg.documentElement.nodeName === 'svg',
            circles: svg.querySelectorAll('circle').length,
            texts: Array.from(svg.querySelectorAll('text')).map((t) => t.textContent ?? ''),
            labels: viewer.labels().map((l) => l.text),
            visible: viewer.getState().visible,
          });
        }, 800),
      );
    });
    expect(result.ok).toBe(true);
    expect(result.circles).toBe(result.visible);
    expect(result.texts).toEqual(result.labels);
    expect(result.texts.length).toBeGreaterThan(10);
  });

  it('gives every role the same colour as the audit report', async () => {
    const report = renderHtml(JSON.parse(embed('firth-valley-audit.json')));
    const inReport = new Map<string, string>();
    const legends = [...report.matchAll(/<ul class="legend" aria-label="Role colours">(.*?)<\/ul>/g)]
      .map((m) => m[1])
      .join('');
    for (const m of legends.matchAll(
      /<li><span class="swatch" style="background:(#[0-9a-fA-F]{6})"><\/span>([^<]+)<\/li>/g,
    )) {
      inReport.set(m[2]!, m[1]!.toLowerCase());
    }
    const onMap = await page.evaluate(() =>
      Array.from(document.querySelector('muster-map')!.shadowRoot!.querySelectorAll('.mv-legend button')).map((b) => {
        const [r, g, bl] = getComputedStyle(b.querySelector('.mv-swatch')!).backgroundColor.match(/\d+/g)!.map(Number);
        const hex = `#${[r, g, bl].map((n) => n!.toString(16).padStart(2, '0')).join('')}`;
        return [b.querySelector('span:nth-child(2)')!.textContent!, hex] as const;
      }),
    );
    expect(inReport.size).toBeGreaterThanOrEqual(6);
    for (const [label, color] of inReport) expect(new Map(onMap).get(label), label).toBe(color);
  });

  it('has no serious or critical accessibility violation (axe-core), map and table view', async () => {
    await page.addScriptTag({ content: axeSource });
    const run = () =>
      page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(c: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.nodes.length})`);
      });
    expect(await run()).toEqual([]);
    await page.evaluate(() => (document.querySelector('muster-map') as MapElement).viewer.showTable(true));
    expect(await run()).toEqual([]);
    await page.evaluate(() => (document.querySelector('muster-map') as MapElement).viewer.showTable(false));
  });

  it('searches, selects and plays from the keyboard alone', async () => {
    await page.evaluate(() => document.querySelector('muster-map')!.setAttribute('locality', 'Saltcote'));
    const target = JSON.parse(embed('firth-valley.json')).actors.find(
      (a: { locality: string }) => a.locality === 'Saltcote',
    ) as {
      id: string;
      name: string;
    };
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // Tab from the top of the page until the search box has the focus.
    let onSearch = false;
    for (let i = 0; i < 30 && !onSearch; i++) {
      await page.keyboard.press('Tab');
      onSearch = await page.evaluate(
        () => document.querySelector('muster-map')!.shadowRoot!.activeElement?.getAttribute('type') === 'search',
      );
    }
    expect(onSearch).toBe(true);
    await page.keyboard.type(target.name);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => (document.querySelector('muster-map') as MapElement).viewer.getState().focus))
      .toBe(target.id);
    let onPlay = false;
    for (let i = 0; i < 30 && !onPlay; i++) {
      await page.keyboard.press('Tab');
      onPlay = await page.evaluate(
        () => document.querySelector('muster-map')!.shadowRoot!.activeElement?.getAttribute('data-control') === 'play',
      );
    }
    expect(onPlay).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => (document.querySelector('muster-map') as MapElement).viewer.getState().playing))
      .toBe(true);
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() => (document.querySelector('muster-map') as MapElement).viewer.getState().playing),
    ).toBe(false);
  });

  it("lays out in a worker under the standalone page's CSP, and on the main thread where workers are not allowed", async () => {
    const html = renderStandaloneHtml({
      datasetJson: embed('firth-valley.json'),
      bundle: readFileSync(join(VIEWER, 'dist/muster-map.js'), 'utf8'),
      title: 'Firth Valley: cluster map',
    });
    expect(html).toContain('worker-src blob:');
    server.files.set('/csp/with-worker.html', html);
    server.files.set('/csp/without-worker.html', html.replace(/worker-src blob:; /, ''));
    const positions = async (path: string): Promise<{ where: string; violations: number; x: number }> => {
      const tab = await browser.context.newPage();
      const violations: string[] = [];
      tab.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await tab.goto(`${server.origin}${path}`);
      await mapReady(tab);
      const result = await tab.evaluate(() => {
        const viewer = (document.querySelector('muster-map') as MapElement).viewer;
        return {
          where: viewer.getState().layout,
          x: viewer.getRenderer().getGraph().getNodeAttribute('kb01', 'x') as number,
        };
      });
      await tab.close();
      return { ...result, violations: violations.length };
    };
    const withWorker = await positions('/csp/with-worker.html');
    expect(withWorker).toMatchObject({ where: 'worker', violations: 0 });
    const without = await positions('/csp/without-worker.html');
    expect(without.where).toBe('main');
    expect(without.x).toBe(withWorker.x);
  });

  it('draws right-to-left and very long names: labels cut and inside, the panel wrapping without overflow', async () => {
    const long = 'Wolverhampton and Black Country Integrated Care Partnership Board';
    const names = ['عبد الرحمن الهاشمي', 'שרה לוי-כהן', long, 'Li Wei', 'Ana Souza'];
    const actors = names.map((name, i) => ({ id: `p${i}`, name, role: 'politician', locality: 'Town' }));
    const ties = names.slice(1).map((_, i) => ({ source: 'p0', target: `p${i + 1}`, kind: 'collaboration' }));
    server.files.set('/names/data.json', JSON.stringify({ actors, ties }));
    server.files.set(
      '/names/index.html',
      '<!doctype html><meta charset="utf-8"><title>Names</title><style>muster-map{height:600px;width:700px}</style>' +
        '<script src="/packages/viewer/dist/muster-map.js"></script>' +
        '<main><muster-map src="/names/data.json" aria-label="Names"></muster-map></main>',
    );
    await page.goto(`${server.origin}/names/index.html`);
    await mapReady(page);
    await settled(page);
    const result = await labelsAndBounds(page);
    expect(result.labels.map((l) => l.id).sort()).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    const cut = result.labels.find((l) => l.id === 'p2')!;
    expect(cut.text.endsWith('…')).toBe(true);
    expect(Array.from(cut.text).length).toBe(28);
    for (const l of result.labels) expect(l.x >= 0 && l.x + l.width <= result.width).toBe(true);
    // Selected, the long name shows whole in the panel, wrapped between words, with no horizontal overflow.
    const panel = await page.evaluate(() => {
      const map = document.querySelector('muster-map') as MapElement;
      map.viewer.focusActor('p2');
      const side = map.shadowRoot!.querySelector('.mv-side') as HTMLElement;
      const name = map.shadowRoot!.querySelector('.mv-info [data-field=name]') as HTMLElement;
      return {
        text: name.textContent,
        overflow: side.scrollWidth - side.clientWidth,
        lines: name.getClientRects().length,
      };
    });
    expect(panel.text).toBe(long);
    expect(panel.overflow).toBeLessThanOrEqual(0);
  });

  it('labels a 15-actor locality without overlaps, brokers first', async () => {
    const small = smallLocality();
    server.files.set('/small/data.json', small.dataset);
    server.files.set('/small/audit.json', small.audit);
    server.files.set(
      '/small/index.html',
      '<!doctype html><meta charset="utf-8"><title>Small</title><style>muster-map{height:600px}</style>' +
        '<script src="/packages/viewer/dist/muster-map.js"></script>' +
        '<main><muster-map src="/small/data.json" audit-src="/small/audit.json" aria-label="Small locality"></muster-map></main>',
    );
    await page.goto(`${server.origin}/small/index.html`);
    await mapReady(page);
    await settled(page);
    const result = await labelsAndBounds(page);
    expectReadable(result);
    // Fifteen actors: every one is labelled.
    expect(result.labels.length).toBe(15);
  });
});
