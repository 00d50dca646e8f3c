import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeMarkdownCell } from './escape.js';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;',
    );
  });

  it('escapes an ampersand first, so entities in the data stay literal', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('leaves other text alone', () => {
    expect(escapeHtml('Siân Ó Dálaigh — 3 ≤ 4')).toBe('Siân Ó Dálaigh — 3 ≤ 4');
  });
});

describe('escapeMarkdown', () => {
  it('escapes emphasis, code, links, raw HTML, entities and table pipes', () => {
    expect(escapeMarkdown('a|b*c_d `e` [f](g) <h> &amp; ~i~ ![j]')).toBe(
      'a\\|b\\*c\\_d \\`e\\` \\[f\\](g) \\<h\\> \\&amp; \\~i\\~ \\!\\[j\\]',
    );
  });

  it('escapes backslashes themselves', () => {
    expect(escapeMarkdown('C:\\temp\\*')).toBe('C:\\\\temp\\\\\\*');
  });

  it('keeps the text on one line', () => {
    expect(escapeMarkdown('one\ntwo\r\n  three')).toBe('one two three');
  });

  it('makes the text safe at the start of a line', () => {
    expect(escapeMarkdown('# Heading')).toBe('\\# Heading');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('12) item')).toBe('12\\) item');
    expect(escapeMarkdown('Anne-Marie #1')).toBe('Anne-Marie #1');
  });

  it('leaves ordinary names readable', () => {
    expect(escapeMarkdown("Deborah O'Neill")).toBe("Deborah O'Neill");
    expect(escapeMarkdown('Smith-Jones (Chair).')).toBe('Smith-Jones (Chair).');
  });

  it('trims table cells', () => {
    expect(escapeMarkdownCell('  a | b \n c  ')).toBe('a \\| b c');
  });
});
