/**
 * Breadth-first search on the compact view from a set of sources at once:
 * the distance (in ties) from the nearest source to every node. Scratch
 * arrays are passed in so that repeated searches allocate nothing.
 */
import type { CompactGraph } from '@muster/core';

/** Reusable arrays for {@link distancesFrom}. */
export interface BfsScratch {
  dist: Int32Array;
  queue: Int32Array;
}

export function bfsScratch(n: number): BfsScratch {
  return { dist: new Int32Array(n), queue: new Int32Array(n) };
}

/**
 * Fills `scratch.dist` with the distance from the nearest of `sources`
 * (-1 where unreachable) and returns it. A `removed` node is treated as
 * absent: neither a source nor a step.
 */
export function distancesFrom(
  graph: CompactGraph,
  sources: readonly number[],
  scratch: BfsScratch,
  removed = -1,
): Int32Array {
  const { dist, queue } = scratch;
  const { offsets, neighbours } = graph;
  dist.fill(-1);
  let head = 0;
  let tail = 0;
  for (const s of sources) {
    if (s === removed || dist[s] === 0) continue;
    dist[s] = 0;
    queue[tail++] = s;
  }
  while (head < tail) {
    const u = queue[head++]!;
    const next = dist[u]! + 1;
    for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
      const v = neighbours[k]!;
      if (dist[v] === -1 && v !== removed) {
        dist[v] = next;
        queue[tail++] = v;
      }
    }
  }
  return dist;
}

/** The smallest distance at any of `targets`, or null if none is reachable. */
export function nearest(dist: Int32Array, targets: readonly number[]): number | null {
  let best = -1;
  for (const t of targets) {
    const d = dist[t]!;
    if (d >= 0 && (best < 0 || d < best)) best = d;
  }
  return best < 0 ? null : best;
}

/** Connected components: a component id per node (0.. in order of the smallest node) and their count. */
export interface Components {
  component: Int32Array;
  count: number;
}

/** The {@link Components} of a graph. */
export function components(graph: CompactGraph): Components {
  const n = graph.ids.length;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let count = 0;
  for (let s = 0; s < n; s++) {
    if (component[s] !== -1) continue;
    component[s] = count;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const u = queue[head++]!;
      for (let k = graph.offsets[u]!, end = graph.offsets[u + 1]!; k < end; k++) {
        const v = graph.neighbours[k]!;
        if (component[v] === -1) {
          component[v] = count;
          queue[tail++] = v;
        }
      }
    }
    count++;
  }
  return { component, count };
}
