/**
 * Observed flow: how one idea travelled, inferred from who took it up when.
 *
 * Each adopter's source is the one recorded in adoptions.csv, or else the
 * flow-tie neighbour (a tie of a flow-carrying kind, either direction) who
 * adopted most recently before them — the last exposure, the usual reading
 * of a diffusion network (Valente 1995). An adopter with no earlier
 * neighbour is an independent entry. These trees are inferences, not facts:
 * the data shows who could have passed the idea on, not who did.
 */
import { compactView, compareDates, parseDate, type Adoption, type CompactGraph, type Dataset } from '@muster/core';
import { adopterCategories } from './categories.js';
import type { AdoptionStep, Crossing, CurvePoint, LocalityReach, Relay, RoleReach } from './report.js';

/** The observed cascade of one idea, before the report is assembled. */
export interface Cascade {
  steps: AdoptionStep[];
  curve: CurvePoint[];
  crossings: Crossing[];
  relays: Relay[];
}

/** Adoptions of an idea in adoption order: by date, then actor id. */
export function adoptionOrder(adoptions: readonly Adoption[], idea: string): Adoption[] {
  return adoptions
    .filter((a) => a.idea === idea)
    .sort((x, y) => compareDates(x.date, y.date) || (x.actor < y.actor ? -1 : x.actor > y.actor ? 1 : 0));
}

/** The merged undirected graph of ties that carry ideas. */
export function flowGraph(dataset: Dataset, kinds: readonly string[]): CompactGraph {
  return compactView(dataset, { kinds });
}

/** Reconstructs the transmission tree, exposures, curve, crossings and relays of one idea. */
export function traceCascade(dataset: Dataset, idea: string, graph: CompactGraph): Cascade {
  const order = adoptionOrder(dataset.adoptions, idea);
  const n = graph.ids.length;
  // Adoption time per node, as a number of one date form; NaN = not an adopter.
  const time = new Float64Array(n).fill(NaN);
  for (const a of order) time[graph.index.get(a.actor)!] = parseDate(a.date)!.value;
  const dateOf = new Map(order.map((a) => [a.actor, a.date]));
  const categories = adopterCategories(order.map((a) => parseDate(a.date)!.value));

  const steps: AdoptionStep[] = order.map((adoption, k) => {
    const v = graph.index.get(adoption.actor)!;
    const t = time[v]!;
    let earlier = 0;
    let latest = -1;
    for (let e = graph.offsets[v]!, end = graph.offsets[v + 1]!; e < end; e++) {
      const u = graph.neighbours[e]!;
      const tu = time[u]!;
      if (!(tu < t)) continue;
      earlier++;
      // The most recent earlier adopter; among equals, the smallest id.
      if (latest === -1 || tu > time[latest]! || (tu === time[latest]! && graph.ids[u]! < graph.ids[latest]!))
        latest = u;
    }
    const degree = graph.offsets[v + 1]! - graph.offsets[v]!;
    const exposure = degree === 0 ? null : earlier / degree;
    const category = categories[k]!;
    if (adoption.source !== undefined) {
      return {
        actor: adoption.actor,
        date: adoption.date,
        source: adoption.source,
        via: 'recorded',
        exposure,
        category,
      };
    }
    if (latest >= 0) {
      return {
        actor: adoption.actor,
        date: adoption.date,
        source: graph.ids[latest]!,
        via: 'inferred',
        exposure,
        category,
      };
    }
    return { actor: adoption.actor, date: adoption.date, source: null, via: 'independent', exposure, category };
  });

  const curve: CurvePoint[] = [];
  steps.forEach((step, k) => {
    const last = curve[curve.length - 1];
    if (last !== undefined && compareDates(last.date, step.date) === 0) last.cumulative = k + 1;
    else curve.push({ date: step.date, cumulative: k + 1 });
  });

  const localityOf = new Map(dataset.actors.map((a) => [a.id, a.locality]));
  const crossings: Crossing[] = [];
  for (const step of steps) {
    if (step.source === null) continue;
    const from = localityOf.get(step.source)!;
    const to = localityOf.get(step.actor)!;
    if (from !== to) crossings.push({ from, to, source: step.source, actor: step.actor, date: step.date });
  }

  // Relays: direct passes and everyone downstream in the tree.
  const children = new Map<string, string[]>();
  for (const step of steps) {
    if (step.source === null || !dateOf.has(step.source)) continue;
    const list = children.get(step.source) ?? [];
    list.push(step.actor);
    children.set(step.source, list);
  }
  const downstream = (actor: string): number => {
    let count = 0;
    const stack = [...(children.get(actor) ?? [])];
    const seen = new Set<string>([actor]);
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      count++;
      stack.push(...(children.get(next) ?? []));
    }
    return count;
  };
  const relays: Relay[] = [...children]
    .map(([actor, list]) => ({ actor, passedOn: list.length, downstream: downstream(actor) }))
    .sort((x, y) => y.downstream - x.downstream || y.passedOn - x.passedOn || (x.actor < y.actor ? -1 : 1));
  return { steps, curve, crossings, relays };
}

/** When each role first took up the idea; an actor counts for its main and extra roles. */
export function roleReach(dataset: Dataset, roles: readonly string[], steps: readonly AdoptionStep[]): RoleReach[] {
  const actor = new Map(dataset.actors.map((a) => [a.id, a]));
  return roles.map((role) => {
    const plays = (id: string): boolean => {
      const a = actor.get(id)!;
      return a.role === role || a.roles.includes(role);
    };
    const mine = steps.filter((s) => plays(s.actor));
    const categories = { innovator: 0, 'early-adopter': 0, 'early-majority': 0, 'late-majority': 0, laggard: 0 };
    for (const s of mine) categories[s.category]++;
    return {
      role,
      first: mine[0]?.date ?? null,
      adopters: mine.length,
      actors: dataset.actors.filter((a) => a.role === role || a.roles.includes(role)).length,
      categories,
    };
  });
}

/** When each locality first took up the idea, in the dataset's order of localities. */
export function localityReach(dataset: Dataset, steps: readonly AdoptionStep[]): LocalityReach[] {
  const localityOf = new Map(dataset.actors.map((a) => [a.id, a.locality]));
  const localities = [...new Set(dataset.actors.map((a) => a.locality))];
  return localities.map((locality) => {
    const mine = steps.filter((s) => localityOf.get(s.actor) === locality);
    return {
      locality,
      first: mine[0]?.date ?? null,
      adopters: mine.length,
      actors: dataset.actors.filter((a) => a.locality === locality).length,
    };
  });
}
