/**
 * Using the viewer as a library: read a dataset, draw it, overlay its audit
 * and play an idea's flow, driven from code. Bundle this file for the
 * browser (e.g. `esbuild library.ts --bundle --format=esm`).
 *
 * In your own project, import from '@muster/viewer' and '@muster/core'; this
 * example imports the workspace sources by path so that it typechecks here.
 */
import { parseDatasetJson } from '../../packages/core/src/index.js';
import {
  createClusterViewer,
  type AuditOverlay,
  type ClusterViewer,
  type FlowOverlay,
} from '../../packages/viewer/src/index.js';

async function getText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

export async function showFirthValley(container: HTMLElement): Promise<ClusterViewer> {
  const [data, audit, flow] = await Promise.all([
    getText('firth-valley.json'),
    getText('firth-valley-audit.json'),
    getText('firth-valley-rkw.json'),
  ]);
  const dataset = parseDatasetJson(data, { file: 'firth-valley.json' });
  const viewer = createClusterViewer(container, dataset, {
    title: 'Firth Valley innovation cluster',
    layout: { seed: 7 },
    audit: JSON.parse(audit) as AuditOverlay,
  });

  // Hollinwell lacks designers, investors and change experts: the legend marks them missing.
  viewer.setLocality('Hollinwell');
  viewer.focusActor('hw40'); // its one researcher

  // Saltcote's key-worker model, played from the start.
  viewer.setLocality('Saltcote');
  viewer.playFlow(JSON.parse(flow) as FlowOverlay);
  return viewer;
}
