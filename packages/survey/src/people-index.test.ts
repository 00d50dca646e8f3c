import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PeopleIndex } from './people-index.js';
import { surnameScore } from './similarity.js';

const word = fc.string({ unit: fc.constantFrom(...'abcdehilmnorstuy'), minLength: 2, maxLength: 10 });

/** One typo: a letter dropped, added, changed, or two swapped (never the first letter). */
const typo = fc.tuple(word, fc.nat(), fc.constantFrom(...'aeiouy'), fc.nat(3)).map(([w, at, letter, kind]) => {
  const i = 1 + (at % (w.length - 1));
  if (kind === 0) return [w, w.slice(0, i) + w.slice(i + 1)] as const;
  if (kind === 1) return [w, w.slice(0, i) + letter + w.slice(i)] as const;
  if (kind === 2) return [w, w.slice(0, i) + letter + w.slice(i + 1)] as const;
  if (i < 2) return [w, w.slice(0, i) + w.slice(i + 1)] as const;
  return [w, w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1)] as const;
});

describe('PeopleIndex', () => {
  it('finds every surname one typo away that scores high enough, among many others', () => {
    fc.assert(
      fc.property(typo, fc.uniqueArray(word, { maxLength: 200 }), ([surname, misspelt], others) => {
        const index = new PeopleIndex<string>();
        for (const other of others) index.add(other, ['ann', other]);
        index.add('the one', ['ann', surname]);
        const found = index.near(['ann', misspelt], 0.75);
        if (surnameScore(surname, misspelt) >= 0.75) expect(found).toContain('the one');
        // Whoever else it finds could reach the floor (an initial fits every word of its letter).
        for (const other of others)
          if (found.has(other) && other !== misspelt && other.length > 1 && misspelt.length > 1)
            expect(surnameScore(other, misspelt)).toBeGreaterThanOrEqual(0.75);
      }),
    );
  });

  it('finds a person known by an initial, and every surname of a letter for an initial', () => {
    const index = new PeopleIndex<string>();
    index.add('a. hale', ['a', 'h']);
    index.add('ann hale', ['ann', 'hale']);
    index.add('ann hobson', ['ann', 'hobson']);
    expect([...index.near(['ann', 'hale'], 0.75)].sort()).toEqual(['a. hale', 'ann hale']);
    expect([...index.near(['ann', 'h'], 0.75)].sort()).toEqual(['a. hale', 'ann hale', 'ann hobson']);
  });
});
