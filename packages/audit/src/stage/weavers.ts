/**
 * Weavers (Krebs & Holley 2006): actors who both knit their own part of the
 * network together and tie it to others — they close triads (their
 * contacts know each other: at least one pair in five is tied)
 * and bridge communities (they have ties into at least two Louvain
 * communities besides their own). Burt (2005) calls this combination
 * closure with brokerage; a weaver is where new ties are easiest to make.
 */
import type { LocalityView } from '../locality.js';
import type { Weaver } from '../report.js';
import { degreeOf, mean } from './measures.js';

/** What makes a weaver (docs/audit.md). */
export const WEAVER_CRITERIA = {
  /** Ties into at least this many communities besides the actor's own. */
  otherCommunities: 2,
  /** Local clustering at least this. */
  minClustering: 0.2,
  /** At most this many weavers are listed. */
  max: 20,
} as const;

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The weavers of a locality, most communities reached first, then most clustered, then by id. */
export function findWeavers(view: LocalityView, community: Int32Array, local: Float64Array): Weaver[] {
  const { graph } = view;
  const average = mean(local);
  const weavers: Weaver[] = [];
  for (let u = 0; u < graph.ids.length; u++) {
    if (local[u]! < WEAVER_CRITERIA.minClustering) continue;
    const reached = new Set<number>();
    for (let k = graph.offsets[u]!, end = graph.offsets[u + 1]!; k < end; k++) {
      const c = community[graph.neighbours[k]!]!;
      if (c !== community[u]) reached.add(c);
    }
    if (reached.size < WEAVER_CRITERIA.otherCommunities) continue;
    const d = degreeOf(graph, u);
    const closed = Math.round((local[u]! * d * (d - 1)) / 2);
    weavers.push({
      actor: view.actors[u]!.id,
      clustering: round(local[u]!),
      communities: reached.size,
      reason:
        `${closed} of the ${(d * (d - 1)) / 2} pairs of their ${d} contacts know each other ` +
        `(clustering ${round(local[u]!)}, locality mean ${round(average)}), and they have ties into ` +
        `${reached.size} other communities`,
    });
  }
  weavers.sort((a, b) => b.communities - a.communities || b.clustering - a.clustering || (a.actor < b.actor ? -1 : 1));
  return weavers.slice(0, WEAVER_CRITERIA.max);
}
