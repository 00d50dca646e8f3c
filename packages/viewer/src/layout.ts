/**
 * A stable layout: positions from the data when every actor has them
 * (explicitly mapped columns), else ForceAtlas2 (Jacomy, Venturini,
 * Heymann & Bastian 2014, PLoS ONE 9(6): e98679) for a fixed number of
 * iterations from seeded starting positions, so the same data gives the
 * same picture. The iterations run on graphology's flat matrices; in the
 * browser they run in a Web Worker (`layout-worker.ts`), here synchronously
 * (Node, tests, and the fallback): both run the same iteration code on the
 * same Float32 matrices and give the same positions. Finally each
 * locality's cluster is moved onto a ring so that localities never overlap.
 * Positions are returned, never written into the dataset.
 */
import * as forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import fa2Defaults from 'graphology-layout-forceatlas2/defaults.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { createRng } from '@muster/core';
import type { DisplayGraph, DisplayNode } from './graph.js';
import { bandFor, DEFAULT_SETTINGS, type ViewerSettings } from './settings.js';
import type { LayoutOptions } from './types.js';

// A CommonJS module: its `module.exports` is the default export under Node
// and bundlers alike, while its types describe an ES default export.
interface ForceAtlas2 {
  inferSettings(order: number): ForceAtlas2Settings;
}
const forceAtlas2: ForceAtlas2 =
  (forceAtlas2Module as unknown as { default?: ForceAtlas2 }).default ?? (forceAtlas2Module as unknown as ForceAtlas2);

export type Positions = Map<string, { x: number; y: number }>;

/** What a ForceAtlas2 run needs: node ids in matrix order, the matrices and settings. */
export interface LayoutJob {
  nodes: string[];
  /** graphology-layout-forceatlas2's node matrix (10 floats a node). */
  nodeMatrix: Float32Array;
  /** Its edge matrix (3 floats an edge). */
  edgeMatrix: Float32Array;
  settings: ForceAtlas2Settings;
  iterations: number;
  /** Locality of each node, for the final separation. */
  localities: string[];
  /** Gap between neighbouring localities, as a share of the largest one's radius (settings `layout.localityGap`). */
  localityGap: number;
}

const PPN = 10;

/** ForceAtlas2 iterations for a graph of `order` actors. */
export function defaultIterations(order: number, settings: ViewerSettings = DEFAULT_SETTINGS): number {
  return bandFor(settings.layout.iterations, order).iterations;
}

/** Positions of every node by `at`, or null as soon as one has none (or not two finite numbers). */
function everyPosition(
  graph: DisplayGraph,
  at: (node: string, data: DisplayNode) => readonly [unknown, unknown] | undefined,
): Positions | null {
  if (graph.order === 0) return null;
  const positions: Positions = new Map();
  let complete = true;
  graph.forEachNode((node, data) => {
    if (!complete) return;
    const p = at(node, data);
    if (p === undefined || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) complete = false;
    else positions.set(node, { x: p[0] as number, y: p[1] as number });
  });
  return complete ? positions : null;
}

/** Stored positions, when they cover every actor; else null. */
export function storedPositions(graph: DisplayGraph, options: LayoutOptions = {}): Positions | null {
  const stored = options.positions;
  if (stored === undefined) return null;
  return everyPosition(graph, (node) => (Object.hasOwn(stored, node) ? stored[node] : undefined));
}

/** Positions from mapped columns, when every actor has finite numbers in both; else null. */
export function positionsFromData(graph: DisplayGraph, options: LayoutOptions = {}): Positions | null {
  const mapping = options.positionAttributes === undefined ? { x: 'x', y: 'y' } : options.positionAttributes;
  if (mapping === null) return null;
  const number = (v: unknown): number =>
    typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  // Data y (a map's northing) grows upwards, as sigma's does.
  return everyPosition(graph, (_node, { actor }) => [
    number(actor.attributes[mapping.x]),
    number(actor.attributes[mapping.y]),
  ]);
}

/**
 * The starting positions and matrices: each locality in its own disc (area
 * by its size), the discs round a circle, actors at seeded random points in
 * their disc; so few iterations already give a readable picture.
 */
