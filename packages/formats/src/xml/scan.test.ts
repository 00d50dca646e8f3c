import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XmlSyntaxError, attributeNamed, scanXml } from './scan.js';

type Event = ['open', string, Record<string, string>] | ['close', string] | ['text', string];

/** What the scanner reports: tags by local name, with their attributes, and text. */
function events(xml: string): Event[] {
  const out: Event[] = [];
  scanXml(xml, {
    open: (tag) => out.push(['open', tag.local, Object.fromEntries(tag.attributes)]),
    close: (tag) => out.push(['close', tag.local]),
    text: (text) => out.push(['text', text]),
  });
  return out;
}

function errorOf(xml: string): { line: number; column: number; message: string } {
  try {
    events(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlSyntaxError);
    const { line, column, message } = error as XmlSyntaxError;
    return { line, column, message };
  }
  throw new Error('expected a syntax error');
}

describe('scanXml: well-formed documents', () => {
  it('reports tags by local name, attributes as written, and text with references decoded', () => {
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

  it('decodes entities and character references, keeps CDATA as written', () => {
    expect(events('<a v="&lt;&amp;&gt;&quot;&apos;&#233;&#x1F600;">x &amp; y<![CDATA[ <b>&amp;</b> ]]></a>')).toEqual([
      ['open', 'a', { v: '<&>"\'é😀' }],
      ['text', 'x & y'],
      ['text', ' <b>&amp;</b> '],
      ['close', 'a'],
    ]);
  });

  it('normalises literal whitespace in attribute values but keeps references', () => {
    expect(events('<a v="one\ntwo\tthree\r\nfour" w="a&#10;b&#9;c&#13;d"/>')[0]).toEqual([
      'open',
      'a',
      { v: 'one two three four', w: 'a\nb\tc\rd' },
    ]);
  });

  it('reads \\r\\n and \\r line ends as \\n in text', () => {
    expect(events('<a>x\r\ny\rz</a>')[1]).toEqual(['text', 'x\ny\nz']);
  });

  it('skips comments, processing instructions, a DOCTYPE with an internal subset, and a BOM', () => {
    const xml =
      '\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!-- c -->\n<!DOCTYPE g [ <!ENTITY e "x>"> <!-- ] > --> ]>\n<?pi data?><g><!-- in --><?pi2?></g>\n<!-- after -->\n';
    expect(events(xml)).toEqual([
      ['open', 'g', {}],
      ['close', 'g'],
    ]);
  });

  it('never expands the entities a DOCTYPE declares', () => {
    const xml = '<!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><root>&lol2;</root>';
    expect(errorOf(xml).message).toBe('unknown entity &lol2;');
  });

  it('keeps a > inside an attribute value', () => {
    expect(events('<a b="x>y"/>')).toEqual([
      ['open', 'a', { b: 'x>y' }],
      ['close', 'a'],
    ]);
  });

  it('finds an attribute by its local name', () => {
    const attributes = new Map([
      ['name', 'actors'],
      ['r:id', 'rId1'],
    ]);
    expect(attributeNamed(attributes, 'id')).toBe('rId1');
    expect(attributeNamed(attributes, 'name')).toBe('actors');
    expect(attributeNamed(attributes, 'sheetId')).toBeUndefined();
  });
});

describe('scanXml: errors by line and column', () => {
  it.each([
    ['<a><b></a>', 1, 7, 'expected </b> (to close <b> from line 1) but found </a>'],
    ['<a>\n  <b>\n</a>', 3, 1, 'expected </b> (to close <b> from line 2) but found </a>'],
    ['<a x=1/>', 1, 6, 'the value of the attribute x of <a> must be in quotes'],
    ['<a x="1" x="2"/>', 1, 10, 'the attribute x appears twice in <a>'],
    ['<a x="1"y="2"/>', 1, 9, "expected a space, '>' or '/>' in the tag <a>"],
    ['<a x="<"/>', 1, 7, "'<' is not allowed in an attribute value (write &lt;)"],
    ['<a>fish & chips</a>', 1, 9, "a '&' must start a reference such as &amp; or &#233;; write &amp; for a plain '&'"],
    ['<a>&nbsp;</a>', 1, 4, 'unknown entity &nbsp;'],
    ['<a>&#0;</a>', 1, 4, '&#0; is not a character XML allows'],
    ['<a>&#xD800;</a>', 1, 4, '&#xD800; is not a character XML allows'],
    ['<a>\n<b>', 2, 4, 'the file ends before <b> (from line 2) is closed'],
    ['<a>\n<b>\n</b>', 3, 5, 'the file ends before <a> (from line 1) is closed'],
    ['<a/><b/>', 1, 5, 'a second top-level element: an XML file has one root element'],
    ['<a/>junk', 1, 5, 'text after the end of the root element'],
    ['junk<a/>', 1, 1, 'text before the first element'],
    ['', 1, 1, 'the file holds no XML element'],
    ['<!-- only a comment -->', 1, 24, 'the file holds no XML element'],
    ['<a><!-- open</a>', 1, 4, 'a comment <!-- is not closed with -->'],
    ['<a><![CDATA[ x </a>', 1, 4, 'a CDATA section <![CDATA[ is not closed with ]]>'],
    ['<a>\n\n  </b>', 3, 3, 'expected </a> (to close <a> from line 1) but found </b>'],
    ['</a>', 1, 1, '</a> closes no open element'],
    ['<a><1/></a>', 1, 5, "expected an element name after '<' (write &lt; for a plain '<')"],
    ['<a>\n<?xml version="1.0"?></a>', 2, 1, 'the XML declaration <?xml … ?> must be at the very start of the file'],
    ['<a>x\u0001y</a>', 1, 5, 'the character U+0001 is not allowed in XML'],
    ['<a', 1, 1, "the tag <a is not closed with '>'"],
    ['<a x="1"', 1, 1, "the tag <a is not closed with '>'"],
    ['<a x="1></a>', 1, 6, 'the value of the attribute x of <a> is not closed with "'],
  ])('%j', (text, line, column, message) => {
    expect(errorOf(text)).toEqual({ line, column, message });
  });

  it('counts columns in characters, after \\r\\n line ends', () => {
    expect(errorOf('<a>\r\n  é<b></a>')).toMatchObject({ line: 2, column: 7 });
  });

  it('never throws anything but an XmlSyntaxError', () => {
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
      '\n',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (xml) => {
        try {
          events(xml);
        } catch (error) {
          expect(error).toBeInstanceOf(XmlSyntaxError);
        }
      }),
      { seed: 6, numRuns: 2000 },
    );
  });
});
