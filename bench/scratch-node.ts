import { generateSyntheticCluster } from './synthetic.js';
import { parseDatasetJson } from '@muster/core';
import { displayGraph } from '../packages/viewer/src/graph.js';
import { layout } from '../packages/viewer/src/layout.js';
for (const n of process.argv.slice(2).map(Number)) {
const c = generateSyntheticCluster({ actors: n, ties: n * 10, seed: 1 });
const actors = []; const ties = [];
for (let i = 0; i < c.actorCount; i++) actors.push({ id: `a${i}`, name: `Actor ${i}`, role: c.roleIds[c.actorRole[i]!], locality: c.localityNames[c.actorLocality[i]!] });
for (let t = 0; t < c.tieCount; t++) ties.push({ source: `a${c.tieSource[t]}`, target: `a${c.tieTarget[t]}`, kind: c.kindNames[c.tieKind[t]!], weight: c.tieWeight[t] });
let t0 = performance.now();
const ds = parseDatasetJson(JSON.stringify({ actors, ties }));
let t1 = performance.now();
const g = displayGraph(ds);
let t2 = performance.now();
layout(g);
let t3 = performance.now();
console.log(n, 'localities', c.localityNames.length, 'parse', (t1-t0).toFixed(0), 'graph', (t2-t1).toFixed(0), 'layout', (t3-t2).toFixed(0));
}
