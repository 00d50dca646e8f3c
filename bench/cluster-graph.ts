/**
 * A synthetic cluster as an in-memory dataset and its compact view, for the
 * benchmarks that need the graph but not the files: the same actors (ids
 * in index order) and ties as `writeSyntheticDataset` writes, so the
 * compact view equals the one the audit builds after reading the files.
 */
import { writeFileSync } from 'node:fs';
import { compactView, type CompactGraph, type Dataset } from '@muster/core';
import { generateSyntheticCluster, type SyntheticCluster, type SyntheticClusterOptions } from './synthetic.js';
import { syntheticActorId } from './write-dataset.js';

/** The cluster's actors and ties as a dataset (names, organisations and attributes left out). */
export function clusterDataset(cluster: SyntheticCluster): Dataset {
  const ids = Array.from({ length: cluster.actorCount }, (_, i) => syntheticActorId(cluster, i));
  return {
    actors: ids.map((id, i) => ({
      id,
      name: id,
      role: cluster.roleIds[cluster.actorRole[i]!]!,
      roles: [],
      locality: cluster.localityNames[cluster.actorLocality[i]!]!,
      attributes: {},
    })),
    ties: Array.from({ length: cluster.tieCount }, (_, e) => ({
      source: ids[cluster.tieSource[e]!]!,
      target: ids[cluster.tieTarget[e]!]!,
      kind: cluster.kindNames[cluster.tieKind[e]!]!,
      weight: cluster.tieWeight[e]!,
      directed: false,
      attributes: {},
    })),
    ideas: [],
    adoptions: [],
    mentions: [],
  };
}

/** A seeded single-locality planted-partition cluster of `actors` actors (ten ties each) and its compact view. */
export function syntheticGraph(
  actors: number,
  options: Omit<SyntheticClusterOptions, 'actors'> = {},
): { cluster: SyntheticCluster; graph: CompactGraph } {
  const cluster = generateSyntheticCluster({ actors, seed: 1, localities: 1, ...options });
  return { cluster, graph: compactView(clusterDataset(cluster)) };
}

/**
 * Writes the merged undirected view as an edge list for the Python side:
 * "n m", then "u v w" per edge with u < v and w the summed weight.
 */
export function writeEdgeList(graph: CompactGraph, path: string): void {
  const { offsets, neighbours, weights } = graph;
  const n = graph.ids.length;
  const lines: string[] = [`${n} ${neighbours.length / 2}`];
  for (let u = 0; u < n; u++) {
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const v = neighbours[k]!;
      if (u < v) lines.push(`${u} ${v} ${weights[k]!}`);
    }
  }
  writeFileSync(path, lines.join('\n') + '\n');
}
