import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XmlError, escapeOoxml, escapeXml, scanXml, unescapeOoxml } from './xml.js';

type Event = ['open', string, Record<string, string>] | ['close', string] | ['text', string];

function events(xml: string): Event[] {
  const out: Event[] = [];
  scanXml(xml, {
    open: (name, attrs) => out.push(['open', name, attrs]),
    close: (name) => out.push(['close', name]),
    text: (text) => out.push(['text', text]),
  });
  return out;
}

function error(xml: string): XmlError {
  try {
    events(xml);
  } catch (e) {
    expect(e).toBeInstanceOf(XmlError);
    return e as XmlError;
  }
  throw new Error('expected an XmlError');
}

describe('scanXml', () => {
  it('reports elements, attributes and text, with prefixes dropped and entities decoded', () => {
    const xml =
      '<?xml version="1.0"?>\n<!-- a comment --><x:sst xmlns:x="urn:x" count=\'2\'>' +
      '<x:si><x:t xml:space="preserve"> a &amp; b &lt;&#233;&#x1F600;&gt;</x:t></x:si><e/><![CDATA[<raw>]]></x:sst>';
    expect(events(xml)).toEqual([
      ['open', 'sst', { 'xmlns:x': 'urn:x', count: '2' }],
      ['open', 'si', {}],
      ['open', 't', { 'xml:space': 'preserve' }],
      ['text', ' a & b <é😀>'],
      ['close', 't'],
      ['close', 'si'],
      ['open', 'e', {}],
      ['close', 'e'],
      ['text', '<raw>'],
      ['close', 'sst'],
    ]);
  });

  it('skips a DOCTYPE without expanding its entities', () => {
    const xml = '<!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><root>&lol2;</root>';
    expect(error(xml).message).toMatch(/unknown entity '&lol2;'/);
  });

  it('keeps a > inside an attribute value', () => {
    expect(events('<a b="x>y"/>')).toEqual([
      ['open', 'a', { b: 'x>y' }],
      ['close', 'a'],
    ]);
  });

  it.each([
    ['<a><b></a>', '</a> closes <b>', 1, 7],
    ['<a>\n<b>\n</b>', '<a> is never closed', 3, 5],
    ['<a x=1/>', 'not in quotes', 1, 6],
    ['<a>&bogus;</a>', "unknown entity '&bogus;'", 1, 4],
    ['<a>&#xD800;</a>', 'is not a character', 1, 4],
    ['</a>', 'with no start tag', 1, 1],
    ['<a/><b/>', 'a second root element', 1, 5],
    ['text', 'text outside the root element', 1, 1],
    ['', 'no root element', 1, 1],
    ['<a', 'never closed', 1, 1],
  ])('refuses %j: %s at line %i, character %i', (xml, message, line, column) => {
    const e = error(xml);
    expect(e.message).toContain(message);
    expect([e.line, e.column]).toEqual([line, column]);
  });

  it('never throws anything but an XmlError', () => {
    const unit = fc.constantFrom(
      '<',
      '>',
      '/',
      'a',
      'b',
      '=',
      '"',
      "'",
      '&',
      ';',
      '#',
      'x',
      '!',
      '?',
      '-',
      '[',
      ']',
      ' ',
      ':',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (xml) => {
        try {
          events(xml);
        } catch (e) {
          expect(e).toBeInstanceOf(XmlError);
        }
      }),
      { seed: 6, numRuns: 2000 },
    );
  });
});

describe('OOXML string escapes', () => {
  it('escapes control characters and literal escape sequences, and undoes it', () => {
    expect(escapeOoxml('a\u0001b')).toBe('a_x0001_b');
    expect(escapeOoxml('_x0041_')).toBe('_x005F_x0041_');
    expect(escapeOoxml('tab\tand\nline')).toBe('tab\tand\nline');
    expect(escapeOoxml('lone \ud800 surrogate')).toBe('lone _xD800_ surrogate');
    expect(unescapeOoxml('_x005F_x0041_ and _x000D_')).toBe('_x0041_ and \r');
    expect(escapeXml('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
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
