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

/** Inputs and what each escape makes of them, each with what the case shows. */
type Case = [why: string, input: string, output: string];

const HTML: Case[] = [
  [
    'the five characters that matter in text and quoted attributes',
    `<a href="x">Tom & 'Jerry'</a>`,
    '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;',
  ],
  ['an ampersand first, so entities in the data stay literal', '&lt;', '&amp;lt;'],
  ['other text left alone', 'Siân Ó Dálaigh — 3 ≤ 4', 'Siân Ó Dálaigh — 3 ≤ 4'],
];

const MARKDOWN: Case[] = [
  [
    'emphasis, code, links, raw HTML, entities and table pipes',
    'a|b*c_d `e` [f](g) <h> &amp; ~i~ ![j]',
    'a\\|b\\*c\\_d \\`e\\` \\[f\\](g) \\<h\\> \\&amp; \\~i\\~ \\!\\[j\\]',
  ],
  ['backslashes themselves', 'C:\\temp\\*', 'C:\\\\temp\\\\\\*'],
  ['one line', 'one\ntwo\r\n  three', 'one two three'],
  ['a heading at the start of a line', '# Heading', '\\# Heading'],
  ['a list item', '- item', '\\- item'],
  ['another list item', '+ item', '\\+ item'],
  ['a numbered item', '1. item', '1\\. item'],
  ['a numbered item with a parenthesis', '12) item', '12\\) item'],
  ['a # inside a name', 'Anne-Marie #1', 'Anne-Marie #1'],
  ['an apostrophe in a name', "Deborah O'Neill", "Deborah O'Neill"],
  ['a hyphen and brackets in a name', 'Smith-Jones (Chair).', 'Smith-Jones (Chair).'],
  ['no link to follow', '[L](https://evil.example)', '\\[L\\](https\\://evil.example)'],
  ['no script link', 'javascript:alert(1)', 'javascript\\:alert(1)'],
  ['no bare URL', 'see www.evil.example', 'see www\\.evil.example'],
  ['a file name left readable', 'data.csv and file names', 'data.csv and file names'],
];

describe('escapeHtml', () => {
  it.each(HTML)('escapes %s', (_why, input, output) => {
    expect(escapeHtml(input)).toBe(output);
  });
});

describe('escapeMarkdown', () => {
  it.each(MARKDOWN)('escapes %s', (_why, input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });

  it('trims table cells', () => {
    expect(escapeMarkdownCell('  a | b \n c  ')).toBe('a \\| b c');
  });
});

describe('terminal controls', () => {
  const cases: [why: string, escape: (text: string) => string, input: string, output: string][] = [
    [
      'ESC, other C0 and C1 controls as visible escapes',
      escapeControls,
      'a\u001b]0;title\u0007b\u009bc',
      'a\\x1b]0;title\\x07b\\x9bc',
    ],
    ['tabs and line breaks as they are', escapeControls, 'two\nlines\tand tab', 'two\nlines\tand tab'],
    ['line breaks too, on one line', escapeLine, 'two\nlines\r', 'two\\nlines\\r'],
    ['no control in Markdown', escapeMarkdown, 'Ann\u001b[2J', 'Ann\\\\x1b\\[2J'],
  ];
  it.each(cases)('shows %s', (_why, escape, input, output) => {
    expect(escape(input)).toBe(output);
  });

  it('writes DEL and C1 controls in JSON as \\u escapes, the value unchanged', () => {
    const value = { name: 'Ann\u009b\u007f\u001b' };
    const text = jsonText(value);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u001b\u007f-\u009f]/);
    expect(JSON.parse(text)).toEqual(value);
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
