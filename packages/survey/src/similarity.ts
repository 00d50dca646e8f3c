/**
 * How alike two people's names are, from 0 (nothing alike) to 1 (the same
 * name once normalised), and why.
 *
 * Names are compared part by part, not as one string: the first name with
 * the first name and the surname with the surname, by Jaro–Winkler
 * similarity (W. E. Winkler, "String comparator metrics and enhanced
 * decision rules in the Fellegi–Sunter model of record linkage", 1990).
 * A whole-string comparison would rate "Bob Marsh" and "Rob Marsh", or
 * "Ann Hale" and "Ann Hall", as near certain; part by part, and with
 * surname differences counted twice, they land in the unsure band the
 * user is asked about. An initial that fits ("A. Hale", "Ann H.") scores
 * 0.9; a common nickname of the same first name ("Bob" and "Rob", both
 * Robert) 0.8; a name of one word only ("Ann") 0.75 at most.
 */
import { nicknameBase } from './nicknames.js';

/** Why two names were found alike. */
export type MatchReason = 'same' | 'initial' | 'nickname' | 'spelling' | 'middle-name' | 'one-name' | 'order';

/** A comparison of two names. */
export interface NameMatch {
  /** 0 to 1; 1 only for the same name once normalised. */
  score: number;
  /** What made them alike, strongest first; empty when the score is 0. */
  reasons: MatchReason[];
  /** For a nickname, in words: `Bob and Rob are both short for Robert`, `Jess is short for Jessica`. */
  nickname?: string;
}

/** Score of an initial that fits a name (`a` for `ann`). */
export const INITIAL_SCORE = 0.9;
/** Score of two nicknames of one first name. */
export const NICKNAME_SCORE = 0.8;
/** Score of a one-word name that is the first name or the surname of a full name. */
export const ONE_NAME_SCORE = 0.75;
/** Score of two two-word names written in opposite orders ("Hale Ann", "Ann Hale"). */
export const ORDER_SCORE = 0.8;

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Jaro–Winkler similarity of two strings, by code point: 1 for equal
 * strings, 0 for nothing in common. The Winkler bonus for a common prefix
 * (up to 4 characters, scale 0.1) applies when the Jaro similarity is above
 * 0.7, as in Winkler's original.
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  // Compare code points; most names are in the Basic Multilingual Plane and need no splitting.
  const s = SURROGATE.test(a) ? Array.from(a) : a;
  const t = SURROGATE.test(b) ? Array.from(b) : b;
  const n = s.length;
  const m = t.length;
  if (n === 0 || m === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(n, m) / 2) - 1);
  const sMatched = new Uint8Array(n);
  const tMatched = new Uint8Array(m);
  let matches = 0;
  for (let i = 0; i < n; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(m - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!tMatched[j] && s[i] === t[j]) {
        sMatched[i] = 1;
        tMatched[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let k = 0;
  let halfTranspositions = 0;
  for (let i = 0; i < n; i++) {
    if (!sMatched[i]) continue;
    while (!tMatched[k]) k++;
    if (s[i] !== t[k]) halfTranspositions++;
    k++;
  }
  const jaro = (matches / n + matches / m + (matches - halfTranspositions / 2) / matches) / 3;
  if (jaro <= 0.7) return jaro;
  let prefix = 0;
  while (prefix < 4 && prefix < n && prefix < m && s[prefix] === t[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** True when a word is one character (one code point). */
function isOneLetter(word: string): boolean {
  return word.length === 1 || (word.length === 2 && word.codePointAt(0)! > 0xffff);
}

/** True when one word is a single letter that begins the other. */
export function isInitialOf(a: string, b: string): boolean {
  if (isOneLetter(a)) return b.startsWith(a);
  if (isOneLetter(b)) return a.startsWith(b);
  return false;
}

/** First names: equal, an initial, a nickname, or spelling by Jaro–Winkler. */
function compareGiven(a: string, b: string): { score: number; reason?: MatchReason; nickname?: string } {
  if (a === b) return { score: 1 };
  if (isInitialOf(a, b)) return { score: INITIAL_SCORE, reason: 'initial' };
  const spelling = jaroWinkler(a, b);
  const base = nicknameBase(a, b);
  if (base !== undefined) {
    const nickname =
      base === a || base === b
        ? `${capitalise(base === a ? b : a)} is short for ${capitalise(base)}`
        : `${capitalise(a)} and ${capitalise(b)} are both short for ${capitalise(base)}`;
    return { score: Math.max(NICKNAME_SCORE, spelling), reason: 'nickname', nickname };
  }
  return { score: spelling, reason: 'spelling' };
}

/** How alike two surnames are in spelling: Jaro–Winkler with the difference counted twice. */
export function surnameScore(a: string, b: string): number {
  return Math.max(0, 1 - 2 * (1 - jaroWinkler(a, b)));
}

/** Surnames: equal, an initial, or spelling, where a difference counts twice. */
function compareSurname(a: string, b: string): { score: number; reason?: MatchReason } {
  if (a === b) return { score: 1 };
  if (isInitialOf(a, b)) return { score: INITIAL_SCORE, reason: 'initial' };
  return { score: surnameScore(a, b), reason: 'spelling' };
}

/** Middle names: none on either side, one side only (a small doubt), or both (they must fit). */
function compareMiddle(a: readonly string[], b: readonly string[]): { score: number; reason?: MatchReason } {
  if (a.length === 0 && b.length === 0) return { score: 1 };
  if (a.length === 0 || b.length === 0) return { score: 0.95, reason: 'middle-name' };
  const x = a[0]!;
  const y = b[0]!;
  if (x === y || isInitialOf(x, y)) return { score: 1 };
  return { score: 0.6, reason: 'middle-name' };
}

const NONE: NameMatch = { score: 0, reasons: [] };

/**
 * Compares two names given as their tokens ({@link nameTokens}). The
 * first token is the first name, the last the surname, any others middle
 * names. The score is the product of the parts' scores.
 */
export function compareNames(a: readonly string[], b: readonly string[]): NameMatch {
  if (a.length === 0 || b.length === 0) return NONE;
  if (a.length === b.length && a.every((t, i) => t === b[i])) return { score: 1, reasons: ['same'] };
  if (a.length === 1 && b.length === 1) {
    // Two one-word names: a spelling match is never sure, whoever they are.
    const score = Math.min(NICKNAME_SCORE, compareSurname(a[0]!, b[0]!).score);
    return score > 0 ? { score, reasons: ['spelling', 'one-name'] } : NONE;
  }
  if (a.length === 1 || b.length === 1) {
    const [one, full] = a.length === 1 ? [a[0]!, b] : [b[0]!, a];
    return one === full[0] || one === full[full.length - 1] ? { score: ONE_NAME_SCORE, reasons: ['one-name'] } : NONE;
  }
  if (a.length === 2 && b.length === 2 && a[0] === b[1] && a[1] === b[0]) {
    return { score: ORDER_SCORE, reasons: ['order'] };
  }
  const given = compareGiven(a[0]!, b[0]!);
  const surname = compareSurname(a[a.length - 1]!, b[b.length - 1]!);
  const middle = compareMiddle(a.slice(1, -1), b.slice(1, -1));
  const score = given.score * surname.score * middle.score;
  if (score <= 0) return NONE;
  const order: MatchReason[] = ['nickname', 'spelling', 'initial', 'middle-name'];
  const found = new Set([given.reason, surname.reason, middle.reason]);
  const reasons = order.filter((r) => found.has(r));
  const match: NameMatch = { score, reasons };
  if (given.nickname !== undefined) match.nickname = given.nickname;
  return match;
}
