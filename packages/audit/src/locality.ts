/**
 * One locality, ready to audit: its actors in node order, the merged
 * undirected compact view of the ties among them (every kind), and the
 * role groups of the profile as lists of node indices. An actor belongs to
 * the group of its main role and of each of its extra roles.
 */
import { compactView, type Actor, type CompactGraph, type Dataset, type Profile } from '@muster/core';

/** What every part of a locality's audit reads. */
export interface LocalityView {
  locality: string;
  profile: Profile;
  /** Actors in node order (`graph.ids[i]` is `actors[i].id`). */
  actors: Actor[];
  graph: CompactGraph;
  /** Ties among the locality's actors, as in the dataset. */
  tieCount: number;
  /** Role ids in profile order. */
  roles: string[];
  /** Role id → index in `roles`. */
  roleIndex: Map<string, number>;
  /** Each node's main role, as an index in `roles`. */
  primary: Int32Array;
  /** Node indices of each role's group (main or extra role), ascending. */
  members: number[][];
}

/** Builds the view of one locality. Throws if an actor's role is not in the profile. */
export function localityView(dataset: Dataset, profile: Profile, locality: string): LocalityView {
  const graph = compactView(dataset, { locality });
  const actors = dataset.actors.filter((a) => a.locality === locality);
  const roles = profile.roles.map((r) => r.id);
  const roleIndex = new Map(roles.map((r, i) => [r, i]));
  const primary = new Int32Array(actors.length);
  const members: number[][] = roles.map(() => []);
  actors.forEach((actor, node) => {
    const main = roleIndex.get(actor.role);
    if (main === undefined) {
      throw new Error(
        `actor '${actor.id}' has the role '${actor.role}', which profile '${profile.id}' does not define; read the dataset with this profile`,
      );
    }
    primary[node] = main;
    members[main]!.push(node);
    for (const extra of actor.roles) {
      const k = roleIndex.get(extra);
      if (k !== undefined && k !== main) members[k]!.push(node);
    }
  });
  for (const group of members) group.sort((a, b) => a - b);
  let tieCount = 0;
  for (const tie of dataset.ties) {
    if (graph.index.has(tie.source) && graph.index.has(tie.target)) tieCount++;
  }
  return { locality, profile, actors, graph, tieCount, roles, roleIndex, primary, members };
}

/** The localities of a dataset in order of first appearance. */
export function localitiesOf(dataset: Dataset): string[] {
  return [...new Set(dataset.actors.map((a) => a.locality))];
}
