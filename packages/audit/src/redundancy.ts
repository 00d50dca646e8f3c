/**
 * Single points of failure between two role groups: the actors whose
 * leaving would disconnect every remaining actor of one group from every
 * remaining actor of the other. Any such actor lies on every path between
 * the groups, so only the actors of one shortest path need testing, each
 * with one search.
 */
import { bfsScratch, distancesFrom, nearest } from './bfs.js';
import type { LocalityView } from './locality.js';

/** A shortest path (node indices) from group `a` to group `b`, or null when they are not joined. */
export function shortestGroupPath(view: LocalityView, a: readonly number[], b: readonly number[]): number[] | null {
  const n = view.actors.length;
  const parent = new Int32Array(n).fill(-2);
  const queue = new Int32Array(n);
  const target = new Uint8Array(n);
  for (const t of b) target[t] = 1;
  let head = 0;
  let tail = 0;
  for (const s of a) {
    if (parent[s] !== -2) continue;
    parent[s] = -1;
    queue[tail++] = s;
  }
  const { offsets, neighbours } = view.graph;
  while (head < tail) {
    const u = queue[head++]!;
    if (target[u]) {
      const path = [u];
      for (let p = parent[u]!; p !== -1; p = parent[p]!) path.push(p);
      return path.reverse();
    }
    for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
      const v = neighbours[k]!;
      if (parent[v] === -2) {
        parent[v] = u;
        queue[tail++] = v;
      }
    }
  }
  return null;
}

/**
 * The actors (node indices, ascending) through whom alone groups `a` and
 * `b` are joined. Empty when they are joined in two independent ways, or
 * not joined at all. An actor who is the only member of a group is not
 * counted: that is a thin role, not a missing alternative.
 */
export function singleBrokers(view: LocalityView, a: readonly number[], b: readonly number[]): number[] {
  const path = shortestGroupPath(view, a, b);
  if (path === null) return [];
  const scratch = bfsScratch(view.actors.length);
  const brokers: number[] = [];
  for (const v of path) {
    const restA = a.filter((x) => x !== v);
    const restB = b.filter((x) => x !== v);
    if (restA.length === 0 || restB.length === 0) continue;
    const dist = distancesFrom(view.graph, restA, scratch, v);
    if (nearest(dist, restB) === null) brokers.push(v);
  }
  return brokers.sort((x, y) => x - y);
}
