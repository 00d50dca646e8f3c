/**
 * The network's stage, as network weavers read a community network (Krebs
 * & Holley 2006): scattered clusters, a single hub and its spokes, several
 * hubs in a small world, or a core and its periphery. Decided from
 * measures with published definitions, in this order (thresholds in
 * {@link STAGE_THRESHOLDS}, the reasons in docs/audit.md):
 *
 * 1. `scattered`: no ties, or the largest component holds less than half
 *    of the actors;
 * 2. `hub-and-spoke`: degree centralisation (Freeman 1978) of at least 0.5 —
 *    one actor holds most ties;
 * 3. `core-periphery`: a Borgatti–Everett core–periphery fit of at least
 *    0.6;
 * 4. `hub-and-spoke` again when exactly one actor is a hub (degree at
 *    least the mean plus two standard deviations, and at least 3) and
 *    degree centralisation is at least 0.25;
 * 5. otherwise `multi-hub`: several hubs, or ties spread with no single
 *    centre and no core.
 *
 * Clustering and mean path length are compared with a random graph of the
 * same degrees (Watts & Strogatz 1998; Humphries & Gurney 2008's σ): they
 * are evidence of a small world, reported with the stage.
 */
import type { Components } from '../bfs.js';
import type { LocalityView } from '../locality.js';
import type { NetworkStage } from '../report.js';
import {
  coreFit,
  degreeCentralisation,
  degreeOf,
  largestComponent,
  localClustering,
  mean,
  meanPathLength,
  sameDegreeRandom,
} from './measures.js';

/** The thresholds of the stage's criteria. */
export const STAGE_THRESHOLDS = {
  /** Below this share of actors in the largest component, the network is scattered. */
  largestComponent: 0.5,
  /** From this degree centralisation, one hub dominates… */
  centralisation: 0.5,
  /** …and from this, when it is the only hub. */
  singleHubCentralisation: 0.25,
  /** From this Borgatti–Everett fit, the network has a core and a periphery. */
  coreFit: 0.6,
  /** A hub's degree is at least the mean plus this many standard deviations… */
  hubDeviations: 2,
  /** …and at least this. */
  hubMinDegree: 3,
} as const;

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The stage of one locality's network, with the values it was decided from; `parts` are its components (bfs.ts). */
export function networkStage(view: LocalityView, seed: number, local: Float64Array, parts: Components): NetworkStage {
  const { graph } = view;
  const n = graph.ids.length;
  const ties = graph.neighbours.length / 2;
  const degrees = Array.from({ length: n }, (_, u) => degreeOf(graph, u));
  const meanDegree = mean(degrees);
  const sd = Math.sqrt(mean(degrees.map((d) => (d - meanDegree) ** 2)));
  const hubMin = Math.max(STAGE_THRESHOLDS.hubMinDegree, meanDegree + STAGE_THRESHOLDS.hubDeviations * sd);
  const hubs = degrees
    .map((d, u) => ({ d, u }))
    .filter((h) => h.d >= hubMin && h.d > 0)
    .sort((a, b) => b.d - a.d || a.u - b.u)
    .map((h) => view.actors[h.u]!.id);
  const giant = largestComponent(parts);
  const largest = n === 0 ? 0 : giant.length / n;
  const centralisation = degreeCentralisation(graph);
  const core = coreFit(graph);
  const random = sameDegreeRandom(graph, seed);
  const clustering = mean(local);
  const clusteringRandom = mean(localClustering(random));
  const pathLength = meanPathLength(graph, seed, giant);
  const pathLengthRandom = meanPathLength(random, seed);
  const smallWorld =
    clusteringRandom > 0 && pathLength > 0 && pathLengthRandom > 0
      ? clustering / clusteringRandom / (pathLength / pathLengthRandom)
      : null;

  const id: NetworkStage['id'] =
    ties === 0 || largest < STAGE_THRESHOLDS.largestComponent
      ? 'scattered'
      : centralisation >= STAGE_THRESHOLDS.centralisation
        ? 'hub-and-spoke'
        : core.fit >= STAGE_THRESHOLDS.coreFit
          ? 'core-periphery'
          : hubs.length === 1 && centralisation >= STAGE_THRESHOLDS.singleHubCentralisation
            ? 'hub-and-spoke'
            : 'multi-hub';
  return {
    id,
    evidence: {
      components: parts.count,
      largestComponentShare: round(largest),
      centralisation: round(centralisation),
      hubs,
      hubMinDegree: round(hubMin),
      coreFit: round(core.fit),
      core: core.core.map((u) => view.actors[u]!.id).sort(),
      clustering: round(clustering),
      clusteringRandom: round(clusteringRandom),
      pathLength: round(pathLength),
      pathLengthRandom: round(pathLengthRandom),
      smallWorld: smallWorld === null ? null : round(smallWorld),
    },
  };
}
