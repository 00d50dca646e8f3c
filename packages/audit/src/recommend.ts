/**
 * Recommendations, each with its reason in data:
 * - `recruit` a missing role, naming the other localities that have it and
 *   ties into this one (so it could be borrowed);
 * - `introduce` two actors whose new tie would close failing maxDistance or
 *   redundancy rules, chosen greedily to close the most at once;
 * - `add-redundancy` where one broker alone carries a role pair.
 */
import type { CompactGraph } from '@muster/core';
import { bfsScratch, distancesFrom } from './bfs.js';
import type { RedundancyFailure } from './rules/index.js';
import type { LocalityView } from './locality.js';
import { pairKey } from './reach.js';
import type { Recommendation, RoleCoverage, RoleLink } from './report.js';

/** What the dataset knows beyond one locality. */
export interface RegionFacts {
  /** Locality → roles (main or extra) present there. */
  rolesByLocality: Map<string, Set<string>>;
  /** `a\u0000b` (sorted) → ties between the two localities. */
  crossTies: Map<string, number>;
}

/** At most this many introductions are proposed per locality. */
export const MAX_INTRODUCTIONS = 5;
/** Candidates tried on each side of a failing pair: its best-connected actors. */
const SIDE_CANDIDATES = 3;

function crossKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function recruitments(view: LocalityView, coverage: RoleCoverage[], region: RegionFacts): Recommendation[] {
  const out: Recommendation[] = [];
  for (const c of coverage) {
    if (c.status !== 'missing' || c.required === 0) continue;
    const holders = [...region.rolesByLocality]
      .filter(([locality, roles]) => locality !== view.locality && roles.has(c.role))
      .map(([locality]) => ({ locality, ties: region.crossTies.get(crossKey(locality, view.locality)) ?? 0 }));
    const lending = holders
      .filter((h) => h.ties > 0)
      .sort((x, y) => y.ties - x.ties || (x.locality < y.locality ? -1 : 1))
      .map((h) => h.locality);
    const alsoIn = holders
      .filter((h) => h.ties === 0)
      .map((h) => h.locality)
      .sort();
    const reason =
      lending.length > 0
        ? `${view.locality} has no ${c.label.toLowerCase()}; ${lending.join(', ')} ${lending.length === 1 ? 'has' : 'have'} some and ${lending.length === 1 ? 'is' : 'are'} already tied to ${view.locality}.`
        : `${view.locality} has no ${c.label.toLowerCase()}${alsoIn.length > 0 ? `; ${alsoIn.join(', ')} ${alsoIn.length === 1 ? 'has' : 'have'} some but no ties here yet` : ''}.`;
    out.push({ kind: 'recruit', role: c.role, lendingLocalities: lending, alsoIn, reason });
  }
  return out;
}

/** A rule an introduction could close. */
interface Gap {
  roles: [number, number];
  rule: 'maxDistance' | 'redundancy';
  max: number;
  /** For redundancy: actors a new tie must avoid. */
  brokers: number[];
}

/** The graph with one more tie, as a new compact view. */
function withTie(graph: CompactGraph, u: number, v: number): CompactGraph {
  const n = graph.ids.length;
  const offsets = new Int32Array(n + 1);
  const neighbours = new Int32Array(graph.neighbours.length + 2);
  const weights = new Float64Array(graph.neighbours.length + 2);
  let out = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = out;
    const extra = i === u ? v : i === v ? u : -1;
    let placed = extra === -1;
    for (let k = graph.offsets[i]!, end = graph.offsets[i + 1]!; k < end; k++) {
      const w = graph.neighbours[k]!;
      if (!placed && extra < w) {
        neighbours[out] = extra;
        weights[out++] = 1;
        placed = true;
      }
      neighbours[out] = w;
      weights[out++] = graph.weights[k]!;
    }
    if (!placed) {
      neighbours[out] = extra;
      weights[out++] = 1;
    }
  }
  offsets[n] = out;
  return { ids: graph.ids, index: graph.index, offsets, neighbours, weights };
}

function tied(graph: CompactGraph, u: number, v: number): boolean {
  for (let k = graph.offsets[u]!, end = graph.offsets[u + 1]!; k < end; k++) if (graph.neighbours[k] === v) return true;
  return false;
}

/** The best-connected actors of a group, leaving out some. */
function sideCandidates(graph: CompactGraph, group: readonly number[], avoid: readonly number[]): number[] {
  return group
    .filter((x) => !avoid.includes(x))
    .sort((a, b) => graph.offsets[b + 1]! - graph.offsets[b]! - (graph.offsets[a + 1]! - graph.offsets[a]!) || a - b)
    .slice(0, SIDE_CANDIDATES);
}

/**
 * Introductions chosen greedily: each round tries the best-connected actors
 * on both sides of every open gap, keeps the tie that closes the most gaps
 * (ties broken by the pair's combined degree, then by node order), adds it
 * to the graph and measures again.
 */
