/**
 * The viewer in headless chromium, for synthetic clusters (planted
 * partition, see synthetic.ts) of 1,000 / 10,000 / 50,000 actors with 10
 * ties per actor (`--ties-per-actor`). For each size the dataset (core's
 * one-file JSON form) is served from 127.0.0.1 with the `<muster-map>`
 * bundle, and the page measures:
 * - parse: `parseDatasetJson` of the text;
 * - create: `createClusterViewer` until it returns (drawn graph, seeded
 *   start, sigma set up) — the main thread is busy throughout;
 * - first frame: until the first frame is drawn (from the seeded start);
 * - ready: until the `ready` promise settles: ForceAtlas2 done in the Web
 *   Worker, final positions drawn;
 * - longest block: the longest main-thread task (PerformanceObserver
 *   `longtask`) between `create` returning and `ready`;
 * - panning: the mouse drags the map (as a user pans: sigma hides ties
 *   above 2,000 while the camera moves, and labels wait until it stops), one
 *   move per frame for N frames; frames per second = frames drawn / elapsed
 *   time;
 * - search+focus: after panning, search and focusing an actor answer;
 * - baseline: the same map with `layout.run: 'blocking'` — graphology's
 *   synchronous ForceAtlas2 with the same iterations before the first
 *   frame, as the viewer did before — until its first frame; the ratio is
 *   baseline / ready.
 *
 *   pnpm --filter @muster/viewer build
 *   node --conditions=@muster/source --import tsx bench/viewer.ts [--sizes 1000,10000,50000] [--frames 120]
 *        [--ties-per-actor 10] [--no-baseline]
 *
 * Needs /usr/bin/chromium (WebGL by SwiftShader, on the CPU: figures are a
 * floor for a machine with a GPU).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSyntheticCluster } from './synthetic.js';
import type * as ViewerBundle from '../packages/viewer/src/bundle-entry.js';
import type { ClusterViewer } from '../packages/viewer/src/types.js';
import { hasChromium, launch, serveStatic, VIEWER } from '../packages/viewer/test/harness.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    frames: { type: 'string', default: '120' },
    'ties-per-actor': { type: 'string', default: '10' },
    'no-baseline': { type: 'boolean', default: false },
  },
});
const tiesPerActor = Number(values['ties-per-actor']);
const sizes = values.sizes.split(',').map(Number);
const frames = Number(values.frames);

function datasetJson(actors: number): { json: string; ties: number } {
  const c = generateSyntheticCluster({ actors, ties: actors * tiesPerActor, seed: 1 });
  const rows: string[] = [];
  for (let i = 0; i < c.actorCount; i++) {
    rows.push(
      JSON.stringify({
        id: `a${i}`,
        name: `Actor ${i}`,
        role: c.roleIds[c.actorRole[i]!],
        locality: c.localityNames[c.actorLocality[i]!],
      }),
    );
  }
  const ties: string[] = [];
  for (let t = 0; t < c.tieCount; t++) {
    ties.push(
      JSON.stringify({
        source: `a${c.tieSource[t]}`,
        target: `a${c.tieTarget[t]}`,
        kind: c.kindNames[c.tieKind[t]!],
        weight: c.tieWeight[t],
      }),
    );
  }
  return { json: `{"actors":[${rows.join(',')}],"ties":[${ties.join(',')}]}`, ties: c.tieCount };
}

if (!hasChromium) {
  console.error('bench/viewer: /usr/bin/chromium is missing (apt-get install chromium)');
  process.exit(1);
}

const server = await serveStatic(VIEWER);
const browser = await launch({ width: 1280, height: 800 });
server.files.set(
  '/bench.html',
  '<!doctype html><meta charset="utf-8"><style>body{margin:0}#map{width:1280px;height:800px}</style>' +
    '<script src="/dist/muster-map.js"></script><div id="map"></div>',
);
readFileSync(join(VIEWER, 'dist/muster-map.js')); // fail early when the bundle is not built

type Figures = Record<'parse' | 'create' | 'frame' | 'ready' | 'block' | 'fps' | 'search', number> & {
  ok: boolean;
  where: string;
};

/** Runs in the page: one measured map. */
async function measure({ blocking }: { blocking: boolean }): Promise<Figures> {
  const api = (window as unknown as { MusterViewer: typeof ViewerBundle }).MusterViewer;
  const text = await (await fetch('/data.json')).text();
  const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(done));
  let block = 0;
  let watching = false;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (watching) block = Math.max(block, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const t0 = performance.now();
  const dataset = api.parseDatasetJson(text);
  const t1 = performance.now();
  const viewer = api.createClusterViewer(
    document.getElementById('map')!,
    dataset,
    blocking ? { layout: { run: 'blocking' } } : {},
  );
  const t2 = performance.now();
  watching = true;
  await nextFrame();
  const t3 = performance.now();
  await viewer.ready;
  const t4 = performance.now();
  // Long tasks are reported after they end: give the observer a moment.
  await new Promise((done) => setTimeout(done, 50));
  watching = false;
  observer.disconnect();
  (window as unknown as { viewer: unknown }).viewer = viewer;
  return {
    parse: t1 - t0,
    create: t2 - t1,
    frame: t3 - t1,
    ready: t4 - t1,
    block,
    fps: 0,
    search: 0,
    ok: true,
    where: viewer.getState().layout,
  };
}

