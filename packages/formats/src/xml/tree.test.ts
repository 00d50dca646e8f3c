import { describe, expect, it } from 'vitest';
import { XmlSyntaxError } from './scan.js';
import { childNamed, childrenNamed, descendantNamed, parseXml, type XmlElement } from './tree.js';

describe('parseXml', () => {
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

  it('finds children and descendants by local name', () => {
    const root = parseXml('<g><n id="1"><y:box><y:Label>A</y:Label></y:box></n><e/><n id="2"/></g>');
    expect(childrenNamed(root, 'n').map((n) => n.attributes.get('id'))).toEqual(['1', '2']);
    expect(childNamed(root, 'e')?.name).toBe('e');
    expect(descendantNamed(root, 'Label')?.text).toBe('A');
    expect(descendantNamed(root, 'missing')).toBeUndefined();
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

  it('throws the syntax errors of the scanner', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(XmlSyntaxError);
  });
});