export function introductions(
  view: LocalityView,
  links: RoleLink[],
  failures: RedundancyFailure[],
): { recommendations: Recommendation[]; closedRedundancy: Map<string, [number, number]> } {
  const roleOf = (id: string): number => view.roleIndex.get(id)!;
  let open: Gap[] = [
    ...links
      .filter((l) => l.max !== undefined && (l.status === 'distant' || l.status === 'disconnected'))
      .map((l): Gap => ({
        roles: [roleOf(l.roles[0]), roleOf(l.roles[1])],
        rule: 'maxDistance',
        max: l.max!,
        brokers: [],
      })),
    ...failures.map((f): Gap => ({ roles: f.roles, rule: 'redundancy', max: 0, brokers: f.brokers })),
  ];
  let graph = view.graph;
  const scratch = bfsScratch(view.actors.length);
  const recommendations: Recommendation[] = [];
  const closedRedundancy = new Map<string, [number, number]>();
  while (open.length > 0 && recommendations.length < MAX_INTRODUCTIONS) {
    const dist = new Map<number, Int32Array>();
    const from = (r: number): Int32Array => {
      let d = dist.get(r);
      if (d === undefined) dist.set(r, (d = distancesFrom(graph, view.members[r]!, scratch).slice()));
      return d;
    };
    const closes = (gap: Gap, a: number, b: number): boolean => {
      const [x, y] = gap.roles;
      if (gap.rule === 'redundancy') {
        if (gap.brokers.includes(a) || gap.brokers.includes(b)) return false;
        const inX = (n: number): boolean => view.members[x]!.includes(n);
        const inY = (n: number): boolean => view.members[y]!.includes(n);
        return (inX(a) && inY(b)) || (inX(b) && inY(a));
      }
      const dx = from(x);
      const dy = from(y);
      const via = (p: number, q: number): number => (dx[p]! < 0 || dy[q]! < 0 ? Infinity : dx[p]! + 1 + dy[q]!);
      return Math.min(via(a, b), via(b, a)) <= gap.max;
    };
    let best: { a: number; b: number; closed: Gap[]; degree: number } | null = null;
    const tried = new Set<string>();
    for (const gap of open) {
      const [x, y] = gap.roles;
      for (const a of sideCandidates(graph, view.members[x]!, gap.brokers)) {
        for (const b of sideCandidates(graph, view.members[y]!, gap.brokers)) {
          if (a === b || tied(graph, a, b)) continue;
          const key = a < b ? `${a}-${b}` : `${b}-${a}`;
          if (tried.has(key)) continue;
          tried.add(key);
          const closed = open.filter((g) => closes(g, a, b));
          const degree = graph.offsets[a + 1]! - graph.offsets[a]! + graph.offsets[b + 1]! - graph.offsets[b]!;
          const better =
            best === null ||
            closed.length > best.closed.length ||
            (closed.length === best.closed.length &&
              (degree > best.degree ||
                (degree === best.degree && key < `${Math.min(best.a, best.b)}-${Math.max(best.a, best.b)}`)));
          if (closed.length > 0 && better) best = { a: Math.min(a, b), b: Math.max(a, b), closed, degree };
        }
      }
    }
    if (best === null) break;
    const { a, b, closed } = best;
    const ids: [string, string] = [view.actors[a]!.id, view.actors[b]!.id];
    const closesAll = closed.map((g) => ({
      roles: [view.roles[g.roles[0]]!, view.roles[g.roles[1]]!] as [string, string],
      rule: g.rule,
    }));
    for (const g of closed) if (g.rule === 'redundancy') closedRedundancy.set(pairKey(g.roles[0], g.roles[1]), [a, b]);
    const names = `${view.actors[a]!.name} (${view.profile.roles[view.primary[a]!]!.label.toLowerCase()}) and ${view.actors[b]!.name} (${view.profile.roles[view.primary[b]!]!.label.toLowerCase()})`;
    recommendations.push({
      kind: 'introduce',
      actors: ids,
      closes: closesAll[0]!.roles,
      closesAll,
      reason: `Introducing ${names} would close ${closed.length} failing ${closed.length === 1 ? 'rule' : 'rules'}: ${closesAll
        .map((c) => `${c.roles.join(' – ')} (${c.rule})`)
        .join(', ')}.`,
    });
    graph = withTie(graph, a, b);
    open = open.filter((g) => !closed.includes(g));
  }
  return { recommendations, closedRedundancy };
}

/** One `add-redundancy` per single broker of a failing redundancy rule, with the introduction that would relieve it. */
export function redundancyAdvice(
  view: LocalityView,
  failures: RedundancyFailure[],
  closedBy: Map<string, [number, number]>,
): Recommendation[] {
  const out: Recommendation[] = [];
  for (const failure of failures) {
    const pair = closedBy.get(pairKey(failure.roles[0], failure.roles[1]));
    const roles: [string, string] = [view.roles[failure.roles[0]]!, view.roles[failure.roles[1]]!];
    for (const broker of failure.brokers) {
      const actor = view.actors[broker]!;
      out.push({
        kind: 'add-redundancy',
        roles,
        broker: actor.id,
        actors: pair === undefined ? null : [view.actors[pair[0]]!.id, view.actors[pair[1]]!.id],
        reason: `Every link between ${roles.join(' and ')} in ${view.locality} runs through ${actor.name}; a second route would keep them joined if ${actor.name} moved on.`,
      });
    }
  }
  return out;
}
