import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeOoxml, unescapeOoxml } from './escape.js';

describe('OOXML string escapes', () => {
  it('escapes control characters and literal escape sequences, and undoes it', () => {
    expect(escapeOoxml('a\u0001b')).toBe('a_x0001_b');
    expect(escapeOoxml('_x0041_')).toBe('_x005F_x0041_');
    expect(escapeOoxml('tab\tand\nline')).toBe('tab\tand\nline');
    expect(escapeOoxml('lone \ud800 surrogate')).toBe('lone _xD800_ surrogate');
    expect(unescapeOoxml('_x005F_x0041_ and _x000D_')).toBe('_x0041_ and \r');
  });

  it('gives back any text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            '_',
            'x',
            '0',
            '4',
            '1',
            'A',
            'f',
            '\u0000',
            '\u0001',
            '\ud800',
            '\udc00',
            '\ufffe',
            'é',
            '\t',
            '\r',
            '😀',
          ),
          maxLength: 30,
        }),
        (text) => {
          expect(unescapeOoxml(escapeOoxml(text))).toBe(text);
        },
      ),
      { seed: 7, numRuns: 1000 },
    );
  });
});
