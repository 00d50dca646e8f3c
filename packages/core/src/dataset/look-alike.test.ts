import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuesOf, isMusterInputError, type InputIssue } from '../errors.js';
import { parseDatasetFiles } from './read.js';
import { lookAlikes } from './look-alike.js';

const rows = (...texts: string[]): [string, number][] => texts.map((text, i) => [text, i + 2]);
const pairs = (...texts: string[]): [string, string][] => lookAlikes(rows(...texts)).map((l) => [l.like, l.text]);

describe('lookAlikes', () => {
  it('finds ids that differ only in case, by invisible characters or by look-alike letters', () => {
    expect(pairs('a1', 'A1')).toEqual([['a1', 'A1']]);
    expect(pairs('a1', '\u04301')).toEqual([['a1', '\u04301']]); // Cyrillic а
    expect(pairs('ann', 'a\u200bnn')).toEqual([['ann', 'a\u200bnn']]); // zero-width space
    expect(pairs('\ufeffann', 'ann')).toEqual([['\ufeffann', 'ann']]); // BOM
    expect(pairs('Ann Lee', 'Ann\u00a0Lee')).toEqual([['Ann Lee', 'Ann\u00a0Lee']]); // no-break space
    expect(pairs('x0', 'xO', 'xo')).toEqual([
      ['x0', 'xO'],
      ['xO', 'xo'], // the closer likeness: case alone
    ]);
    expect(pairs('a1', 'al', 'aI')).toEqual([
      ['a1', 'al'],
      ['a1', 'aI'],
    ]);
    expect(pairs('ΑΒΓ', 'ABΓ')).toEqual([['ΑΒΓ', 'ABΓ']]); // Greek capitals
    expect(pairs('A1', '\uff41\uff11')).toEqual([['A1', '\uff41\uff11']]); // full-width, folded by NFKC
  });

  it('says how the two differ, naming unusual characters', () => {
    expect(lookAlikes(rows('a1', 'A1'))[0]).toMatchObject({ row: 3, like: 'a1', likeRow: 2, how: 'only in case' });
    expect(lookAlikes(rows('a1', '\u04301'))[0]!.how).toBe('by look-alike characters (U+0430)');
    expect(lookAlikes(rows('ab', 'a\u200bb'))[0]!.how).toBe(
      'only by invisible characters or the kind of space (U+200B)',
    );
  });

  it('leaves ids that look different alone, and reports each later id once', () => {
    expect(pairs('a1', 'a2', 'b1', 'ann', 'anne', 'café', 'cafe')).toEqual([]);
    expect(pairs('a1', 'A1', '\u04301')).toEqual([
      ['a1', 'A1'],
      ['a1', '\u04301'],
    ]);
  });

  it('never reports distinct lower-case ids of unconfusable letters, and always reports an upper-case copy', () => {
    const id = fc.stringMatching(/^[a-hjkmnp-z][a-hjkmnp-z2-9]{0,6}$/);
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 30 }), fc.nat(), (ids, pick) => {
        expect(pairs(...ids)).toEqual([]);
        if (ids.length === 0) return;
        const copy = ids[pick % ids.length]!.toUpperCase();
        const found = pairs(...ids, copy);
        expect(found).toContainEqual([ids[pick % ids.length]!, copy]);
      }),
    );
  });
});

const ACTORS = 'id,name,role,locality\na1,Ann,politician,Riverside\nA1,Bo,politician,Riverside\n';

describe('look-alike warnings when reading', () => {
  it('reads the dataset and hands the warnings over, with both rows', () => {
    const warnings: InputIssue[] = [];
    const dataset = parseDatasetFiles(
      { 'actors.csv': ACTORS, 'ties.csv': 'source,target\na1,A1\n' },
      { onWarning: (w) => warnings.push(w) },
    );
    expect(dataset.actors.map((a) => a.id)).toEqual(['a1', 'A1']);
    expect(warnings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'id-look-alike', row: 3, column: 'id', value: 'A1' }),
    ]);
    expect(warnings[0]!.message).toContain("'a1' (row 2)");
  });

  it('lists warnings after the errors when there are errors, counting only the errors', () => {
    const files = { 'actors.csv': ACTORS, 'ties.csv': 'source,target\na1,a9\n' };
    const issues = issuesOf(() => parseDatasetFiles(files));
    expect(issues.map((i) => [i.code, i.severity])).toEqual([
      ['actor-unknown', undefined],
      ['id-look-alike', 'warning'],
    ]);
    try {
      parseDatasetFiles(files);
    } catch (error) {
      expect(isMusterInputError(error) && error.message).toMatch(
        /^1 problem in the input:\n.*\n.*warning: the actor id/,
      );
    }
  });

  it('warns of locality names that look alike, but not twice for one already an error', () => {
    const warnings: InputIssue[] = [];
    const actors = 'id,name,role,locality\na1,Ann,politician,Riverside\na2,Bo,politician,Riv\u0435rside\n';
    parseDatasetFiles({ 'actors.csv': actors, 'ties.csv': 'source,target\n' }, { onWarning: (w) => warnings.push(w) });
    expect(warnings.map((w) => [w.code, w.row, w.column])).toEqual([['locality-look-alike', 3, 'locality']]);
    const spelled = 'id,name,role,locality\na1,Ann,politician,Riverside\na2,Bo,politician,riverside\n';
    const issues = issuesOf(() => parseDatasetFiles({ 'actors.csv': spelled, 'ties.csv': 'source,target\n' }));
    expect(issues.map((i) => i.code)).toEqual(['locality-spelling']);
  });
});
