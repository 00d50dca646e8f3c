/**
 * Per-actor measures (REPORT.md conventions): degree and betweenness on the
 * merged undirected view, Burt's constraint and effective size with summed
 * weights, Gould–Fernandez brokerage on the directed view with the actor's
 * main role as its group, and the Louvain community.
 */
import { compactView, type Dataset } from '@muster/core';
import type { LocalityView } from './locality.js';
import { betweenness } from './metrics/betweenness.js';
import { brokerage } from './metrics/brokerage.js';
import { structuralHoles } from './metrics/burt.js';
import type { ActorMetrics } from './report.js';

/** How betweenness is computed: exactly, or from a seeded sample of source actors. */
export type BetweennessMode = 'exact' | { pivots: number };

/** Localities larger than this get pivot-sampled betweenness unless exact is asked for. */
export const EXACT_BETWEENNESS_LIMIT = 5000;
/** Pivots used above the limit. */
export const DEFAULT_PIVOTS = 1000;

/** The mode `auto` picks for a locality of `n` actors. */
export function autoBetweenness(n: number): BetweennessMode {
  return n <= EXACT_BETWEENNESS_LIMIT ? 'exact' : { pivots: DEFAULT_PIVOTS };
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** The actor measures that do not need betweenness: Burt's and Gould–Fernandez's. */
export interface ActorMeasures {
  burt: ReturnType<typeof structuralHoles>;
  broker: ReturnType<typeof brokerage>;
}

/**
 * Burt's constraint and effective size, and brokerage on the directed view:
 * apart, so that they can be computed while betweenness is on worker threads.
 */
export function actorMeasures(dataset: Dataset, view: LocalityView): ActorMeasures {
  const directed = compactView(dataset, { locality: view.locality, directed: true });
  return { burt: structuralHoles(view.graph), broker: brokerage(directed, view.primary) };
}

/**
 * Every actor's measures, in node order, and the raw betweenness for ranking
 * brokers. `precomputed` is the betweenness of `view.graph` for `mode` and
 * `seed` when it was computed elsewhere (on worker threads); `measures`, those
 * of {@link actorMeasures} when they were computed before.
 */
export function actorMetrics(
  dataset: Dataset,
  view: LocalityView,
  community: Int32Array,
  mode: BetweennessMode,
  seed: number,
  precomputed?: Float64Array,
  measures: ActorMeasures = actorMeasures(dataset, view),
): { metrics: ActorMetrics[]; betweenness: Float64Array } {
  const { graph } = view;
  if (precomputed !== undefined && precomputed.length !== graph.ids.length)
    throw new RangeError(
      `actorMetrics: precomputed betweenness has ${precomputed.length} values for ${graph.ids.length} actors`,
    );
  const between =
    precomputed ??
    (mode === 'exact'
      ? betweenness(graph)
      : betweenness(graph, { pivots: Math.min(mode.pivots, graph.ids.length), seed }));
  const { burt, broker } = measures;
  const metrics = view.actors.map((actor, i) => ({
    id: actor.id,
    name: actor.name,
    role: actor.role,
    degree: graph.offsets[i + 1]! - graph.offsets[i]!,
    betweenness: between[i]!,
    constraint: finite(burt.constraint[i]!),
    effectiveSize: finite(burt.effectiveSize[i]!),
    community: community[i]!,
    brokerage: {
      coordinator: broker.coordinator[i]!,
      itinerant: broker.itinerant[i]!,
      gatekeeper: broker.gatekeeper[i]!,
      representative: broker.representative[i]!,
      liaison: broker.liaison[i]!,
    },
  }));
  return { metrics, betweenness: between };
}
