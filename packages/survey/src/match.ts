/**
 * Who is who: the names written in a survey grouped into people, each
 * person an existing actor or a new one.
 *
 * Names with the same key once normalised are one person. Each such group
 * is then compared with the people found so far (existing actors first,
 * then respondents in row order, then the names only others wrote, fullest
 * and most often written first, so that "A. Hale" meets "Ann Hale" rather
 * than the other way round):
 *
 * - one person scoring at or above the threshold: the group joins them
 *   (a merge, listed in the review file with decision `merge`);
 * - otherwise a new person; if someone scored at or above the lower bound
 *   (or two people above the threshold, or the best is another respondent)
 *   the match is unsure: listed, with an empty decision, and kept apart.
 *
 * The user's decisions from a review file come first: a `merge` puts the
 * name with the actor it names, a `separate` gives it a person of its own.
 * The order of work is fixed, so ids and the review file are the same on
 * every run of the same input.
 */
import type { IssueList } from '@muster/core/reader';
import { didYouMean } from '@muster/core';
import { describeMatch, type ReadDecision, type ReviewRow } from './review.js';
import {
  attach,
  candidates,
  createPerson,
  createState,
  fileKey,
  flushWaiting,
  forceMerge,
  isFull,
  newPerson,
  nextId,
  notesFor,
  pickLead,
  setEntry,
  wait,
  type Entry,
  type MatchState,
  type Scored,
} from './match-state.js';

/** A name as written in the survey, with where it appears. */
export interface WrittenName {
  /** As written, spacing tidied. */
  written: string;
  tokens: string[];
  key: string;
  /** The tidy form used when the name becomes an actor's name. */
  display: string;
  /** Survey rows it appears in, ascending. */
  rows: number[];
  /** Survey rows where it is the respondent's own name, ascending. */
  respondentRows: number[];
  /** How many times it is written (as a respondent or as a name given). */
  occurrences: number;
}

/** A person: an existing actor, or an actor to create. */
export interface Person {
  /** Order of creation; existing actors first. */
  index: number;
  id: string;
  name: string;
  existing: boolean;
  /** An existing actor's role (canonical id). */
  role?: string;
  /** The written names that are this person. */
  names: WrittenName[];
  /** Keys (and their tokens) the person is known by. */
  keys: Map<string, string[]>;
}

/** Settings of the matcher. */
export interface MatchSettings {
  threshold: number;
  lowerBound: number;
  /** Decisions from a review file, by name as written. */
  decisions: ReadonlyMap<string, ReadDecision>;
  /** The review file's label, for errors. */
  reviewFile: string;
  /** The role respondents gave for themselves (canonical id), by their name as written. */
  statedRoles?: ReadonlyMap<string, string>;
}

/** What the matcher found. */
export interface MatchResult {
  /** Every person: existing actors first, then new ones in order of creation. */
  people: Person[];
  /** Name as written → person. */
  personOf: Map<string, Person>;
  /** The review file's rows, in order. */
  review: ReviewRow[];
  /** Names as written whose review decision was used. */
  decided: Set<string>;
}

/**
 * Groups the written names into people, applying the review decisions.
 * `existing` are the actors of an existing dataset (never merged with each
 * other); `takenIds` are ids new people must not take. Unknown actor ids
 * in `merge` decisions are added to `issues`.
 */
export function matchPeople(
  names: readonly WrittenName[],
  existing: readonly { id: string; name: string; tokens: string[]; role?: string }[],
  takenIds: ReadonlySet<string>,
  settings: MatchSettings,
  issues: IssueList,
): MatchResult {
  const state = createState(settings, takenIds);
  for (const actor of existing) {
    const person = newPerson(state, actor.id, actor.name, true);
    if (actor.role !== undefined) person.role = actor.role;
    fileKey(state, person, actor.tokens.join(' '), actor.tokens);
  }
  const { decided, separated, pending } = readDecisions(names, settings.decisions);
  for (const group of orderGroups(groupByKey(names, separated))) placeGroup(state, group, pending);
  placeSeparated(state, separated);
  placeStillWaiting(state, names, issues);
  noteRepeatedAnswers(state.people, state.entries);
  return { people: state.people, personOf: state.personOf, review: reviewRows(state.entries), decided };
}

/** The user's decisions: names to keep apart, and names to merge with the actor id given. */
function readDecisions(
  names: readonly WrittenName[],
  decisions: ReadonlyMap<string, ReadDecision>,
): { decided: Set<string>; separated: Set<WrittenName>; pending: Map<WrittenName, string> } {
  const decided = new Set<string>();
  const separated = new Set<WrittenName>();
  const pending = new Map<WrittenName, string>();
  for (const name of names) {
    const decision = decisions.get(name.written);
    if (decision === undefined) continue;
    decided.add(name.written);
    if (decision.decision === 'separate') separated.add(name);
    else pending.set(name, decision.actorId!);
  }
  return { decided, separated, pending };
}

