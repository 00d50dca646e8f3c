/**
 * The viewer in headless chromium, for synthetic clusters (planted
 * partition, see synthetic.ts) of 1,000 / 10,000 / 50,000 actors with 10
 * ties per actor (`--ties-per-actor`). For each size it times what
 * `muster view` does in Node (parse, `computePositions`), then serves the
 * dataset (core's one-file JSON form) from 127.0.0.1 with the `<muster-map>`
 * bundle and measures three maps in the page:
 * - stored: with the positions computed in Node (the page `muster view`
 *   writes; no layout in the browser);
 * - browser: without positions (an embedded map: ForceAtlas2 in the Web
 *   Worker, or above the level-of-detail threshold the overview);
 * - baseline: the whole map (no overview) with `layout.run: 'blocking'` —
 *   graphology's synchronous ForceAtlas2 before the first frame, as the
 *   viewer once did — until its first frame; the ratio is baseline / ready.
 * For each: create (`createClusterViewer` returns), first frame, ready (the
 * `ready` promise: final positions drawn), the longest main-thread task that
 * began after create returned (PerformanceObserver `longtask`), panning (the
 * mouse drags the map one move per frame; frames drawn / elapsed time), and
 * search+focus afterwards. `--profile` prints the main thread's CPU profile
 * (Chrome DevTools Protocol) of the stored map.
 *
 *   pnpm --filter @muster/viewer build
 *   node --conditions=@muster/source --import tsx bench/viewer.ts [--sizes 1000,10000,50000] [--frames 120]
 *        [--ties-per-actor 10] [--no-baseline] [--profile]
 *
 * Needs /usr/bin/chromium (WebGL by SwiftShader, on the CPU: figures are a
 * ceiling for a machine with a GPU).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSyntheticCluster } from './synthetic.js';
import { parseDatasetJson } from '@muster/core';
import type * as ViewerBundle from '../packages/viewer/src/bundle-entry.js';
import { DEFAULT_SETTINGS } from '../packages/viewer/src/settings.js';
import { computePositions, positionsToJson } from '../packages/viewer/src/positions.js';
import type { ClusterViewer } from '../packages/viewer/src/types.js';
import { hasChromium, launch, serveStatic, VIEWER } from '../packages/viewer/test/harness.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    frames: { type: 'string', default: '120' },
    'ties-per-actor': { type: 'string', default: '10' },
    'no-baseline': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
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
  /** What sigma draws: the whole map or the overview. */
  drawn: string;
};

type Mode = 'stored' | 'browser' | 'baseline';

/** Runs in the page: one measured map. */
async function measure({ mode }: { mode: Mode }): Promise<Figures> {
  const api = (window as unknown as { MusterViewer: typeof ViewerBundle }).MusterViewer;
  const text = await (await fetch('/data.json')).text();
  const stored =
    mode === 'stored'
      ? (JSON.parse(await (await fetch('/positions.json')).text()) as { positions: Record<string, [number, number]> })
      : null;
  const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(done));
  let block = 0;
  let t2 = Infinity;
  const observer = new PerformanceObserver((list) => {
    // Only tasks that began after `create` returned (the task that ran it is not the layout's).
    for (const entry of list.getEntries()) if (entry.startTime > t2) block = Math.max(block, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const t0 = performance.now();
  const dataset = api.parseDatasetJson(text);
  const t1 = performance.now();
  const viewer = api.createClusterViewer(
    document.getElementById('map')!,
    dataset,
    mode === 'baseline'
      ? { layout: { run: 'blocking' }, settings: { lod: { aggregateAbove: Infinity } } }
      : stored !== null
        ? { layout: { positions: stored.positions } }
        : {},
  );
  t2 = performance.now();
  await nextFrame();
  const t3 = performance.now();
  await viewer.ready;
  const t4 = performance.now();
  // Long tasks are reported after they end: give the observer a moment.
  await new Promise((done) => setTimeout(done, 50));
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
    drawn: document.querySelector<HTMLElement>('[data-muster-viewer]')?.dataset.lod ?? '?',
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

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** The functions with the most self time, and the same by total (inclusive) time. */
function printProfile(profile: CpuProfile): void {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id: number): string => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
  };
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  for (const [id, t] of self) {
    selfBy.set(name(id), (selfBy.get(name(id)) ?? 0) + t);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = name(at);
      if (!seen.has(key)) totalBy.set(key, (totalBy.get(key) ?? 0) + t);
      seen.add(key);
    }
  }
  const top = (m: Map<string, number>): string =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, t]) => `  ${t.toFixed(0).padStart(7)} ms  ${k}`)
      .join('\n');
  console.log(`self time:\n${top(selfBy)}\ntotal time:\n${top(totalBy)}`);
}

async function run(actors: number, mode: Mode): Promise<Figures> {
  const blocking = mode === 'baseline';
  const page = await browser.context.newPage();
  // tsx compiles with keepNames: the evaluated function calls its `__name` helper.
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(`${server.origin}/bench.html`);
  const cdp = values.profile && mode === 'stored' ? await browser.context.newCDPSession(page) : null;
  if (cdp !== null) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
  }
  const result = await page.evaluate(measure, { mode });
  if (cdp !== null) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    printProfile(profile);
  }
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
console.log(
  `headless chromium, software WebGL; ${tiesPerActor} ties per actor; times in ms from the parsed dataset; ` +
    `overview above ${DEFAULT_SETTINGS.lod.aggregateAbove.toLocaleString('en')} actors`,
);
console.log(
  '                   Node       positions stored in the page (muster view)      no positions (embedded map)      baseline',
);
console.log(
  'actors   ties     parse layout  create  ready  block  pan fps  search       ready  block  pan fps  drawn      sync FA2   ratio',
);
for (const actors of sizes) {
  const { json, ties } = datasetJson(actors);
  server.files.set('/data.json', json);
  const n0 = performance.now();
  const dataset = parseDatasetJson(json);
  const n1 = performance.now();
  server.files.set('/positions.json', positionsToJson(computePositions(dataset)));
  const n2 = performance.now();
  const r = await run(actors, 'stored');
  const w = await run(actors, 'browser');
  const b = values['no-baseline'] ? null : await run(actors, 'baseline');
  console.log(
    [
      String(actors).padEnd(8),
      String(ties).padEnd(8),
      ms(n1 - n0).padStart(5),
      ms(n2 - n1).padStart(6),
      ms(r.create).padStart(7),
      ms(r.ready).padStart(6),
      ms(r.block).padStart(6),
      r.fps.toFixed(1).padStart(8),
      ms(r.search).padStart(7),
      ms(w.ready).padStart(11),
      ms(w.block).padStart(6),
      w.fps.toFixed(1).padStart(8),
      w.drawn.padStart(7),
      (b === null ? '–' : ms(b.frame)).padStart(13),
      (b === null ? '–' : `${(b.frame / r.ready).toFixed(0)}×`).padStart(7),
    ].join(' '),
  );
}
await browser.close();
await server.close();
