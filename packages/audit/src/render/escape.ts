/**
 * Escaping for the text renderers. Every string that comes from a dataset
 * or a profile (names, ids, locality names, role labels, and messages that
 * embed them) goes through one of these before it is written into Markdown
 * or HTML.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes `& < > " '` so that a string is inert both as element text and
 * inside a quoted attribute value (HTML and inline SVG alike).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Characters that start or end inline Markdown (emphasis, code, links,
 * raw HTML, entities, strikethrough) or split a table cell, anywhere in a
 * line. CommonMark lets any ASCII punctuation be escaped with a backslash.
 */
const MARKDOWN_INLINE = /[\\`*_{}[\]<>|~&!]/g;

/**
 * Escapes a user-provided string for inline Markdown: the result renders as
 * the literal text, cannot open emphasis, code, links or raw HTML, cannot
 * split a table cell (`|` becomes `\|`), and stays on one line (line breaks
 * become spaces). A leading `#`, `+`, `-`, `=` or `1.` is escaped too, so
 * the text is safe at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  const escaped = text.replace(/\s*[\r\n]+\s*/g, ' ').replace(MARKDOWN_INLINE, (c) => `\\${c}`);
  if (/^[#+\-=]/.test(escaped)) return `\\${escaped}`;
  return escaped.replace(/^(\d+)([.)])/, '$1\\$2');
}

/** {@link escapeMarkdown} for a table cell: also trimmed. */
export function escapeMarkdownCell(text: string): string {
  return escapeMarkdown(text.trim());
}