/** Names with one key are one person (unless the user separated one). */
function groupByKey(names: readonly WrittenName[], separated: ReadonlySet<WrittenName>): WrittenName[][] {
  const groups = new Map<string, WrittenName[]>();
  for (const name of names) {
    if (separated.has(name)) continue;
    const group = groups.get(name.key);
    if (group === undefined) groups.set(name.key, [name]);
    else group.push(name);
  }
  return [...groups.values()];
}

/** Respondents in row order first, then the names only others wrote: fullest, most written, earliest. */
function orderGroups(groups: WrittenName[][]): WrittenName[][] {
  const firstRespondentRow = (group: WrittenName[]): number =>
    Math.min(...group.map((n) => n.respondentRows[0] ?? Infinity));
  const first = (g: WrittenName[]): number => Math.min(...g.map((n) => n.rows[0]!));
  const occurrences = (g: WrittenName[]): number => g.reduce((s, n) => s + n.occurrences, 0);
  return [...groups].sort((a, b) => {
    const ra = firstRespondentRow(a);
    const rb = firstRespondentRow(b);
    if (ra !== rb) return ra - rb;
    const fa = Number(a.some(isFull));
    const fb = Number(b.some(isFull));
    return fb - fa || occurrences(b) - occurrences(a) || first(a) - first(b);
  });
}

/** One group of names of one key: the user's merges first, then the rest joins someone or becomes someone. */
function placeGroup(state: MatchState, group: readonly WrittenName[], pending: ReadonlyMap<WrittenName, string>): void {
  placeUserMerges(state, group, pending);
  const free = group.filter((n) => !pending.has(n));
  if (free.length === 0) placeOnlyMerged(state, group, pending);
  else placeFree(state, group, free);
}

/** The user's merges: with the actor named, if it is there, else when it comes. */
function placeUserMerges(
  state: MatchState,
  group: readonly WrittenName[],
  pending: ReadonlyMap<WrittenName, string>,
): void {
  const byTarget = new Map<string, WrittenName[]>();
  for (const name of group) {
    const target = pending.get(name);
    if (target !== undefined) byTarget.set(target, [...(byTarget.get(target) ?? []), name]);
  }
  for (const [id, merged] of byTarget) {
    const person = state.byId.get(id);
    if (person !== undefined) forceMerge(state, merged, person);
    else wait(state, id, merged);
  }
}

/**
 * A group of names the user all merged, with the actor not there yet: if
 * the actor they name is the one they would make, make it.
 */
function placeOnlyMerged(
  state: MatchState,
  group: readonly WrittenName[],
  pending: ReadonlyMap<WrittenName, string>,
): void {
  if (group.some((n) => state.personOf.has(n.written))) return;
  const lead = pickLead(group);
  if (pending.get(lead) === nextId(state, lead.display)) {
    const person = createPerson(state, lead);
    attach(state, lead, person);
    flushWaiting(state, person);
  }
}

/** The names of a group the user did not decide on: they join the one person they surely are, or become a new one. */
function placeFree(state: MatchState, group: readonly WrittenName[], free: readonly WrittenName[]): void {
  const [{ tokens, key }] = group as [WrittenName];
  const scored = candidates(state, tokens);
  const { joins, extra } = decideJoin(state, scored, free, key);
  if (joins) joinPerson(state, free, scored);
  else startPerson(state, free, scored, extra);
}

/**
 * Whether names join the best of the people they were compared with: one
 * person above the threshold, or the only one with exactly this name; but
 * never two people who both answered the survey under different names.
 */
function decideJoin(
  state: MatchState,
  scored: readonly Scored[],
  free: readonly WrittenName[],
  key: string,
): { joins: boolean; extra: string[] } {
  const best = scored[0];
  const sure = scored.filter((s) => s.match.score >= state.settings.threshold);
  const joins = best !== undefined && (sure.length === 1 || (best.match.score === 1 && sure[1]!.match.score < 1));
  const respondent = free.some((n) => n.respondentRows.length > 0);
  if (joins && respondent && best.person.names.some((n) => n.respondentRows.length > 0) && !best.person.keys.has(key)) {
    return { joins: false, extra: ['both answered the survey'] };
  }
  // A respondent whose own role differs from the existing actor's is not merged without the user's word.
  const stated = free.map((n) => state.settings.statedRoles?.get(n.written)).find((r) => r !== undefined);
  if (
    joins &&
    best.person.existing &&
    best.person.role !== undefined &&
    stated !== undefined &&
    stated !== best.person.role
  ) {
    return {
      joins: false,
      extra: [`roles differ: ${stated} in the survey vs ${best.person.role} in the existing dataset`],
    };
  }
  return { joins, extra: [] };
}

