/**
 * Network-wide measures of a locality: density, components and isolates,
 * Louvain communities (seeded) with their role mix, the E-I index by role,
 * organisation and sector, and the mixing matrix of main roles.
 */
import { components, type Components } from './bfs.js';
import type { LocalityView } from './locality.js';
import { eiIndex } from './metrics/ei.js';
import { louvain } from './metrics/louvain.js';
import type { Community, NetworkSummary } from './report.js';

/** Group indices by an actor property; -1 where the actor has no value. */
function groupBy(view: LocalityView, value: (node: number) => string | undefined): Int32Array {
  const index = new Map<string, number>();
  const group = new Int32Array(view.actors.length);
  view.actors.forEach((_actor, node) => {
    const v = value(node);
    if (v === undefined || v === '') {
      group[node] = -1;
      return;
    }
    let g = index.get(v);
    if (g === undefined) index.set(v, (g = index.size));
    group[node] = g;
  });
  return group;
}

/** The smallest number of distinct roles a community needs not to be a silo (0 without a rule). */
export function siloThreshold(view: LocalityView): number {
  let min = 0;
  for (const rule of view.profile.rules) if (rule.type === 'communityDiversity') min = Math.max(min, rule.minRoles);
  return min;
}

/**
 * Summarises the network of one locality; `community` gives each node's
 * Louvain community, `parts` its components (for the stage, so they are
 * found once).
 */
export function networkSummary(
  view: LocalityView,
  seed: number,
): { summary: NetworkSummary; community: Int32Array; parts: Components } {
  const { graph, actors, roles } = view;
  const n = actors.length;
  const edges = graph.neighbours.length / 2;
  const density = n < 2 ? 0 : (2 * edges) / (n * (n - 1));
  const parts = components(graph);
  const isolates: string[] = [];
  for (let i = 0; i < n; i++) if (graph.offsets[i] === graph.offsets[i + 1]) isolates.push(actors[i]!.id);
  isolates.sort();

  const result = louvain(graph, { seed });
  const threshold = siloThreshold(view);
  const byCommunity: number[][] = Array.from({ length: result.count }, () => []);
  for (let i = 0; i < n; i++) byCommunity[result.community[i]!]!.push(i);
  const communities: Community[] = byCommunity.map((nodes, id) => {
    const roleCounts: Record<string, number> = {};
    const distinct = new Set<string>();
    for (const role of roles) {
      const k = nodes.filter((node) => actors[node]!.role === role).length;
      if (k > 0) roleCounts[role] = k;
    }
    for (const node of nodes) {
      distinct.add(actors[node]!.role);
      for (const r of actors[node]!.roles) distinct.add(r);
    }
    return {
      id,
      actors: nodes.map((node) => actors[node]!.id).sort(),
      roles: roleCounts,
      distinctRoles: distinct.size,
      silo: threshold > 0 && nodes.length >= 3 && distinct.size < threshold,
    };
  });

  const mixing = roles.map(() => roles.map(() => 0));
  for (let u = 0; u < n; u++) {
    for (let k = graph.offsets[u]!, end = graph.offsets[u + 1]!; k < end; k++) {
      const v = graph.neighbours[k]!;
      if (v < u) continue;
      const a = view.primary[u]!;
      const b = view.primary[v]!;
      mixing[a]![b]!++;
      if (a !== b) mixing[b]![a]!++;
    }
  }

  const summary: NetworkSummary = {
    density,
    components: parts.count,
    isolates,
    modularity: result.modularity,
    communities,
    eiIndex: {
      role: eiIndex(graph, view.primary),
      organisation: eiIndex(
        graph,
        groupBy(view, (node) => actors[node]!.organisation),
      ),
      sector: eiIndex(
        graph,
        groupBy(view, (node) => actors[node]!.sector),
      ),
    },
    roleMixing: { roles: [...roles], ties: mixing },
  };
  return { summary, community: result.community, parts };
}