/** Runs in the page: counts frames until told to stop. */
function countFrames(): void {
  const w = window as unknown as { frames: number; counting: boolean };
  w.frames = 0;
  w.counting = true;
  const tick = (): void => {
    if (!w.counting) return;
    w.frames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Runs in the page: search and focus, then the viewer is removed. */
async function searchAndFocus(): Promise<{ search: number; ok: boolean }> {
  const viewer = (window as unknown as { viewer: ClusterViewer }).viewer;
  const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(done));
  const s0 = performance.now();
  const hit = viewer.search('Actor 7', 1)[0]!;
  viewer.focusActor(hit.id);
  await nextFrame();
  const s1 = performance.now();
  const ok = viewer.getState().focus === hit.id;
  viewer.destroy();
  return { search: s1 - s0, ok };
}

async function run(actors: number, blocking: boolean): Promise<Figures> {
  const page = await browser.context.newPage();
  // tsx compiles with keepNames: the evaluated function calls its `__name` helper.
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(`${server.origin}/bench.html`);
  const result = await page.evaluate(measure, { blocking });
  if (!blocking) {
    // Drag from the middle of the map, back and forth, one mouse move per frame.
    await page.mouse.move(640, 400);
    await page.mouse.down();
    await page.evaluate(countFrames);
    const p0 = performance.now();
    for (let f = 0; f < frames; f++) {
      await page.mouse.move(640 + (f % 60 < 30 ? f % 30 : 30 - (f % 30)) * 8, 400 + (f % 7));
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    }
    const drawn = await page.evaluate(() => {
      const w = window as unknown as { frames: number; counting: boolean };
      w.counting = false;
      return w.frames;
    });
    result.fps = (drawn * 1000) / (performance.now() - p0);
    await page.mouse.up();
    await page.waitForTimeout(300);
    Object.assign(result, await page.evaluate(searchAndFocus));
  }
  await page.close();
  if (!result.ok) throw new Error(`${actors} actors: focusing an actor did not take`);
  return result;
}

const ms = (n: number): string => n.toFixed(0);
console.log(`headless chromium, software WebGL; ${tiesPerActor} ties per actor; times in ms from the parsed dataset`);
console.log(
  'actors   ties     parse  create  first frame  ready  layout  longest block  pan fps  search+focus  baseline  ratio',
);
for (const actors of sizes) {
  const { json, ties } = datasetJson(actors);
  server.files.set('/data.json', json);
  const r = await run(actors, false);
  const b = values['no-baseline'] ? null : await run(actors, true);
  console.log(
    [
      String(actors).padEnd(8),
      String(ties).padEnd(8),
      ms(r.parse).padStart(5),
      ms(r.create).padStart(7),
      ms(r.frame).padStart(12),
      ms(r.ready).padStart(6),
      r.where.padStart(7),
      ms(r.block).padStart(14),
      r.fps.toFixed(1).padStart(8),
      ms(r.search).padStart(13),
      (b === null ? '–' : ms(b.frame)).padStart(9),
      (b === null ? '–' : `${(b.frame / r.ready).toFixed(1)}×`).padStart(6),
    ].join(' '),
  );
}
await browser.close();
await server.close();