/** The names join the best-scored person, each a `merge` in the review file. */
function joinPerson(state: MatchState, free: readonly WrittenName[], scored: readonly Scored[]): void {
  const best = scored[0]!;
  const notes = notesFor(state, best.person, scored);
  for (const name of free) {
    attach(state, name, best.person);
    setEntry(state, { name, person: best.person, match: best.match, decision: 'merge', notes });
  }
}

/**
 * The names become a new person; if someone was close, the lead name is
 * listed against them with an empty decision, for the user to decide.
 */
function startPerson(
  state: MatchState,
  free: readonly WrittenName[],
  scored: readonly Scored[],
  extra: readonly string[],
): void {
  const best = scored[0];
  const lead = pickLead(free);
  const person = createPerson(state, lead);
  for (const name of free) attach(state, name, person);
  if (best !== undefined) {
    setEntry(state, {
      name: lead,
      person: best.person,
      match: best.match,
      decision: '',
      notes: notesFor(state, best.person, scored, extra),
    });
  }
  const notes = notesFor(state, person, scored);
  for (const name of free) {
    if (name === lead) continue;
    setEntry(state, { name, person, match: { score: 1, reasons: ['same'] }, decision: 'merge', notes });
  }
  flushWaiting(state, person);
}

/** Names the user separated: each a person of its own, shown against the person it was closest to. */
function placeSeparated(state: MatchState, separated: ReadonlySet<WrittenName>): void {
  for (const name of [...separated].sort((a, b) => a.rows[0]! - b.rows[0]!)) {
    const best = candidates(state, name.tokens)[0];
    const person = createPerson(state, name);
    attach(state, name, person);
    flushWaiting(state, person);
    const notes = best?.person.existing ? ['existing actor'] : [];
    if (best !== undefined)
      setEntry(state, { name, person: best.person, match: best.match, decision: 'separate', notes });
    else setEntry(state, { name, person, match: { score: 0, reasons: [] }, decision: 'separate', notes });
  }
}

/**
 * Merges naming an actor that never came to be: a spelling follows the
 * other spellings of its name (their actor was merged away by another
 * decision); with none, the id is wrong.
 */
function placeStillWaiting(state: MatchState, names: readonly WrittenName[], issues: IssueList): void {
  const { personOf, settings } = state;
  for (const [id, waitingNames] of state.waiting) {
    for (const name of waitingNames) {
      if (personOf.has(name.written)) continue;
      const sibling = names.find((n) => n.key === name.key && personOf.has(n.written));
      if (sibling !== undefined) {
        forceMerge(state, [name], personOf.get(sibling.written)!);
        continue;
      }
      const decision = settings.decisions.get(name.written)!;
      issues.add({
        code: 'actor-unknown',
        file: settings.reviewFile,
        row: decision.row,
        column: 'matched_actor_id',
        value: id,
        message: `'${name.written}' is to be merged with '${id}', which is not the id of any actor`,
        hint: didYouMean(id, state.byId.keys()) ?? 'write the id of an actor from this run, or of the existing dataset',
      });
    }
  }
}

/** The review file's rows: by person, then by first row, then by name. */
function reviewRows(entries: ReadonlyMap<string, Entry>): ReviewRow[] {
  return [...entries.values()]
    .sort(
      (a, b) =>
        a.person.index - b.person.index ||
        a.name.rows[0]! - b.name.rows[0]! ||
        (a.name.written < b.name.written ? -1 : a.name.written > b.name.written ? 1 : 0),
    )
    .map((e): ReviewRow => ({
      nameAsWritten: e.name.written,
      rows: e.name.rows,
      matchedActorId: e.person.id,
      matchedName: e.person.name,
      score: e.match.score,
      reason: describeMatch(e.match, e.notes),
      decision: e.decision,
    }));
}

/**
 * A person who answered the survey more than once has their answers
 * combined; the review file says so, on the row of their name (a row of
 * its own when the name is written the same way each time).
 */
function noteRepeatedAnswers(people: readonly Person[], entries: Map<string, Entry>): void {
  for (const person of people) {
    const answering = person.names.filter((n) => n.respondentRows.length > 0);
    const rows = [...new Set(answering.flatMap((n) => n.respondentRows))].sort((a, b) => a - b);
    if (rows.length < 2) continue;
    const note = `answered the survey ${rows.length === 2 ? 'twice' : `${rows.length} times`} (rows ${rows.join(', ')}): answers combined`;
    const own = answering.map((n) => entries.get(n.written)).filter((e): e is Entry => e?.person === person);
    if (own.length > 0) {
      for (const entry of own) entry.notes.push(note);
      continue;
    }
    const lead = answering[0]!;
    const entry = entries.get(lead.written);
    if (entry !== undefined) entry.notes.push(note);
    else
      entries.set(lead.written, {
        name: lead,
        person,
        match: { score: 1, reasons: [] },
        decision: 'merge',
        notes: [note],
      });
  }
}
