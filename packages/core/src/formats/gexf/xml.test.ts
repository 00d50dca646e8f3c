import { describe, expect, it } from 'vitest';
import { XmlSyntaxError, escapeAttribute, escapeText, parseXml, xmlSafe, type XmlElement } from './xml.js';

function errorOf(text: string): { line: number; column: number; message: string } {
  try {
    parseXml(text);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlSyntaxError);
    const { line, column, message } = error as XmlSyntaxError;
    return { line, column, message };
  }
  throw new Error('expected a syntax error');
}

describe('parseXml: well-formed documents', () => {
  it('reads elements, prefixes, attributes and direct text', () => {
    const root = parseXml('<?xml version="1.0"?>\n<a x="1" y=\'two\'>hello <b:c z="3"/> world</a>');
    expect(root.name).toBe('a');
    expect([...root.attributes]).toEqual([
      ['x', '1'],
      ['y', 'two'],
    ]);
    expect(root.text).toBe('hello  world');
    expect(root.children).toHaveLength(1);
    expect(root.children[0]).toMatchObject({ name: 'b:c', local: 'c', line: 2 });
  });

  it('decodes entities and character references, keeps CDATA as written', () => {
    const root = parseXml('<a v="&lt;&amp;&gt;&quot;&apos;&#233;&#x1F600;">x &amp; y<![CDATA[ <b>&amp;</b> ]]></a>');
    expect(root.attributes.get('v')).toBe('<&>"\'é😀');
    expect(root.text).toBe('x & y <b>&amp;</b> ');
  });

  it('normalises literal whitespace in attribute values but keeps references', () => {
    const root = parseXml('<a v="one\ntwo\tthree\r\nfour" w="a&#10;b&#9;c&#13;d"/>');
    expect(root.attributes.get('v')).toBe('one two three four');
    expect(root.attributes.get('w')).toBe('a\nb\tc\rd');
  });

  it('reads \\r\\n and \\r line ends as \\n in text', () => {
    expect(parseXml('<a>x\r\ny\rz</a>').text).toBe('x\ny\nz');
  });

  it('skips comments, processing instructions, a DOCTYPE with an internal subset, and a BOM', () => {
    const root = parseXml(
      '\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!-- c -->\n<!DOCTYPE g [ <!ENTITY e "x>"> <!-- ] > --> ]>\n<?pi data?><g><!-- in --><?pi2?></g>\n<!-- after -->\n',
    );
    expect(root.name).toBe('g');
    expect(root.children).toEqual([]);
  });

  it('nests deeply without overflowing the stack', () => {
    const depth = 100_000;
    const root = parseXml('<a>'.repeat(depth) + '</a>'.repeat(depth));
    let element: XmlElement | undefined = root;
    let count = 0;
    while (element !== undefined) {
      count++;
      element = element.children[0];
    }
    expect(count).toBe(depth);
  });
});

describe('parseXml: errors by line and column', () => {
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
    ['<a>\n<b>', 2, 4, 'the file ends before <b> (from line 2) is closed'],
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
    ['<a x="1"', 1, 1, "the tag <a is not closed with '>'"],
    ['<a x="1></a>', 1, 6, 'the value of the attribute x of <a> is not closed with "'],
  ])('%j', (text, line, column, message) => {
    expect(errorOf(text)).toEqual({ line, column, message });
  });

  it('counts columns in characters, after \\r\\n line ends', () => {
    expect(errorOf('<a>\r\n  é<b></a>')).toMatchObject({ line: 2, column: 7 });
  });
});

describe('escaping', () => {
  it('round-trips any text through attribute values and element content', () => {
    const text = ' a & b < c > d " e \' f\n\tg\r\n h é 😀 ';
    const root = parseXml(`<a v="${escapeAttribute(text)}">${escapeText(text)}</a>`);
    expect(root.attributes.get('v')).toBe(text);
    expect(root.text).toBe(text);
  });

  it('replaces characters XML cannot carry', () => {
    expect(xmlSafe('a\u0000b\u001Fc\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(xmlSafe('😀')).toBe('😀');
  });
});
