/**
 * SVG export of the current view: the ties, nodes (with broker and silo
 * rings) and labels as drawn now, in viewport pixels, over a white
 * background. Vector, so it prints and scales sharply; every text from the
 * data is escaped.
 */
import type Sigma from 'sigma';
import { escapeHtml } from '@muster/core';
import type { DrawnEdge, DrawnNode } from './graph.js';
import { HALO_WIDTH, type PlacedLabel } from './labels.js';
import type { ViewerSettings } from './settings.js';

const n = (v: number): string => String(Math.round(v * 10) / 10);

export function exportSvg(
  sigma: Sigma<DrawnNode, DrawnEdge>,
  labels: readonly PlacedLabel[],
  settings: ViewerSettings,
  title: string,
): string {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const ratio = sigma.getCamera().ratio;
  const at = (key: string): { x: number; y: number } => sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!);
  const edges: string[] = [];
  graph.forEachEdge((key, _attributes, source, target) => {
    const data = sigma.getEdgeDisplayData(key);
    const [s, t] = [sigma.getNodeDisplayData(source), sigma.getNodeDisplayData(target)];
    if (data === undefined || data.hidden || s === undefined || t === undefined || s.hidden || t.hidden) return;
    const [a, b] = [at(source), at(target)];
    edges.push(
      `<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}" stroke="${escapeHtml(data.color)}" stroke-width="${n(data.size)}"/>`,
    );
  });
  const nodes: { z: number; svg: string }[] = [];
  graph.forEachNode((key) => {
    const data = sigma.getNodeDisplayData(key) as
      (ReturnType<typeof sigma.getNodeDisplayData> & { ringColor?: string }) | undefined;
    if (data === undefined || data.hidden) return;
    const p = at(key);
    const r = sigma.scaleSize(data.size, ratio);
    if (p.x < -r || p.y < -r || p.x > width + r || p.y > height + r) return;
    const ring =
      data.ringColor === undefined
        ? ''
        : ` stroke="${escapeHtml(data.ringColor)}" stroke-width="${n(r * settings.ringWidth)}"`;
    const inner = data.ringColor === undefined ? r : r * (1 - settings.ringWidth / 2);
    nodes.push({
      z: data.zIndex,
      svg: `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${n(inner)}" fill="${escapeHtml(data.color)}"${ring}/>`,
    });
  });
  nodes.sort((a, b) => a.z - b.z);
  const text = labels.map(
    (l) => `<text x="${n(l.x)}" y="${n(l.y + l.height / 2)}" dominant-baseline="middle">${escapeHtml(l.text)}</text>`,
  );
  const { font, size, color, halo } = settings.labels;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
    `<title>${escapeHtml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g>${edges.join('')}</g>`,
    `<g>${nodes.map((x) => x.svg).join('')}</g>`,
    `<g font-family="${escapeHtml(font)}" font-size="${size}" fill="${escapeHtml(color)}" stroke="${escapeHtml(halo)}" stroke-width="${HALO_WIDTH}" paint-order="stroke" stroke-linejoin="round">${text.join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
