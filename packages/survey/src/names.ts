/**
 * People's names as survey respondents write them: a cell split into
 * names, each name normalised into a matching key (case, accents,
 * punctuation, spacing, titles such as Dr or Cllr, post-nominals such as
 * OBE, parenthesised notes, and "Surname, First" turned round), a tidy
 * display form for the actor's name, and a slug for the actor's id.
 *
 * The key is what the matcher compares; the written form is what the
 * review file shows, so the user always sees what the respondent typed.
 */

/** Words dropped from the start of a name (compared lower case, without dots). */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'doctor',
  'prof',
  'professor',
  'cllr',
  'councillor',
  'councilor',
  'coun',
  'sir',
  'dame',
  'lord',
  'lady',
  'baroness',
  'baron',
  'rev',
  'revd',
  'reverend',
  'rt',
  'hon',
]);

/** Words dropped from the end of a name: honours, degrees, offices. */
const POST_NOMINALS = new Set([
  'obe',
  'mbe',
  'cbe',
  'kbe',
  'dbe',
  'phd',
  'dphil',
  'msc',
  'ma',
  'mba',
  'bsc',
  'ba',
  'frsa',
  'jp',
  'mp',
  'msp',
  'ms',
  'mla',
  'qc',
  'kc',
  'jr',
  'sr',
]);

/**
 * Whole answers that name nobody. Compared with the key, so `N/A`, `n.a.`
 * and `None.` are all caught.
 */
const NON_ANSWERS = new Set([
  'none',
  'no one',
  'noone',
  'nobody',
  'n a',
  'na',
  'nil',
  'no',
  'not applicable',
  'dont know',
  'do not know',
  'not sure',
  'unknown',
  'various',
  'tbc',
  'anonymous',
  'anon',
  'prefer not to say',
]);

/** Runs of white space (including line separators) become one space; the ends are trimmed. */
export function tidySpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Lower case, accents removed (NFKD, combining marks dropped). */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A word as compared with the title and post-nominal lists: folded, without dots. */
function bareWord(word: string): string {
  return fold(word).replace(/[.\s]/g, '');
}

function isPostNominalPart(text: string): boolean {
  const words = text.split(/[\s,]+/u).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => POST_NOMINALS.has(bareWord(w)));
}

function dropParentheses(text: string): string {
  return text.replace(/\([^)]*\)?|\[[^\]]*\]?/gu, ' ');
}

/**
 * "Hale, Ann" → "Ann Hale"; "Ann Hale, OBE" → "Ann Hale". A name with
 * more than one comma has its commas read as spaces.
 */
function turnRound(text: string): string {
  const parts = text.split(',');
  if (parts.length === 2) {
    const [before, after] = parts as [string, string];
    if (after.trim() === '' || isPostNominalPart(after)) return before;
    if (before.trim() === '') return after;
    return `${after} ${before}`;
  }
  return parts.join(' ');
}

/**
 * The words of a name, for matching: lower case, no accents, no
 * punctuation (apostrophes are dropped, so O'Neill is `oneill`; other
 * marks split words, so Smith-Jones is `smith jones`), leading titles and
 * trailing post-nominals removed. A name that is only a title is no name
 * (`[]`).
 */
export function nameTokens(written: string): string[] {
  let text = fold(dropParentheses(written));
  text = turnRound(text);
  text = text.replace(/['\u2019\u2018`\u00b4]/gu, '');
  const tokens = text.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '');
  while (tokens.length > 1 && TITLES.has(tokens[0]!)) tokens.shift();
  while (tokens.length > 1 && POST_NOMINALS.has(tokens[tokens.length - 1]!)) tokens.pop();
  if (tokens.length === 1 && TITLES.has(tokens[0]!)) return [];
  return tokens;
}

/** The matching key of a name: its tokens joined by single spaces (empty for no name). */
export function nameKey(written: string): string {
  return nameTokens(written).join(' ');
}

/** True when a written answer names nobody: empty after normalising, or an answer like "none" or "N/A". */
export function isNonAnswer(written: string): boolean {
  const key = nameKey(written);
  return key === '' || NON_ANSWERS.has(key);
}

/**
 * The form of a name to show as an actor's name: titles, post-nominals and
 * parenthesised notes removed, "Surname, First" turned round, spacing
 * tidied, and a name written all in lower or all in upper case given
 * capitals ("ann hale" → "Ann Hale"). Otherwise the respondent's spelling
 * and capitals are kept.
 */
export function displayName(written: string): string {
  const text = tidySpaces(turnRound(dropParentheses(written)));
  const words = text.split(' ').filter((w) => w !== '');
  while (words.length > 1 && TITLES.has(bareWord(words[0]!))) words.shift();
  while (words.length > 1 && POST_NOMINALS.has(bareWord(words[words.length - 1]!))) words.pop();
  let name = words.join(' ');
  const lower = /\p{Ll}/u.test(name);
  const upper = /\p{Lu}/u.test(name);
  if (lower !== upper) {
    name = name.toLowerCase().replace(/(^|[\s'\u2019-])(\p{Ll})/gu, (_, before: string, letter: string) => {
      return before + letter.toUpperCase();
    });
  }
  return name === '' ? tidySpaces(written) : name;
}

/**
 * An id made from a name: lower case, accents removed, words joined by `-`
 * ("Grace O'Neill" → `grace-oneill`); letters of any script are kept. A
 * name with no letters or digits gives `person`.
 */
export function slugify(name: string): string {
  // Folding decomposes (NFD); compose again so the id is in the form every reader puts ids in.
  const slug = fold(name)
    .normalize('NFC')
    .replace(/['\u2019\u2018`\u00b4]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug === '' ? 'person' : slug;
}

/**
 * The names in one answer cell. Names are separated by line breaks and by
 * each of `separators` (`;` unless the configuration says otherwise).
 * Commas are read with care, because "Hale, Ann" is one name: a piece with
 * two or more commas is a list; a piece with one comma is two names when
 * both sides have two or more words ("Ann Hale, Bob Marsh") and one name
 * written surname first otherwise ("Hale, Ann"). When `,` is one of the
 * separators, every comma separates names.
 *
 * Each name comes back with its spacing tidied; empty pieces are dropped.
 * Answers that name nobody ("none", "N/A") are left for the caller to
 * recognise with {@link isNonAnswer}.
 */
export function splitNames(cell: string, separators: readonly string[]): string[] {
  let pieces = cell.split(/\r\n|\r|\n|\u2028|\u2029/u);
  for (const separator of separators) pieces = pieces.flatMap((piece) => piece.split(separator));
  const commaSeparates = separators.includes(',');
  const names: string[] = [];
  for (const piece of pieces) {
    for (const name of commaSeparates ? [piece] : splitCommas(piece)) {
      const tidy = tidySpaces(name);
      if (tidy !== '') names.push(tidy);
    }
  }
  return names;
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => w !== '').length;
}

function splitCommas(piece: string): string[] {
  const parts = piece.split(',');
  if (parts.length === 1) return parts;
  if (parts.length > 2) return parts.filter((part) => !isPostNominalPart(part));
  const [before, after] = parts as [string, string];
  if (isPostNominalPart(after)) return [piece];
  return wordCount(before) >= 2 && wordCount(after) >= 2 ? parts : [piece];
}
