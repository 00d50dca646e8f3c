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
import { slugify } from './names.js';
import { describeMatch, type ReadDecision, type ReviewDecision, type ReviewRow } from './review.js';
import { PeopleIndex } from './people-index.js';
import { compareNames, type NameMatch } from './similarity.js';

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

interface Entry {
  name: WrittenName;
  person: Person;
  match: NameMatch;
  decision: ReviewDecision | '';
  notes: string[];
}

interface Scored {
  person: Person;
  match: NameMatch;
}

/** A name of two words or more whose first and last words are not initials. */
function isFullName(tokens: readonly string[]): boolean {
  return tokens.length >= 2 && Array.from(tokens[0]!).length > 1 && Array.from(tokens[tokens.length - 1]!).length > 1;
}

function isFull(name: WrittenName): boolean {
  return isFullName(name.tokens);
}

/** The name a new person takes: a respondent's own, then the best written, most written, earliest. */
function pickLead(names: readonly WrittenName[]): WrittenName {
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

/**
 * Groups the written names into people, applying the review decisions.
 * `existing` are the actors of an existing dataset (never merged with each
 * other); `takenIds` are ids new people must not take. Unknown actor ids
 * in `merge` decisions are added to `issues`.
 */
export function matchPeople(
  names: readonly WrittenName[],
  existing: readonly { id: string; name: string; tokens: string[] }[],
  takenIds: ReadonlySet<string>,
  settings: MatchSettings,
  issues: IssueList,
): MatchResult {
  const people: Person[] = [];
  const personOf = new Map<string, Person>();
  const index = new PeopleIndex<Person>();
  /** Each person's full names (two words or more, no initials), to compare with. */
  const fullKeys = new Map<Person, string[][]>();
  const byId = new Map<string, Person>();
  const taken = new Set(takenIds);
  const entries = new Map<string, Entry>();
  const decided = new Set<string>();

  const fileKey = (person: Person, key: string, tokens: string[]): void => {
    if (person.keys.has(key) || key === '') return;
    person.keys.set(key, tokens);
    index.add(person, tokens);
    if (isFullName(tokens)) fullKeys.set(person, [...(fullKeys.get(person) ?? []), tokens]);
  };

  const newPerson = (id: string, name: string, isExisting: boolean): Person => {
    const person: Person = { index: people.length, id, name, existing: isExisting, names: [], keys: new Map() };
    people.push(person);
    byId.set(id, person);
    return person;
  };

  const attach = (name: WrittenName, person: Person): void => {
    person.names.push(name);
    personOf.set(name.written, person);
    fileKey(person, name.key, name.tokens);
  };

  /** How alike a name is to a person: the best over the keys the person is known by. */
  const scoreAgainst = (tokens: readonly string[], person: Person): NameMatch => {
    if (person.keys.has(tokens.join(' '))) return { score: 1, reasons: ['same'] };
    // A person known by a full name is compared by full names only, so that
    // an "A. Hale" merged into Ann Hale does not draw in Alex Hale.
    let best: NameMatch = { score: 0, reasons: [] };
    for (const other of fullKeys.get(person) ?? person.keys.values()) {
      const match = compareNames(tokens, other);
      if (match.score > best.score) best = match;
    }
    return best;
  };

  /** Every person scoring at or above the lower bound, best first (ties: earlier person first). */
  const candidates = (tokens: readonly string[]): Scored[] => {
    const scored: Scored[] = [];
    for (const person of index.near(tokens, settings.lowerBound)) {
      const match = scoreAgainst(tokens, person);
      if (match.score >= settings.lowerBound) scored.push({ person, match });
    }
    return scored.sort((a, b) => b.match.score - a.match.score || a.person.index - b.person.index);
  };

  const nextId = (name: string): string => {
    const slug = slugify(name);
    if (!taken.has(slug)) return slug;
    for (let k = 2; ; k++) if (!taken.has(`${slug}-${k}`)) return `${slug}-${k}`;
  };

  const setEntry = (entry: Entry): void => {
    // Each entry its own notes: a note for one name must not reach the others of its group.
    if (!entries.has(entry.name.written)) entries.set(entry.name.written, { ...entry, notes: [...entry.notes] });
  };

  /** The notes of a match with `person`: others as close (at or above the threshold), and whether it is an existing actor. */
  const notesFor = (person: Person, scored: readonly Scored[], extra: readonly string[] = []): string[] => {
    const notes = scored
      .filter((s) => s.person !== person && s.match.score >= settings.threshold)
      .map((s) => `also close to ${s.person.name} (${s.person.id})`);
    notes.push(...extra);
    if (person.existing) notes.push('existing actor');
    return notes;
  };

  /**
   * Names the user merged with `person`, all of one key, scored and noted
   * as the group would be had Muster merged it: before any joins.
   */
  const forced = (group: readonly WrittenName[], person: Person): void => {
    const [{ tokens }] = group as [WrittenName];
    // A person made for this very name: nothing to review.
    if (person.keys.size === 0) {
      for (const name of group) attach(name, person);
      return;
    }
    const match = scoreAgainst(tokens, person);
    const notes = notesFor(person, candidates(tokens));
    for (const name of group) {
      attach(name, person);
      setEntry({ name, person, match, decision: 'merge', notes });
    }
  };

  // Names the user merged with an actor not made yet when their turn came: they join it when it is.
  const waiting = new Map<string, WrittenName[]>();
  const flush = (person: Person): void => {
    for (const name of waiting.get(person.id) ?? []) if (!personOf.has(name.written)) forced([name], person);
    waiting.delete(person.id);
  };
  const create = (lead: WrittenName): Person => {
    const id = nextId(lead.display);
    taken.add(id);
    return newPerson(id, lead.display, false);
  };

  for (const actor of existing) {
    const person = newPerson(actor.id, actor.name, true);
    fileKey(person, actor.tokens.join(' '), actor.tokens);
  }

  // The user's decisions.
  const separated = new Set<WrittenName>();
  const pending = new Map<WrittenName, string>();
  for (const name of names) {
    const decision = settings.decisions.get(name.written);
    if (decision === undefined) continue;
    decided.add(name.written);
    if (decision.decision === 'separate') separated.add(name);
    else pending.set(name, decision.actorId!);
  }

  // Names with one key are one person (unless the user separated one).
  const groups = new Map<string, WrittenName[]>();
  for (const name of names) {
    if (separated.has(name)) continue;
    const group = groups.get(name.key);
    if (group === undefined) groups.set(name.key, [name]);
    else group.push(name);
  }
  const firstRespondentRow = (group: WrittenName[]): number =>
    Math.min(...group.map((n) => n.respondentRows[0] ?? Infinity));
  const ordered = [...groups.values()].sort((a, b) => {
    const ra = firstRespondentRow(a);
    const rb = firstRespondentRow(b);
    if (ra !== rb) return ra - rb;
    const fa = Number(a.some(isFull));
    const fb = Number(b.some(isFull));
    const oa = a.reduce((s, n) => s + n.occurrences, 0);
    const ob = b.reduce((s, n) => s + n.occurrences, 0);
    const first = (g: WrittenName[]): number => Math.min(...g.map((n) => n.rows[0]!));
    return fb - fa || ob - oa || first(a) - first(b);
  });

  for (const group of ordered) {
    // The user's merges first: with the actor named, if it is there, else when it comes.
    const byTarget = new Map<string, WrittenName[]>();
    for (const name of group) {
      const target = pending.get(name);
      if (target !== undefined) byTarget.set(target, [...(byTarget.get(target) ?? []), name]);
    }
    for (const [id, merged] of byTarget) {
      const person = byId.get(id);
      if (person !== undefined) forced(merged, person);
      else waiting.set(id, [...(waiting.get(id) ?? []), ...merged]);
    }
    const free = group.filter((n) => !pending.has(n));
    if (free.length === 0) {
      // Only names the user merged, with the actor not there yet: if the
      // actor they name is the one they would make, make it.
      if (group.some((n) => personOf.has(n.written))) continue;
      const lead = pickLead(group);
      if (pending.get(lead) === nextId(lead.display)) {
        const person = create(lead);
        attach(lead, person);
        flush(person);
      }
      continue;
    }
    const [{ tokens, key }] = group as [WrittenName];
    const respondent = free.some((n) => n.respondentRows.length > 0);
    const scored = candidates(tokens);
    const best = scored[0];
    const sure = scored.filter((s) => s.match.score >= settings.threshold);
    // One person above the threshold, or the only one with exactly this name.
    let joins = best !== undefined && (sure.length === 1 || (best.match.score === 1 && sure[1]!.match.score < 1));
    const extra: string[] = [];
    if (
      joins &&
      respondent &&
      best!.person.names.some((n) => n.respondentRows.length > 0) &&
      !best!.person.keys.has(key)
    ) {
      joins = false;
      extra.push('both answered the survey');
    }
    if (joins) {
      const notes = notesFor(best!.person, scored);
      for (const name of free) {
        attach(name, best!.person);
        setEntry({ name, person: best!.person, match: best!.match, decision: 'merge', notes });
      }
      continue;
    }
    const lead = pickLead(free);
    const person = create(lead);
    for (const name of free) attach(name, person);
    if (best !== undefined) {
      setEntry({
        name: lead,
        person: best.person,
        match: best.match,
        decision: '',
        notes: notesFor(best.person, scored, extra),
      });
    }
    const notes = notesFor(person, scored);
    for (const name of free) {
      if (name === lead) continue;
      setEntry({ name, person, match: { score: 1, reasons: ['same'] }, decision: 'merge', notes });
    }
    flush(person);
  }

  // Names the user separated: each a person of its own, shown against the person it was closest to.
  for (const name of [...separated].sort((a, b) => a.rows[0]! - b.rows[0]!)) {
    const best = candidates(name.tokens)[0];
    const person = create(name);
    attach(name, person);
    flush(person);
    const notes = best?.person.existing ? ['existing actor'] : [];
    if (best !== undefined) setEntry({ name, person: best.person, match: best.match, decision: 'separate', notes });
    else setEntry({ name, person, match: { score: 0, reasons: [] }, decision: 'separate', notes });
  }

  // Merges naming an actor that never came to be: a spelling follows the
  // other spellings of its name (their actor was merged away by another
  // decision); with none, the id is wrong.
  for (const [id, waitingNames] of waiting) {
    for (const name of waitingNames) {
      if (personOf.has(name.written)) continue;
      const sibling = names.find((n) => n.key === name.key && personOf.has(n.written));
      if (sibling !== undefined) {
        forced([name], personOf.get(sibling.written)!);
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
        hint: didYouMean(id, byId.keys()) ?? 'write the id of an actor from this run, or of the existing dataset',
      });
    }
  }

  noteRepeatedAnswers(people, entries);

  const review = [...entries.values()]
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
  return { people, personOf, review, decided };
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
