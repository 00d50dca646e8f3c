/**
 * Resamples of a locality for the stability of its findings: the locality
 * as a survey with more people missing might have shown it.
 *
 * Without a `responded` column, each actor is dropped with probability
 * `missing`, with all of their ties (node removal, the error Borgatti,
 * Carley & Krackhardt 2006 find does the most damage). With one, respondents
 * stay as they are and each tie with a non-respondent at either end is
 * dropped with probability `missing` (edge removal): a non-respondent is
 * known to exist, but their ties are only those others reported.
 *
 * Every draw is a hash of (seed, resample, locality, actor or tie), not a
 * step of a shared generator, so a resample is the same whichever thread
 * draws it and in whatever order.
 */
import { MusterInputError, type Actor, type InputIssue } from '@muster/core';
import type { LocalityView } from '../locality.js';

/** The values a `responded` column may hold, lower case. */
const YES = new Set(['yes', 'true', '1']);
const NO = new Set(['no', 'false', '0']);

/** The attribute that marks respondents (an extra column of actors.csv). */
export const RESPONDED = 'responded';

/** How one resample is drawn. */
export interface ResampleSpec {
  seed: number;
  /** 0-based resample number. */
  resample: number;
  /** Probability of dropping an actor (or a non-respondent's tie). */
  missing: number;
}

/** One step of a splitmix-style running hash: `h` with the word `w` mixed in. */
function mix(h: number, w: number): number {
  h = Math.imul(h ^ (w | 0), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** A stable number for a locality's name, so its draws do not depend on which other localities are audited. */
export function nameHash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A uniform number in [0, 1) from a running hash. */
const uniform = (h: number): number => (h >>> 0) / 2 ** 32;

/** The actor's `responded` value, whatever the case of its column's name. */
function respondedValue(actor: Actor): unknown {
  for (const key in actor.attributes) if (key.toLowerCase() === RESPONDED) return actor.attributes[key];
  return undefined;
}

/**
 * The ids of the actors who responded, when any actor of the dataset has a
 * `responded` value; undefined otherwise. An actor without a value counts
 * as a non-respondent. Throws a located input error (row as in actors.csv,
 * the header being row 1) for any value other than yes/no/true/false/1/0.
 */
export function respondents(actors: readonly Actor[]): Set<string> | undefined {
  if (!actors.some((a) => respondedValue(a) !== undefined)) return undefined;
  const issues: InputIssue[] = [];
  const answered = new Set<string>();
  actors.forEach((actor, index) => {
    const raw = respondedValue(actor);
    if (raw === undefined) return;
    const value = String(raw).trim().toLowerCase();
    if (YES.has(value)) answered.add(actor.id);
    else if (!NO.has(value))
      issues.push({
        code: 'value-invalid',
        file: 'actors.csv',
        row: index + 2,
        column: RESPONDED,
        field: RESPONDED,
        value: String(raw),
        message: `actor '${actor.id}' has '${String(raw)}' for responded`,
        hint: 'write yes, no, true, false, 1 or 0, or leave it empty for a non-respondent',
      });
  });
  if (issues.length > 0) throw new MusterInputError(issues);
  return answered;
}

/** Which nodes of a view responded (1) or not (0). */
export function answeredNodes(view: LocalityView, answered: Set<string>): Uint8Array {
  return Uint8Array.from(view.actors, (a) => (answered.has(a.id) ? 1 : 0));
}

/**
 * The view of one resample: kept actors in their order, the ties among them
 * that survive, role groups rebuilt. `answered` switches to tie removal.
 */
export function resampleView(view: LocalityView, spec: ResampleSpec, answered?: Uint8Array): LocalityView {
  const { graph } = view;
  const n = view.actors.length;
  // The words every draw of this resample starts with, hashed once.
  const start = mix(mix(mix(0x9e3779b9, spec.seed), spec.resample), nameHash(view.locality));
  const node = new Int32Array(n).fill(-1);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const drop = answered === undefined && uniform(mix(start, i)) < spec.missing;
    if (!drop) node[i] = kept++;
  }
  const keepArc = (u: number, v: number): boolean => {
    if (node[v] === -1) return false;
    if (answered === undefined || (answered[u] === 1 && answered[v] === 1)) return true;
    const tie = u < v ? mix(mix(start, u), v) : mix(mix(start, v), u);
    return uniform(mix(tie, 0x7e)) >= spec.missing;
  };
  const offsets = new Int32Array(kept + 1);
  const ids: string[] = [];
  const actors: typeof view.actors = [];
  const neighbours = new Int32Array(graph.neighbours.length);
  const weights = new Float64Array(graph.neighbours.length);
  let arcs = 0;
  for (let u = 0; u < n; u++) {
    if (node[u] === -1) continue;
    ids.push(graph.ids[u]!);
    actors.push(view.actors[u]!);
    for (let k = graph.offsets[u]!, end = graph.offsets[u + 1]!; k < end; k++) {
      const v = graph.neighbours[k]!;
      if (!keepArc(u, v)) continue;
      neighbours[arcs] = node[v]!;
      weights[arcs++] = graph.weights[k]!;
    }
    offsets[node[u]! + 1] = arcs;
  }
  const primary = new Int32Array(kept);
  const members = view.members.map((group) => group.filter((i) => node[i] !== -1).map((i) => node[i]!));
  for (let i = 0; i < n; i++) if (node[i] !== -1) primary[node[i]!] = view.primary[i]!;
  return {
    ...view,
    actors,
    graph: {
      ids,
      index: new Map(ids.map((id, i) => [id, i])),
      offsets,
      neighbours: neighbours.slice(0, arcs),
      weights: weights.slice(0, arcs),
    },
    primary,
    members,
  };
}
