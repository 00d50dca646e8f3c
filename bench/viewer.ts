/**
 * The viewer in headless chromium: time to first render and frames per
 * second while panning, for synthetic clusters (planted partition, see
 * synthetic.ts) of 1,000 / 10,000 / 50,000 actors with 5 ties per actor.
 *
 * For each size the dataset (core's one-file JSON form) is served from
 * 127.0.0.1 with the `<muster-map>` bundle, and the page measures:
 * - parse: `parseDatasetJson` of the text;
 * - first render: `createClusterViewer` (drawn graph, seeded ForceAtlas2
 *   layout, sigma's first synchronous render) until the next animation frame;
 * - panning: the camera moved programmatically once per animation frame
 *   (each move makes sigma redraw), for N frames; frames per second =
 *   frames / elapsed time;
 * - interactive: after panning, search and focusing an actor answer.
 *
 *   pnpm --filter @muster/viewer build
 *   node --conditions=@muster/source --import tsx bench/viewer.ts [--sizes 1000,10000,50000] [--frames 120]
 *
 * Needs /usr/bin/chromium (WebGL by SwiftShader, on the CPU: figures are a
 * floor for a machine with a GPU).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSyntheticCluster } from './synthetic.js';
import type * as ViewerBundle from '../packages/viewer/src/bundle-entry.js';
import { hasChromium, launch, serveStatic, VIEWER } from '../packages/viewer/test/harness.js';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1000,10000,50000' }, frames: { type: 'string', default: '120' } },
});
const sizes = values.sizes.split(',').map(Number);
const frames = Number(values.frames);

function datasetJson(actors: number): { json: string; ties: number } {
  const c = generateSyntheticCluster({ actors, ties: actors * 5, seed: 1 });
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

console.log('actors   ties     parse ms  first render ms  pan fps  search+focus ms');
for (const actors of sizes) {
  const { json, ties } = datasetJson(actors);
  server.files.set('/data.json', json);
  const page = await browser.context.newPage();
  // tsx compiles with keepNames: the evaluated function calls its `__name` helper.
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(`${server.origin}/bench.html`);
  const result = await page.evaluate(
    async ({ frames }) => {
      const api = (window as unknown as { MusterViewer: typeof ViewerBundle }).MusterViewer;
      const text = await (await fetch('/data.json')).text();
      const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(done));
      const t0 = performance.now();
      const dataset = api.parseDatasetJson(text);
      const t1 = performance.now();
      const viewer = api.createClusterViewer(document.getElementById('map')!, dataset);
      await nextFrame();
      const t2 = performance.now();
      const camera = viewer.getRenderer().getCamera();
      const p0 = performance.now();
      for (let f = 0; f < frames; f++) {
        const state = camera.getState();
        camera.setState({ x: state.x + (f % 60 < 30 ? 0.004 : -0.004), y: state.y + 0.001 });
        await nextFrame();
      }
      const p1 = performance.now();
      const s0 = performance.now();
      const hit = viewer.search('Actor 7', 1)[0]!;
      viewer.focusActor(hit.id);
      await nextFrame();
      const s1 = performance.now();
      const ok = viewer.getState().focus === hit.id;
      viewer.destroy();
      return { parse: t1 - t0, render: t2 - t1, fps: (frames * 1000) / (p1 - p0), search: s1 - s0, ok };
    },
    { frames },
  );
  if (!result.ok) throw new Error(`${actors} actors: focusing an actor did not take`);
  console.log(
    `${String(actors).padEnd(8)} ${String(ties).padEnd(8)} ${result.parse.toFixed(0).padStart(8)}  ${result.render
      .toFixed(0)
      .padStart(15)}  ${result.fps.toFixed(1).padStart(7)}  ${result.search.toFixed(0).padStart(15)}`,
  );
  await page.close();
}
await browser.close();
await server.close();
