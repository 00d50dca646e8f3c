import { describe, expect, it } from 'vitest';
import { xmlSafe } from './characters.js';
import { escapeAttribute, escapeText } from './escape.js';
import { parseXml } from './tree.js';

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
