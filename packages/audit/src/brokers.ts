/**
 * Brokers: the actors the locality depends on. For each candidate (the
 * actors with the highest betweenness, and any actor who alone plays a
 * role) we take the actor out and measure what the locality loses: pairs
 * of present roles that can no longer reach each other, steps added
 * between those that still can, and actors cut off from the rest of their
 * component. Actors are ranked by those three, in that order, then by
 * betweenness. Only an actor whose leaving cuts a role pair, or adds at
 * least {@link brokerMinSteps} steps between role groups, is a broker: one
 * or two steps more over dozens of pairs is no dependence worth a name.
 */
import { bfsScratch, distancesFrom, nearest } from './bfs.js';
import type { LocalityView } from './locality.js';
import type { BrokerImpact } from './report.js';

/** How many of the highest-betweenness actors are tested. */
export function brokerCandidates(n: number): number {
  return n > 50_000 ? 10 : 30;
}

/** At most this many brokers are listed. */
export const MAX_BROKERS = 10;

/**
 * The steps an actor's leaving must add between role groups (summed over
 * the pairs that can reach each other) to make them a broker when no pair
 * is cut: a tenth of those pairs, and at least 2.
 */
export function brokerMinSteps(reachablePairs: number): number {
  return Math.max(2, Math.ceil(reachablePairs / 10));
}

/** The actors with the highest betweenness, who are tested as brokers (node indices). */
export function topBetweenness(between: ArrayLike<number>): number[] {
  const n = between.length;
  return Array.from({ length: n }, (_, i) => i)
    .filter((i) => between[i]! > 0)
    .sort((a, b) => between[b]! - between[a]! || a - b)
    .slice(0, brokerCandidates(n));
}

/**
 * Ranks the brokers of a locality; `distances` are the role-group distances
 * with everyone present. `tested` replaces the highest-betweenness actors as
 * the candidates (the stability resamples test the full audit's own).
 */
export function findBrokers(
  view: LocalityView,
  between: Float64Array,
  distances: (Int32Array | null)[],
  tested: readonly number[] = topBetweenness(between),
): BrokerImpact[] {
  const n = view.actors.length;
  const candidates = new Set(tested);
  for (const group of view.members) if (group.length === 1) candidates.add(group[0]!);

  const present = view.members.map((g, r) => (g.length > 0 ? r : -1)).filter((r) => r >= 0);
  // before[a][b]: the distance between role groups a < b with everyone present.
  const before = view.members.map((): (number | null)[] => []);
  let reachable = 0;
  for (const a of present)
    for (const b of present) {
      if (b <= a) continue;
      const d = nearest(distances[a]!, view.members[b]!);
      before[a]![b] = d;
      if (d !== null) reachable++;
    }

  const minSteps = brokerMinSteps(reachable);
  const scratch = bfsScratch(n);
  const parents = view.members.map((_g, r) => (distances[r] ? parentCounts(view, distances[r]) : null));
  const impacts: BrokerImpact[] = [];
  for (const v of [...candidates].sort((a, b) => a - b)) {
    let rolePairsCut = 0;
    let distanceAdded = 0;
    const left = view.members.map((g) => g.filter((x) => x !== v));
    for (const a of present) {
      const sources = left[a]!;
      const unchanged = sources.length === view.members[a]!.length && !soleParent(view, v, distances[a]!, parents[a]!);
      const dist =
        sources.length === 0 ? null : unchanged ? distances[a]! : distancesFrom(view.graph, sources, scratch, v);
      for (const b of present) {
        if (b <= a) continue;
        const old = before[a]![b]!;
        if (old === null) continue;
        const targets = left[b]!;
        const now = dist === null || targets.length === 0 ? null : nearest(dist, targets);
        if (now === null) rolePairsCut++;
        else distanceAdded += now - old;
      }
    }
    if (rolePairsCut === 0 && distanceAdded < minSteps) continue;
    const actorsCut = cutOff(view, v, scratch);
    impacts.push({ actor: view.actors[v]!.id, rolePairsCut, distanceAdded, actorsCut, betweenness: between[v]! });
  }
  impacts.sort(
    (x, y) =>
      y.rolePairsCut - x.rolePairsCut ||
      y.distanceAdded - x.distanceAdded ||
      y.actorsCut - x.actorsCut ||
      y.betweenness - x.betweenness ||
      (x.actor < y.actor ? -1 : 1),
  );
  return impacts.slice(0, MAX_BROKERS);
}

/** For each node, how many of its neighbours lie one step nearer the sources (its shortest-path parents). */
function parentCounts(view: LocalityView, dist: Int32Array): Int32Array {
  const { offsets, neighbours } = view.graph;
  const count = new Int32Array(dist.length);
  for (let u = 0; u < dist.length; u++) {
    const d = dist[u]!;
    if (d <= 0) continue;
    for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) if (dist[neighbours[k]!] === d - 1) count[u]!++;
  }
  return count;
}

/**
 * Whether some node's shortest paths from the sources all pass through `v`
 * (a neighbour one step further whose only parent is `v`). If none does,
 * taking `v` out changes no other node's distance, so the search need not
 * be run again: every node keeps a parent other than `v`, by induction on
 * the distance.
 */
function soleParent(view: LocalityView, v: number, dist: Int32Array, parents: Int32Array): boolean {
  const { offsets, neighbours } = view.graph;
  const d = dist[v]!;
  if (d < 0) return false;
  for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
    const w = neighbours[k]!;
    if (dist[w] === d + 1 && parents[w] === 1) return true;
  }
  return false;
}

/** Actors of `v`'s component cut off from its largest remaining piece if `v` leaves. */
function cutOff(view: LocalityView, v: number, scratch: ReturnType<typeof bfsScratch>): number {
  const { offsets, neighbours } = view.graph;
  const seen = new Set<number>();
  let total = 0;
  let largest = 0;
  for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
    const start = neighbours[k]!;
    if (seen.has(start)) continue;
    const dist = distancesFrom(view.graph, [start], scratch, v);
    let size = 0;
    for (let i = 0; i < dist.length; i++) {
      if (dist[i]! >= 0) {
        size++;
        seen.add(i);
      }
    }
    total += size;
    largest = Math.max(largest, size);
  }
  return total - largest;
}
