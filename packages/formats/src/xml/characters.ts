/**
 * The characters XML 1.0 can hold (§2.2): tab, line ends, and every code
 * point from U+0020 but the surrogates, U+FFFE and U+FFFF. Others cannot be
 * written at all, not even as a character reference.
 */

/** True for a code point XML 1.0 allows. */
export function legalCodePoint(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** What XML 1.0 forbids: in `u` mode a lone surrogate is a code point of its own, outside every range here. */
const ILLEGAL = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * The index of the first character XML 1.0 forbids anywhere, even as a
 * character reference (C0 controls other than tab and line ends, U+FFFE,
 * U+FFFF, and lone surrogates), or -1.
 */
export function firstIllegal(text: string, from = 0): number {
  ILLEGAL.lastIndex = from;
  return ILLEGAL.exec(text)?.index ?? -1;
}

/** True when `text` holds a character XML cannot carry (a control character or a lone surrogate). */
export function hasIllegalXmlCharacter(text: string): boolean {
  return firstIllegal(text) !== -1;
}

/** `text` with the characters XML cannot carry replaced by U+FFFD. */
export function xmlSafe(text: string): string {
  let at = firstIllegal(text);
  if (at === -1) return text;
  let out = '';
  let from = 0;
  while (at !== -1) {
    out += text.slice(from, at) + '\uFFFD';
    from = at + 1;
    at = firstIllegal(text, from);
  }
  return out + text.slice(from);
}