export function prepareLayout(
  graph: DisplayGraph,
  options: LayoutOptions = {},
  settings: ViewerSettings = DEFAULT_SETTINGS,
): LayoutJob {
  const rng = createRng(options.seed ?? 1);
  const n = graph.order;
  const counts = new Map<string, number>();
  graph.forEachNode((_node, { actor }) => counts.set(actor.locality, (counts.get(actor.locality) ?? 0) + 1));
  const centres = new Map<string, { x: number; y: number; r: number }>();
  const ring = counts.size > 1 ? Math.sqrt(n) * settings.layout.ringRadius : 0;
  [...counts].forEach(([locality, count], i) => {
    const angle = (2 * Math.PI * i) / counts.size;
    const r = Math.sqrt(count) * settings.layout.discRadius;
    centres.set(locality, { x: ring * Math.cos(angle), y: ring * Math.sin(angle), r });
  });
  const nodes: string[] = [];
  const localities: string[] = [];
  const index = new Map<string, number>();
  const nodeMatrix = new Float32Array(n * PPN);
  graph.forEachNode((node, { actor }) => {
    const centre = centres.get(actor.locality)!;
    const angle = rng() * 2 * Math.PI;
    const r = centre.r * Math.sqrt(rng());
    const j = nodes.length * PPN;
    index.set(node, nodes.length);
    nodes.push(node);
    localities.push(actor.locality);
    nodeMatrix.set([centre.x + r * Math.cos(angle), centre.y + r * Math.sin(angle), 0, 0, 0, 0, 1, 1, 1, 0], j);
  });
  const edges: number[] = [];
  graph.forEachUndirectedEdge((_edge, _attributes, source, target) => {
    const s = index.get(source)! * PPN;
    const t = index.get(target)! * PPN;
    // Mass is one plus the degree, as graphology's own matrices give it.
    nodeMatrix[s + 6]! += 1;
    nodeMatrix[t + 6]! += 1;
    edges.push(s, t, 1);
  });
  const inferred = forceAtlas2.inferSettings(n);
  return {
    nodes,
    nodeMatrix,
    edgeMatrix: new Float32Array(edges),
    settings: {
      ...inferred,
      scalingRatio: Math.max(inferred.scalingRatio ?? 1, settings.layout.minScalingRatio),
      barnesHutOptimize: n > settings.layout.barnesHutAbove,
      ...settings.layout.forceAtlas2,
    },
    iterations: n > 1 && edges.length > 0 ? (options.iterations ?? defaultIterations(n, settings)) : 0,
    localities,
    localityGap: settings.layout.localityGap,
  };
}

/** Positions from a finished node matrix, localities moved apart. */
export function finishLayout(job: LayoutJob, nodeMatrix: Float32Array): Positions {
  const positions: Positions = new Map();
  job.nodes.forEach((node, i) => positions.set(node, { x: nodeMatrix[i * PPN]!, y: nodeMatrix[i * PPN + 1]! }));
  separateLocalities(positions, job.nodes, job.localities, job.localityGap);
  return positions;
}

/**
 * Moves each locality's cluster, unchanged in shape, onto a ring in the
 * order of first appearance, with a gap between neighbours: clusters never
 * overlap, whatever ties cross between them.
 */
export function separateLocalities(
  positions: Positions,
  nodes: readonly string[],
  localities: readonly string[],
  gapShare = DEFAULT_SETTINGS.layout.localityGap,
): void {
  const groups = new Map<string, string[]>();
  nodes.forEach((node, i) => {
    const group = groups.get(localities[i]!);
    if (group === undefined) groups.set(localities[i]!, [node]);
    else group.push(node);
  });
  if (groups.size < 2) return;
  const discs = [...groups.values()].map((members) => {
    let [cx, cy] = [0, 0];
    for (const m of members) {
      cx += positions.get(m)!.x / members.length;
      cy += positions.get(m)!.y / members.length;
    }
    let r = 0;
    for (const m of members) r = Math.max(r, Math.hypot(positions.get(m)!.x - cx, positions.get(m)!.y - cy));
    return { members, cx, cy, r: Math.max(r, 1) };
  });
  const gap = Math.max(...discs.map((d) => d.r)) * gapShare;
  const circumference = discs.reduce((sum, d) => sum + 2 * d.r + gap, 0);
  // The ring is wide enough that the chords between neighbours clear both discs.
  const radius = Math.max(circumference / (2 * Math.PI), ...discs.map((d) => d.r * 2));
  let along = 0;
  for (const d of discs) {
    const angle = ((along + d.r + gap / 2) / circumference) * 2 * Math.PI;
    along += 2 * d.r + gap;
    const [dx, dy] = [radius * Math.cos(angle) - d.cx, radius * Math.sin(angle) - d.cy];
    for (const m of d.members) {
      const p = positions.get(m)!;
      positions.set(m, { x: p.x + dx, y: p.y + dy });
    }
  }
}

/** ForceAtlas2's settings as its iteration reads them: its defaults under the job's. */
export function fullSettings(job: LayoutJob): Required<ForceAtlas2Settings> {
  return { ...fa2Defaults, ...job.settings } as Required<ForceAtlas2Settings>;
}

/** Runs a job's iterations here, synchronously; returns the node matrix. */
export function runLayoutJob(job: LayoutJob): Float32Array {
  const matrix = new Float32Array(job.nodeMatrix);
  const settings = fullSettings(job);
  for (let i = 0; i < job.iterations; i++) iterate(settings, matrix, job.edgeMatrix);
  return matrix;
}

/** Computes positions for every node of the drawn graph, synchronously. */
export function layout(
  graph: DisplayGraph,
  options: LayoutOptions = {},
  settings: ViewerSettings = DEFAULT_SETTINGS,
): Positions {
  const given = positionsFromData(graph, options);
  if (given !== null) return given;
  const job = prepareLayout(graph, options, settings);
  return finishLayout(job, runLayoutJob(job));
}
