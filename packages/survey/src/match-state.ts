/**
 * The matcher's state (`match.ts`): the people found so far, what each
 * written name became, and the review file's entries; with the small steps
 * that change it. Every step takes the state explicitly.
 */
import { slugify } from './names.js';
import type { ReviewDecision } from './review.js';
import { PeopleIndex } from './people-index.js';
import { compareNames, type NameMatch } from './similarity.js';
import type { MatchSettings, Person, WrittenName } from './match.js';

/** A row of the review file in the making. */
export interface Entry {
  name: WrittenName;
  person: Person;
  match: NameMatch;
  decision: ReviewDecision | '';
  notes: string[];
}

/** A person a name was compared with, and how alike they are. */
export interface Scored {
  person: Person;
  match: NameMatch;
}

/** Everything the matcher knows at a point of its work. */
export interface MatchState {
  readonly settings: MatchSettings;
  /** Every person, in order of creation. */
  readonly people: Person[];
  /** Name as written → person. */
  readonly personOf: Map<string, Person>;
  readonly index: PeopleIndex<Person>;
  /** Each person's full names (two words or more, no initials), to compare with. */
  readonly fullKeys: Map<Person, string[][]>;
  readonly byId: Map<string, Person>;
  /** Ids new people must not take. */
  readonly taken: Set<string>;
  /** The review entries by name as written; the first entry of a name stays. */
  readonly entries: Map<string, Entry>;
  /** Names the user merged with an actor not made yet when their turn came, by that actor's id. */
  readonly waiting: Map<string, WrittenName[]>;
}

export function createState(settings: MatchSettings, takenIds: ReadonlySet<string>): MatchState {
  return {
    settings,
    people: [],
    personOf: new Map(),
    index: new PeopleIndex<Person>(),
    fullKeys: new Map(),
    byId: new Map(),
    taken: new Set(takenIds),
    entries: new Map(),
    waiting: new Map(),
  };
}

/** A name of two words or more whose first and last words are not initials. */
export function isFullName(tokens: readonly string[]): boolean {
  return tokens.length >= 2 && Array.from(tokens[0]!).length > 1 && Array.from(tokens[tokens.length - 1]!).length > 1;
}

export function isFull(name: WrittenName): boolean {
  return isFullName(name.tokens);
}

/** Makes `key` one the person is known by (and is found by in the index). */
export function fileKey(state: MatchState, person: Person, key: string, tokens: string[]): void {
  if (person.keys.has(key) || key === '') return;
  person.keys.set(key, tokens);
  state.index.add(person, tokens);
  if (isFullName(tokens)) state.fullKeys.set(person, [...(state.fullKeys.get(person) ?? []), tokens]);
}

export function newPerson(state: MatchState, id: string, name: string, existing: boolean): Person {
  const person: Person = { index: state.people.length, id, name, existing, names: [], keys: new Map() };
  state.people.push(person);
  state.byId.set(id, person);
  return person;
}

/** The id a new person named `name` takes: its slug, numbered if taken. */
export function nextId(state: MatchState, name: string): string {
  const slug = slugify(name);
  if (!state.taken.has(slug)) return slug;
  for (let k = 2; ; k++) if (!state.taken.has(`${slug}-${k}`)) return `${slug}-${k}`;
}

/** A new person led by `lead`, with a fresh id. */
export function createPerson(state: MatchState, lead: WrittenName): Person {
  const id = nextId(state, lead.display);
  state.taken.add(id);
  return newPerson(state, id, lead.display, false);
}

export function attach(state: MatchState, name: WrittenName, person: Person): void {
  person.names.push(name);
  state.personOf.set(name.written, person);
  fileKey(state, person, name.key, name.tokens);
}

/** How alike a name is to a person: the best over the keys the person is known by. */
export function scoreAgainst(state: MatchState, tokens: readonly string[], person: Person): NameMatch {
  if (person.keys.has(tokens.join(' '))) return { score: 1, reasons: ['same'] };
  // A person known by a full name is compared by full names only, so that
  // an "A. Hale" merged into Ann Hale does not draw in Alex Hale.
  let best: NameMatch = { score: 0, reasons: [] };
  for (const other of state.fullKeys.get(person) ?? person.keys.values()) {
    const match = compareNames(tokens, other);
    if (match.score > best.score) best = match;
  }
  return best;
}

/** Every person scoring at or above the lower bound, best first (ties: earlier person first). */
export function candidates(state: MatchState, tokens: readonly string[]): Scored[] {
  const { lowerBound } = state.settings;
  const scored: Scored[] = [];
  for (const person of state.index.near(tokens, lowerBound)) {
    const match = scoreAgainst(state, tokens, person);
    if (match.score >= lowerBound) scored.push({ person, match });
  }
  return scored.sort((a, b) => b.match.score - a.match.score || a.person.index - b.person.index);
}

/** Records a review entry, unless the name has one already. */
export function setEntry(state: MatchState, entry: Entry): void {
  // Each entry its own notes: a note for one name must not reach the others of its group.
  if (!state.entries.has(entry.name.written))
    state.entries.set(entry.name.written, { ...entry, notes: [...entry.notes] });
}

/** The notes of a match with `person`: others as close (at or above the threshold), and whether it is an existing actor. */
export function notesFor(
  state: MatchState,
  person: Person,
  scored: readonly Scored[],
  extra: readonly string[] = [],
): string[] {
  const notes = scored
    .filter((s) => s.person !== person && s.match.score >= state.settings.threshold)
    .map((s) => `also close to ${s.person.name} (${s.person.id})`);
  notes.push(...extra);
  if (person.existing) notes.push('existing actor');
  return notes;
}

/**
 * Names the user merged with `person`, all of one key, scored and noted
 * as the group would be had Muster merged it: before any joins.
 */
export function forceMerge(state: MatchState, group: readonly WrittenName[], person: Person): void {
  const [{ tokens }] = group as [WrittenName];
  // A person made for this very name: nothing to review.
  if (person.keys.size === 0) {
    for (const name of group) attach(state, name, person);
    return;
  }
  const match = scoreAgainst(state, tokens, person);
  const notes = notesFor(state, person, candidates(state, tokens));
  for (const name of group) {
    attach(state, name, person);
    setEntry(state, { name, person, match, decision: 'merge', notes });
  }
}

/** Names the user merged with an actor not made yet: they join it when it is ({@link flushWaiting}). */
export function wait(state: MatchState, id: string, names: readonly WrittenName[]): void {
  state.waiting.set(id, [...(state.waiting.get(id) ?? []), ...names]);
}

/** The names waiting for `person`, now that it is made, join it. */
export function flushWaiting(state: MatchState, person: Person): void {
  for (const name of state.waiting.get(person.id) ?? [])
    if (!state.personOf.has(name.written)) forceMerge(state, [name], person);
  state.waiting.delete(person.id);
}

/** The name a new person takes: a respondent's own, then the best written, most written, earliest. */
export function pickLead(names: readonly WrittenName[]): WrittenName {
  return [...names].sort(
    (a, b) =>
      Number(b.respondentRows.length > 0) - Number(a.respondentRows.length > 0) ||
      Number(/\p{Ll}/u.test(b.written) && /\p{Lu}/u.test(b.written)) -
        Number(/\p{Ll}/u.test(a.written) && /\p{Lu}/u.test(a.written)) ||
      Number(isFull(b)) - Number(isFull(a)) ||
      b.occurrences - a.occurrences ||
      a.rows[0]! - b.rows[0]! ||
      (a.written < b.written ? -1 : a.written > b.written ? 1 : 0),
  )[0]!;
}
