/**
 * `@muster/escape`: the one escaping module. Every string that comes from
 * a dataset or a profile (names, ids, locality names, role labels, and
 * messages that embed them) goes through one of these before it is written
 * into HTML, Markdown, a CSV file a person may open in a spreadsheet, or a
 * terminal. No dependencies; runs in browsers and Node alike.
 *
 * @module @muster/escape
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes `& < > " '` (and control characters) so that a string is inert both as element text and
 * inside a quoted attribute value (HTML and inline SVG alike).
 */
export function escapeHtml(text: string): string {
  // Control characters (but tab and line breaks) as character references: inert in a page, and on a terminal.
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!).replace(CONTROLS, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Characters that start or end inline Markdown (emphasis, code, links,
 * raw HTML, entities, strikethrough, images) or split a table cell,
 * anywhere in a line. CommonMark lets any ASCII punctuation be escaped with
 * a backslash.
 */
const MARKDOWN_INLINE = /[\\`*_{}[\]<>|~&!]/g;

/** The start of a bare link: a scheme's colon, or `www.`. */
const AUTOLINK = /\b((?:https?|ftp|javascript|data|vbscript|mailto|file)(?=:)|www(?=\.))([:.])/gi;

/**
 * Escapes a user-provided string for inline Markdown: the result renders as
 * the literal text, cannot open emphasis, code, links, images or raw HTML,
 * cannot split a table cell (`|` becomes `\|`), stays on one line (line
 * breaks become spaces) and carries no terminal control (see
 * {@link escapeControls}). A leading `#`, `+`, `-`, `=` or `1.` is escaped
 * too, so the text is safe at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  const escaped = escapeControls(text.replace(/\s*[\r\n]+\s*/g, ' '))
    .replace(MARKDOWN_INLINE, (c) => `\\${c}`)
    // GitHub-flavoured Markdown links bare URLs: an escaped colon or dot keeps them plain text.
    .replace(AUTOLINK, (_, start: string, mark: string) => `${start}\\${mark}`);
  if (/^[#+\-=]/.test(escaped)) return `\\${escaped}`;
  return escaped.replace(/^(\d+)([.)])/, '$1\\$2');
}

/** {@link escapeMarkdown} for a table cell: also trimmed. */
export function escapeMarkdownCell(text: string): string {
  return escapeMarkdown(text.trim());
}

// C0 controls but tab and line breaks, DEL, and the C1 controls (U+0080–U+009F, which some terminals obey).
// eslint-disable-next-line no-control-regex
export const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** {@link CONTROLS} with tab and line breaks too: every C0 control, DEL and the C1 controls. */
// eslint-disable-next-line no-control-regex
export const ALL_CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

function visible(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\t') return '\\t';
  if (c === '\r') return '\\r';
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Shows control characters as visible escapes (ESC becomes `\x1b`), so
 * text from the data cannot move the cursor, set a terminal's title, clear
 * the screen or hide a link. Tabs and line breaks (`\n`, `\r`) are kept,
 * so that multi-line text stays multi-line; {@link escapeLine} escapes them
 * too.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, visible);
}

/** {@link escapeControls} that also escapes tabs and line breaks: one value on one line. */
export function escapeLine(text: string): string {
  return text.replace(ALL_CONTROLS, visible);
}

/**
 * JSON text for a terminal: `JSON.stringify` already writes C0 controls as
 * `\u` escapes; this writes DEL and the C1 controls so too. The value is
 * unchanged (they can only stand inside strings).
 */
export function jsonText(value: unknown): string {
  return (
    JSON.stringify(value, null, 2).replace(/[\u007f-\u009f]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`) + '\n'
  );
}

/** How long a value shown in a message may be before it is cut. */
export const SHOWN_VALUE_LENGTH = 60;

/**
 * A value as a message shows it: on one line, controls escaped, and cut
 * when longer than {@link SHOWN_VALUE_LENGTH} characters, with its full
 * length said (`ZZZZ… (5,242,880 characters)`).
 */
export function shownValue(value: string, max = SHOWN_VALUE_LENGTH): string {
  if (value.length <= max) return escapeLine(value);
  const head = escapeLine(value.slice(0, max - 3)).slice(0, max + 20);
  return `${head}… (${value.length.toLocaleString('en-GB')} characters)`;
}

/** The end of a value already cut. */
const CUT = /… \([\d,]+ characters\)$/;

/** A quoted value in a message: `'…'` up to the next quote followed by a non-word character or the end. */
const QUOTED = /'([^']*(?:'\w[^']*)*)'(?=\W|$)/g;

/**
 * A message as a terminal shows it: every quoted value in it cut as
 * {@link shownValue} cuts it, controls escaped, and the whole cut at
 * `max * 8` characters (with its length said) in case a value was not quoted.
 */
export function shownMessage(message: string, max = SHOWN_VALUE_LENGTH): string {
  return shownValue(cutQuoted(message, max), max * 8);
}

/** A message with every quoted value longer than `max` cut, its length said (controls kept). */
export function cutQuoted(message: string, max = SHOWN_VALUE_LENGTH): string {
  if (message.length <= max) return message;
  return message.replace(QUOTED, (whole, v: string) =>
    v.length <= max || CUT.test(v)
      ? whole
      : `'${v.slice(0, max - 3)}… (${v.length.toLocaleString('en-GB')} characters)'`,
  );
}

/** A message with every quoted value in it hidden (`'…'`): for runs whose output must hold no data. */
export function hideQuoted(message: string): string {
  return message.replace(QUOTED, "'…'");
}

/**
 * A cell that a spreadsheet may run as a formula (CSV injection): one that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return. Plain numbers
 * (`-3`, `+1.5e3`) are not formulas and are left alone.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** A guarded cell: one or more apostrophes before a formula start. */
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * Guards a CSV cell against formula injection (the OWASP advice): a cell
 * that starts like a formula gets a leading apostrophe, which spreadsheets
 * show as text and do not run. So that {@link unguardFormula} gives every
 * text back exactly, a text that already starts with apostrophes before a
 * formula start gets one more.
 */
export function guardFormula(value: string): string {
  if (PLAIN_NUMBER.test(value)) return value;
  return FORMULA_START.test(value) || GUARDED.test(value) ? `'${value}` : value;
}

/** Undoes {@link guardFormula}: a leading apostrophe before (apostrophes and) a formula start is removed. */
export function unguardFormula(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}

const NEEDS_QUOTES = /[",\r\n]|^#|^\s|\s$/;

/**
 * One CSV field (RFC 4180), quoted if it holds a comma, a quote or a line
 * break, starts or ends with a space, or starts with `#` (which some readers
 * take for a comment).
 */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV field for a file a person may open in a spreadsheet: formula-guarded, then quoted as needed. */
export function csvCell(value: string): string {
  return csvField(guardFormula(value));
}
