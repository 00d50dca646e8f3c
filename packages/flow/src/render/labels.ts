/**
 * How the Markdown report names people and roles: actors by name (with
 * their id only where two share a name), roles by their profile label.
 * The JSON report keeps ids; these are for reading.
 */
import { defaultProfile, type Dataset, type Profile } from '@muster/core';

/** Display names by actor id and role labels by role id; an id without one is shown as it is. */
export interface FlowLabels {
  actors?: Readonly<Record<string, string>>;
  roles?: Readonly<Record<string, string>>;
}

/** The labels of a dataset's actors and of the profile's roles (default: the dataset's own, else the default). */
export function flowLabels(dataset: Dataset, profile?: Profile): FlowLabels {
  const uses = new Map<string, number>();
  for (const a of dataset.actors) uses.set(a.name, (uses.get(a.name) ?? 0) + 1);
  const actors: Record<string, string> = {};
  for (const a of dataset.actors) {
    const name = a.name.trim();
    actors[a.id] = name === '' ? a.id : uses.get(a.name)! > 1 ? `${name} (${a.id})` : name;
  }
  const roles: Record<string, string> = {};
  for (const r of (profile ?? dataset.profile ?? defaultProfile()).roles) roles[r.id] = r.label;
  return { actors, roles };
}
