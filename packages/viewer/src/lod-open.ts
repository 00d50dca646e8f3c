/**
 * Opening a locality of a large map's overview (`lod.ts`): its actors are
 * drawn in place of its groups. When the actors' positions are only the
 * seeded start (no stored or data positions), the locality alone is laid
 * out in the Web Worker — a small graph, so it takes a moment — and fitted
 * into the disc its actors started in; the whole map is never laid out in
 * the browser.
 */
import type { ViewerContext } from './context.js';
import { displayGraph } from './graph.js';
import { finishLayout, prepareLayout } from './layout.js';
import { runLayoutAsync } from './layout-worker.js';
import type { Overview } from './lod.js';
import { fitVisible } from './view.js';

type Disc = { x: number; y: number; r: number };

/** The disc of some points: their centre and the farthest of them from it. */
function discOf(points: readonly { x: number; y: number }[]): Disc {
  let [x, y] = [0, 0];
  for (const p of points) [x, y] = [x + p.x / points.length, y + p.y / points.length];
  let r = 0;
  for (const p of points) r = Math.max(r, Math.hypot(p.x - x, p.y - y));
  return { x, y, r };
}

/** Moves `positions` from their own disc onto `disc`. */
function fitInto(positions: Map<string, { x: number; y: number }>, disc: Disc): Map<string, { x: number; y: number }> {
  const from = discOf([...positions.values()]);
  const scale = from.r > 0 ? disc.r / from.r : 1;
  const out = new Map<string, { x: number; y: number }>();
  for (const [key, p] of positions)
    out.set(key, { x: disc.x + (p.x - from.x) * scale, y: disc.y + (p.y - from.y) * scale });
  return out;
}

/** Lays one locality out in the worker; its actors move when done. */
function layOutLocality(ctx: ViewerContext, overview: Overview, locality: string, seed: number): void {
  const actors = ctx.dataset.actors.filter((a) => a.locality === locality);
  const members = new Set(actors.map((a) => a.id));
  // The overview keeps each locality's ties: no pass over every tie of the map.
  const ties = overview.tiesAt(locality).filter((t) => members.has(t.source) && members.has(t.target));
  const job = prepareLayout(displayGraph({ ...ctx.dataset, actors, ties }), { seed }, ctx.settings);
  const disc = discOf([...members].map((key) => ctx.graph.getNodeAttributes(key)));
  const run = runLayoutAsync(job, () => undefined, ctx.settings.timing);
  ctx.pending.add(run);
  ctx.dom.root.dataset.layingOut = String(ctx.pending.size);
  void run.done.then((matrix) => {
    ctx.pending.delete(run);
    ctx.dom.root.dataset.layingOut = String(ctx.pending.size);
    for (const [key, p] of fitInto(finishLayout(job, matrix), disc)) {
      const node = ctx.graph.getNodeAttributes(key);
      [node.x, node.y] = [p.x, p.y];
    }
    ctx.sigma.refresh();
    if (ctx.state.locality === locality) fitVisible(ctx);
  });
}

/**
 * Draws a locality's actors in place of its groups (nothing to do on a map
 * drawn whole, or when it is open already).
 */
export function openLocality(ctx: ViewerContext, locality: string): void {
  if (ctx.overview === null || !ctx.overview.open(locality)) return;
  if (!ctx.positionsFinal) layOutLocality(ctx, ctx.overview, locality, ctx.layoutSeed);
  ctx.dom.root.dataset.opened = String(ctx.overview.opened.size);
}
