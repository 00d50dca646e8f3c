/**
 * A stable layout: positions from the data when every actor has them
 * (explicitly mapped columns), else ForceAtlas2 (Jacomy, Venturini,
 * Heymann & Bastian 2014, PLoS ONE 9(6): e98679) run synchronously for a
 * fixed number of iterations from seeded random starting positions, so the
 * same data gives the same picture. Positions are returned, never written
 * into the graph's or the dataset's attributes.
 */
import { UndirectedGraph } from 'graphology';
import * as forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { createRng } from '@muster/core';
import type { DisplayGraph } from './graph.js';
import type { LayoutOptions } from './types.js';

// A CommonJS module: its `module.exports` is the default export under Node
// and bundlers alike, while its types describe an ES default export.
interface ForceAtlas2 {
  assign(
    graph: UndirectedGraph<{ x: number; y: number }, { weight: number }>,
    params: { iterations: number; getEdgeWeight: null; settings: ForceAtlas2Settings },
  ): void;
  inferSettings(graph: UndirectedGraph<{ x: number; y: number }, { weight: number }>): ForceAtlas2Settings;
}
const forceAtlas2: ForceAtlas2 =
  (forceAtlas2Module as unknown as { default?: ForceAtlas2 }).default ?? (forceAtlas2Module as unknown as ForceAtlas2);

export type Positions = Map<string, { x: number; y: number }>;

/** Iterations by size: enough to settle small clusters, bounded for large ones (main thread, about 1 s at 10,000 actors). */
export function defaultIterations(order: number): number {
  if (order <= 500) return 300;
  if (order <= 2_000) return 120;
  if (order <= 10_000) return 30;
  return 8;
}

function fromData(graph: DisplayGraph, mapping: { x: string; y: string }): Positions | null {
  const positions: Positions = new Map();
  let complete = graph.order > 0;
  graph.forEachNode((node, { actor }) => {
    if (!complete) return;
    const x = actor.attributes[mapping.x];
    const y = actor.attributes[mapping.y];
    const nx = typeof x === 'string' && x.trim() !== '' ? Number(x) : x;
    const ny = typeof y === 'string' && y.trim() !== '' ? Number(y) : y;
    if (typeof nx !== 'number' || typeof ny !== 'number' || !Number.isFinite(nx) || !Number.isFinite(ny)) {
      complete = false;
      return;
    }
    // Screen y grows downwards; data y (a map's northing) upwards, as sigma's.
    positions.set(node, { x: nx, y: ny });
  });
  return complete ? positions : null;
}

/** Computes positions for every node of the drawn graph. */
export function layout(graph: DisplayGraph, options: LayoutOptions = {}): Positions {
  const mapping = options.positionAttributes === undefined ? { x: 'x', y: 'y' } : options.positionAttributes;
  if (mapping !== null) {
    const given = fromData(graph, mapping);
    if (given !== null) return given;
  }
  const rng = createRng(options.seed ?? 1);
  const n = graph.order;
  // Start: each locality in its own disc (area by its size), the discs
  // round a circle, actors at seeded random points in their disc; so few
  // iterations already give a readable picture of a large cluster.
  const localities = new Map<string, number>();
  graph.forEachNode((_node, { actor }) => localities.set(actor.locality, (localities.get(actor.locality) ?? 0) + 1));
  const centres = new Map<string, { x: number; y: number; r: number }>();
  const ring = localities.size > 1 ? Math.sqrt(n) * 12 : 0;
  [...localities].forEach(([locality, count], i) => {
    const angle = (2 * Math.PI * i) / localities.size;
    centres.set(locality, { x: ring * Math.cos(angle), y: ring * Math.sin(angle), r: Math.sqrt(count) * 8 });
  });
  // FA2 reads and writes x and y, so it runs on a bare copy of the structure.
  const scratch = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  graph.forEachNode((node, { actor }) => {
    const centre = centres.get(actor.locality)!;
    const angle = rng() * 2 * Math.PI;
    const r = centre.r * Math.sqrt(rng());
    scratch.addNode(node, { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
  });
  graph.forEachUndirectedEdge((_edge, attributes, source, target) => {
    scratch.addUndirectedEdge(source, target, { weight: attributes.role === 'tie' ? attributes.weight : 1 });
  });
  if (n > 1 && scratch.size > 0) {
    const settings = forceAtlas2.inferSettings(scratch);
    forceAtlas2.assign(scratch, {
      iterations: options.iterations ?? defaultIterations(n),
      getEdgeWeight: null,
      settings: { ...settings, scalingRatio: Math.max(settings.scalingRatio ?? 1, 10), barnesHutOptimize: n > 400 },
    });
  }
  const positions: Positions = new Map();
  scratch.forEachNode((node, attributes) => {
    positions.set(node, { x: attributes.x, y: attributes.y });
  });
  return positions;
}
