/**
 * An index of the names people are known by, to find the few people a
 * name could match without comparing it with everyone: a survey of a few
 * hundred answers against a dataset of tens of thousands of actors stays
 * quick.
 *
 * The index returns every person whose score ({@link compareNames}) could
 * reach `floor`: for a name of two words or more, people with a surname of
 * the same first letter that is equal, an initial, or alike enough, people
 * known by one word equal to its first name or surname, and people known
 * by the same two words in the other order; for a one-word name, people
 * with that word as first name or surname, and one-word names alike
 * enough. A typo in the first letter of a surname is therefore not looked
 * for; nor are spellings more than one typo apart (the symmetric-delete
 * blocking below), which keeps the search near-linear in the names.
 */
import { isInitialOf, surnameScore } from './similarity.js';

/**
 * The words of one first letter. Each is filed under itself and under
 * every form with one character left out (a symmetric-delete index, as
 * SymSpell's): two words with one typo between them — a letter dropped,
 * added, changed, or two swapped — share a form, so the words a word may
 * match are found without comparing it with every other.
 */
interface Bucket<P> {
  words: string[];
  people: Set<P>[];
  at: Map<string, number>;
  /** A word, or the word with one character left out → the words filed so. */
  forms: Map<string, number[]>;
}

/** A word and its forms with one character left out. */
function forms(word: string): string[] {
  const all = [word];
  for (let i = 0; i < word.length; i++) all.push(word.slice(0, i) + word.slice(i + 1));
  return all;
}

function firstLetter(word: string): string {
  const code = word.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

function addTo<P>(map: Map<string, Set<P>>, key: string, person: P): void {
  let set = map.get(key);
  if (set === undefined) map.set(key, (set = new Set()));
  set.add(person);
}

function addToBucket<P>(buckets: Map<string, Bucket<P>>, word: string, person: P): void {
  const letter = firstLetter(word);
  let bucket = buckets.get(letter);
  if (bucket === undefined) buckets.set(letter, (bucket = { words: [], people: [], at: new Map(), forms: new Map() }));
  const at = bucket.at.get(word);
  if (at !== undefined) {
    bucket.people[at]!.add(person);
    return;
  }
  const index = bucket.words.length;
  bucket.at.set(word, index);
  bucket.words.push(word);
  bucket.people.push(new Set([person]));
  for (const form of new Set(forms(word))) {
    const filed = bucket.forms.get(form);
    if (filed === undefined) bucket.forms.set(form, [index]);
    else filed.push(index);
  }
}

/**
 * The words of `bucket` that could be `word` or fit it as an initial: an
 * initial meets every word of its letter; a word, the initial and the
 * words it shares a form with.
 */
function neighbours<P>(bucket: Bucket<P>, word: string): Iterable<number> {
  if (Array.from(word).length === 1) return bucket.words.keys();
  const found = new Set<number>();
  const initial = bucket.at.get(firstLetter(word));
  if (initial !== undefined) found.add(initial);
  for (const form of forms(word)) for (const index of bucket.forms.get(form) ?? []) found.add(index);
  return found;
}

/** People by the names they are known by. */
export class PeopleIndex<P> {
  private readonly byKey = new Map<string, Set<P>>();
  /** Surnames of names of two words or more, by first letter. */
  private readonly surnames = new Map<string, Bucket<P>>();
  private readonly firstNames = new Map<string, Set<P>>();
  private readonly lastNames = new Map<string, Set<P>>();
  /** Names of one word, by first letter. */
  private readonly oneWord = new Map<string, Bucket<P>>();

  /** Files `person` under a name (its tokens). */
  add(person: P, tokens: readonly string[]): void {
    if (tokens.length === 0) return;
    addTo(this.byKey, tokens.join(' '), person);
    if (tokens.length === 1) {
      addToBucket(this.oneWord, tokens[0]!, person);
      return;
    }
    const last = tokens[tokens.length - 1]!;
    addToBucket(this.surnames, last, person);
    addTo(this.firstNames, tokens[0]!, person);
    addTo(this.lastNames, last, person);
  }

  /** Everyone a name could match with a score of `floor` or more (and perhaps some others). */
  near(tokens: readonly string[], floor: number): Set<P> {
    const found = new Set<P>();
    const take = (set: Set<P> | undefined): void => {
      if (set !== undefined) for (const person of set) found.add(person);
    };
    const alike = (buckets: Map<string, Bucket<P>>, word: string): void => {
      const bucket = buckets.get(firstLetter(word));
      if (bucket === undefined) return;
      const { words, people } = bucket;
      for (const i of neighbours(bucket, word)) {
        const other = words[i]!;
        if (other === word || isInitialOf(other, word) || surnameScore(other, word) >= floor) take(people[i]);
      }
    };
    if (tokens.length === 0) return found;
    if (tokens.length === 1) {
      const word = tokens[0]!;
      take(this.firstNames.get(word));
      take(this.lastNames.get(word));
      alike(this.oneWord, word);
      return found;
    }
    const first = tokens[0]!;
    const last = tokens[tokens.length - 1]!;
    alike(this.surnames, last);
    const oneWord = (word: string): Set<P> | undefined => {
      const bucket = this.oneWord.get(firstLetter(word));
      const at = bucket?.at.get(word);
      return at === undefined ? undefined : bucket!.people[at];
    };
    take(oneWord(first));
    take(oneWord(last));
    if (tokens.length === 2) take(this.byKey.get(`${last} ${first}`));
    return found;
  }
}
