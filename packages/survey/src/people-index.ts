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
 * for.
 */
import { isInitialOf, surnameScore } from './similarity.js';

type Bucket<P> = Map<string, Set<P>>;

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
  if (bucket === undefined) buckets.set(letter, (bucket = new Map()));
  addTo(bucket, word, person);
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
      for (const [other, people] of buckets.get(firstLetter(word)) ?? []) {
        if (other === word || isInitialOf(other, word) || surnameScore(other, word) >= floor) take(people);
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
    take(this.oneWord.get(firstLetter(first))?.get(first));
    take(this.oneWord.get(firstLetter(last))?.get(last));
    if (tokens.length === 2) take(this.byKey.get(`${last} ${first}`));
    return found;
  }
}
