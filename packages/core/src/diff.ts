/**
 * Two waves of the same cluster compared: actors and ties gained and lost,
 * actors whose role or locality changed, and the roles each locality gained
 * or lost. Actors are matched by id, ties by their two ends (in order for a
 * directed tie, in either order otherwise) and kind.
 */
import type { Dataset, Tie } from './model.js';

/** A tie as compared between waves. */
export interface TieKey {
  source: string;
  target: string;
  kind: string;
  directed: boolean;
}

/** What changed between two datasets. */
export interface DatasetDiff {
  actors: {
    gained: string[];
    lost: string[];
    changed: { id: string; field: 'role' | 'locality'; from: string; to: string }[];
  };
  ties: { gained: TieKey[]; lost: TieKey[] };
  /** Per locality (present in either wave, in order of first appearance): roles gained and lost. */
  localities: {
    locality: string;
    actorsBefore: number;
    actorsAfter: number;
    rolesGained: string[];
    rolesLost: string[];
  }[];
}

function tieKey(tie: Tie): TieKey {
  const [source, target] =
    tie.directed || tie.source <= tie.target ? [tie.source, tie.target] : [tie.target, tie.source];
  return { source, target, kind: tie.kind, directed: tie.directed };
}

const keyText = (k: TieKey): string => `${k.source}\u0000${k.target}\u0000${k.kind}\u0000${k.directed ? 1 : 0}`;

function rolesByLocality(dataset: Dataset): Map<string, { actors: number; roles: Set<string> }> {
  const out = new Map<string, { actors: number; roles: Set<string> }>();
  for (const actor of dataset.actors) {
    let entry = out.get(actor.locality);
    if (entry === undefined) out.set(actor.locality, (entry = { actors: 0, roles: new Set() }));
    entry.actors++;
    entry.roles.add(actor.role);
    for (const r of actor.roles) entry.roles.add(r);
  }
  return out;
}

/** Compares an earlier dataset with a later one. */
export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
  const old = new Map(before.actors.map((a) => [a.id, a]));
  const now = new Map(after.actors.map((a) => [a.id, a]));
  const changed: DatasetDiff['actors']['changed'] = [];
  for (const actor of after.actors) {
    const was = old.get(actor.id);
    if (was === undefined) continue;
    if (was.role !== actor.role) changed.push({ id: actor.id, field: 'role', from: was.role, to: actor.role });
    if (was.locality !== actor.locality)
      changed.push({ id: actor.id, field: 'locality', from: was.locality, to: actor.locality });
  }
  const oldTies = new Map(before.ties.map((t) => [keyText(tieKey(t)), tieKey(t)]));
  const newTies = new Map(after.ties.map((t) => [keyText(tieKey(t)), tieKey(t)]));
  const byText = (a: TieKey, b: TieKey): number => (keyText(a) < keyText(b) ? -1 : 1);
  const rolesBefore = rolesByLocality(before);
  const rolesAfter = rolesByLocality(after);
  const localities = [...new Set([...rolesBefore.keys(), ...rolesAfter.keys()])];
  return {
    actors: {
      gained: after.actors.filter((a) => !old.has(a.id)).map((a) => a.id),
      lost: before.actors.filter((a) => !now.has(a.id)).map((a) => a.id),
      changed,
    },
    ties: {
      gained: [...newTies]
        .filter(([k]) => !oldTies.has(k))
        .map(([, t]) => t)
        .sort(byText),
      lost: [...oldTies]
        .filter(([k]) => !newTies.has(k))
        .map(([, t]) => t)
        .sort(byText),
    },
    localities: localities.map((locality) => {
      const b = rolesBefore.get(locality);
      const a = rolesAfter.get(locality);
      const was = b?.roles ?? new Set<string>();
      const is = a?.roles ?? new Set<string>();
      return {
        locality,
        actorsBefore: b?.actors ?? 0,
        actorsAfter: a?.actors ?? 0,
        rolesGained: [...is].filter((r) => !was.has(r)).sort(),
        rolesLost: [...was].filter((r) => !is.has(r)).sort(),
      };
    }),
  };
}
