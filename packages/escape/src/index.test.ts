import { describe, expect, it } from 'vitest';
import {
  csvCell,
  escapeControls,
  escapeHtml,
  escapeLine,
  escapeMarkdown,
  escapeMarkdownCell,
  guardFormula,
  jsonText,
  shownValue,
  unguardFormula,
} from './index.js';

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

describe('links in Markdown', () => {
  it('leaves no link, image or bare URL to follow', () => {
    expect(escapeMarkdown('[L](https://evil.example)')).toBe('\\[L\\](https\\://evil.example)');
    expect(escapeMarkdown('javascript:alert(1)')).toBe('javascript\\:alert(1)');
    expect(escapeMarkdown('see www.evil.example')).toBe('see www\\.evil.example');
    expect(escapeMarkdown('data.csv and file names')).toBe('data.csv and file names');
  });
});

describe('terminal controls', () => {
  it('shows ESC, other C0 and C1 controls as visible escapes', () => {
    expect(escapeControls('a\u001b]0;title\u0007b\u009bc')).toBe('a\\x1b]0;title\\x07b\\x9bc');
    expect(escapeControls('two\nlines\tand tab')).toBe('two\nlines\tand tab');
    expect(escapeLine('two\nlines\r')).toBe('two\\nlines\\r');
  });

  it('writes DEL and C1 controls in JSON as \\u escapes, the value unchanged', () => {
    const value = { name: 'Ann\u009b\u007f\u001b' };
    const text = jsonText(value);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u001b\u007f-\u009f]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('keeps Markdown free of controls', () => {
    expect(escapeMarkdown('Ann\u001b[2J')).toBe('Ann\\\\x1b\\[2J');
  });

  it('cuts a long value and says its length', () => {
    expect(shownValue('Z'.repeat(5_000_000))).toBe(`${'Z'.repeat(57)}… (5,000,000 characters)`);
    expect(shownValue('short')).toBe('short');
  });
});

describe('the formula guard', () => {
  it('guards cells a spreadsheet would run, and leaves numbers and text alone', () => {
    for (const cell of ['=1+1', '+x', '-x', '@SUM(A1)', '\tx', '\rx', "'=x", "''+x"])
      expect(guardFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['-3', '+1.5e3', 'Ann', "'quoted", '', "O'Neill"]) expect(guardFormula(cell)).toBe(cell);
  });

  it('is undone exactly by the reader', () => {
    for (const cell of ['=1+1', "'=x", "''+x", "'quoted", '-3', 'Ann', '-', "'", "'-"])
      expect(unguardFormula(guardFormula(cell))).toBe(cell);
  });

  it('quotes after guarding', () => {
    expect(csvCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
  });
});
