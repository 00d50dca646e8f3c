import { generateSyntheticCluster } from './synthetic.js';
import { launch, serveStatic, VIEWER } from '../packages/viewer/test/harness.js';
const n = Number(process.argv[2] ?? 10000);
const c = generateSyntheticCluster({ actors: n, ties: n * 10, seed: 1 });
const actors = []; const ties = [];
for (let i = 0; i < c.actorCount; i++) actors.push({ id: `a${i}`, name: `Actor ${i}`, role: c.roleIds[c.actorRole[i]!], locality: c.localityNames[c.actorLocality[i]!], x: Math.sin(i * 12.9898) * 1000, y: Math.cos(i * 78.233) * 1000 });
for (let t = 0; t < c.tieCount; t++) ties.push({ source: `a${c.tieSource[t]}`, target: `a${c.tieTarget[t]}`, kind: c.kindNames[c.tieKind[t]!], weight: c.tieWeight[t] });
const server = await serveStatic(VIEWER);
const browser = await launch({ width: 1280, height: 800 });
server.files.set('/data.json', JSON.stringify({ actors, ties }));
server.files.set('/b.html', '<!doctype html><meta charset="utf-8"><style>body{margin:0}#map{width:1280px;height:800px}</style><script src="/dist/muster-map.js"></script><div id="map"></div>');
const page = await browser.context.newPage();
await page.addInitScript('window.__name = (f) => f');
await page.goto(`${server.origin}/b.html`);
page.on('console', (m) => console.log(m.text()));
await page.evaluate(async () => {
  const api = (window as any).MusterViewer;
  const raf = () => new Promise((r) => requestAnimationFrame(r));
  const text = await (await fetch('/data.json')).text();
  let t = performance.now();
  const ds = api.parseDatasetJson(text);
  console.log('parse', performance.now() - t); t = performance.now();
  const v = api.createClusterViewer(document.getElementById('map'), ds, {});
  console.log('create', performance.now() - t); t = performance.now();
  await raf(); console.log('raf1', performance.now() - t); t = performance.now();
  await v.ready; console.log('ready', performance.now() - t);
  await new Promise((r) => setTimeout(r, 1000));
  const s = v.getRenderer();
  for (const label of ['all', 'all', 'noedges', 'noedges', 'all']) {
    if (label === 'noedges') v.filterKind('zzz'); else v.filterKind(null);
    await raf(); await raf();
    t = performance.now(); s.refresh(); const t1 = performance.now(); await raf(); const t2 = performance.now(); await raf();
    console.log(label, 'refresh', (t1 - t).toFixed(0), 'to next frame', (t2 - t1).toFixed(0), 'second frame', (performance.now() - t2).toFixed(0));
    // camera-only render
    t = performance.now(); s.getCamera().setState({ x: 0.51 }); await raf(); await raf(); console.log(label, 'camera move 2 frames', (performance.now() - t).toFixed(0));
    s.getCamera().setState({ x: 0.5 });
  }
});
await browser.close(); await server.close();
