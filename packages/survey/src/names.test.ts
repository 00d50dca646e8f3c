import { describe, expect, it } from 'vitest';
import { displayName, isNonAnswer, nameKey, nameTokens, slugify, splitNames } from './names.js';

describe('nameKey', () => {
  it('ignores case, accents, punctuation, spacing, titles and post-nominals', () => {
    for (const written of [
      'Cllr Ann Hale',
      'ann hale',
      '  ANN   HALE ',
      'Hale, Ann',
      'Dr. Ann Hale OBE',
      'Ann Hale (council)',
      'Ann Hale, MBE',
    ]) {
      expect(nameKey(written), written).toBe('ann hale');
    }
    expect(nameKey('Zoë Clarke')).toBe('zoe clarke');
    expect(nameKey("Grace O'Neill")).toBe('grace oneill');
    expect(nameKey('Grace O’Neill')).toBe('grace oneill');
    expect(nameKey('Sam Smith-Jones')).toBe('sam smith jones');
    expect(nameKey('A.B. Hale')).toBe('a b hale');
  });

  it('keeps a title that is all there is to a surname, but not a lone title', () => {
    expect(nameTokens('Dr Hale')).toEqual(['hale']);
    expect(nameTokens('Dr')).toEqual([]);
    expect(nameTokens('Lady')).toEqual([]);
  });

  it('keeps letters of any script', () => {
    expect(nameKey('李 雷')).toBe('李 雷');
    expect(nameKey('Łukasz Wójcik')).toBe('łukasz wojcik');
  });
});

describe('isNonAnswer', () => {
  it('recognises answers that name nobody', () => {
    for (const written of ['N/A', 'n.a.', 'None', 'none.', 'No one', '-', '?', 'Anonymous', 'Dr', "Don't know"]) {
      expect(isNonAnswer(written), written).toBe(true);
    }
    expect(isNonAnswer('Ann')).toBe(false);
  });
});

describe('displayName', () => {
  it('tidies a name for an actor, keeping a careful spelling', () => {
    expect(displayName('Cllr Ann Hale')).toBe('Ann Hale');
    expect(displayName('Hale, Ann')).toBe('Ann Hale');
    expect(displayName('ann hale')).toBe('Ann Hale');
    expect(displayName('ZOE CLARKE')).toBe('Zoe Clarke');
    expect(displayName("grace o'neill")).toBe("Grace O'Neill");
    expect(displayName('sam smith-jones')).toBe('Sam Smith-Jones');
    expect(displayName('Ann (council)')).toBe('Ann');
    expect(displayName('Siân Evans MBE')).toBe('Siân Evans');
    expect(displayName('McDonald,  Ewan')).toBe('Ewan McDonald');
  });
});

describe('slugify', () => {
  it('makes ids of lower-case words joined by -', () => {
    expect(slugify("Grace O'Neill")).toBe('grace-oneill');
    expect(slugify('Zoë Clarke')).toBe('zoe-clarke');
    expect(slugify('A. Hale')).toBe('a-hale');
    expect(slugify('李雷')).toBe('李雷');
    expect(slugify('???')).toBe('person');
    expect(slugify('x'.repeat(100))).toHaveLength(60);
  });
});

describe('splitNames', () => {
  const split = (cell: string, separators: string[] = [';']) => splitNames(cell, separators);

  it('splits on the separators and on line breaks, tidying spaces', () => {
    expect(split(' Ann Hale;  Bob Marsh ;;')).toEqual(['Ann Hale', 'Bob Marsh']);
    expect(split('Ann Hale\nBob Marsh\r\nCy Moss\rDi Lake')).toEqual(['Ann Hale', 'Bob Marsh', 'Cy Moss', 'Di Lake']);
    expect(split('Ann Hale / Bob Marsh & Cy Moss', ['/', '&'])).toEqual(['Ann Hale', 'Bob Marsh', 'Cy Moss']);
    expect(split('')).toEqual([]);
  });

  it('reads one comma as "Surname, First" unless both sides are full names', () => {
    expect(split('Hale, Ann')).toEqual(['Hale, Ann']);
    expect(split('Hale, Ann Marie')).toEqual(['Hale, Ann Marie']);
    expect(split('Ann Hale, OBE')).toEqual(['Ann Hale, OBE']);
    expect(split('Ann Hale, Bob Marsh')).toEqual(['Ann Hale', 'Bob Marsh']);
    expect(split('Hale, Ann; Marsh, Bob')).toEqual(['Hale, Ann', 'Marsh, Bob']);
  });

  it('reads two or more commas as a list', () => {
    expect(split('Ann, Bob, Cy')).toEqual(['Ann', 'Bob', 'Cy']);
    expect(split('Ann Hale, Bob Marsh, Cy Moss')).toEqual(['Ann Hale', 'Bob Marsh', 'Cy Moss']);
  });

  it('splits on every comma when "," is a separator', () => {
    expect(split('Hale, Ann', [','])).toEqual(['Hale', 'Ann']);
  });
});
