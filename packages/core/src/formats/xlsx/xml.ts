/**
 * A small, strict XML scanner for the parts of an Office Open XML workbook
 * (ECMA-376): elements, attributes, text, CDATA and the five predefined
 * entities plus character references. Namespace prefixes are dropped
 * (`x:row` is `row`), because producers differ in which prefix they bind.
 *
 * Deliberately not a general XML parser: a DOCTYPE is skipped and its
 * entity declarations are never expanded (no "billion laughs", no external
 * entities), and any malformation — an unclosed or mismatched tag, a bad
 * entity — throws an {@link XmlError} with its line and character, so that
 * a damaged workbook is reported rather than half read.
 *
 * One pass, no backtracking, no regular expressions over the whole text:
 * linear in the size of the part.
 */

/** A malformation, located by line and character (both from 1). */
export class XmlError extends Error {
  override readonly name = 'XmlError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${message} (line ${line}, character ${column})`);
  }
}

/** What the scanner reports, in document order. A self-closing tag is an `open` then a `close`. */
export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  /** Text between tags, entities decoded. Only called for non-empty text. */
  text(text: string): void;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function fail(xml: string, offset: number, message: string): never {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, xml.length);
  for (let i = 0; i < end; i++) {
    if (xml.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  throw new XmlError(message, line, end - lineStart + 1);
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes `&amp;`, `&#233;`, `&#xE9;` and the like; `offset` locates errors. */
function decodeEntities(xml: string, raw: string, offset: number): string {
  if (!raw.includes('&')) return raw;
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const amp = raw.indexOf('&', i);
    if (amp === -1) {
      out += raw.slice(i);
      break;
    }
    out += raw.slice(i, amp);
    const semi = raw.indexOf(';', amp);
    if (semi === -1 || semi - amp > 12) fail(xml, offset + amp, "an '&' that starts no entity");
    const name = raw.slice(amp + 1, semi);
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      const digits = name[1] === 'x' ? /^#x[0-9a-fA-F]+$/ : /^#[0-9]+$/;
      if (!digits.test(name) || !(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) {
        fail(xml, offset + amp, `'&${name};' is not a character`);
      }
      out += String.fromCodePoint(code);
    } else {
      const char = NAMED[name];
      if (char === undefined) fail(xml, offset + amp, `unknown entity '&${name};'`);
      out += char;
    }
    i = semi + 1;
  }
  return out;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon === -1 ? qualified : qualified.slice(colon + 1);
}

/** Parses the attributes of a start tag, between its name and its `>`. */
function parseAttributes(xml: string, start: number, end: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  let i = start;
  while (i < end) {
    while (i < end && isSpace(xml.charCodeAt(i))) i++;
    if (i >= end) break;
    const nameStart = i;
    while (i < end && !isSpace(xml.charCodeAt(i)) && xml[i] !== '=') i++;
    const name = xml.slice(nameStart, i);
    while (i < end && isSpace(xml.charCodeAt(i))) i++;
    if (name === '' || xml[i] !== '=') fail(xml, nameStart, 'an attribute without a value');
    i++;
    while (i < end && isSpace(xml.charCodeAt(i))) i++;
    const quote = xml[i];
    if (quote !== '"' && quote !== "'") fail(xml, i, 'an attribute value not in quotes');
    const close = xml.indexOf(quote, i + 1);
    if (close === -1 || close >= end) fail(xml, i, 'an attribute value is never closed');
    // Qualified names are kept for attributes (`r:id`); the caller picks what it needs.
    attributes[name] = decodeEntities(xml, xml.slice(i + 1, close), i + 1);
    i = close + 1;
  }
  return attributes;
}

/** Finds the `>` that ends a tag, skipping `>` inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === GT) return i;
    else if (c === LT) return -1;
  }
  return -1;
}

/**
 * Scans `xml`, calling `handler` for each element and text run. Throws an
 * {@link XmlError} on any malformation, or when the document has no root
 * element.
 */
export function scanXml(xml: string, handler: XmlHandler): void {
  const stack: string[] = [];
  let sawRoot = false;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      const raw = xml.slice(i, textEnd);
      if (stack.length > 0) {
        handler.text(decodeEntities(xml, raw, i));
      } else if (raw.trim() !== '') {
        fail(xml, i, 'text outside the root element');
      }
    }
    if (lt === -1) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === QUESTION) {
      const end = xml.indexOf('?>', lt + 2);
      if (end === -1) fail(xml, lt, 'a processing instruction is never closed');
      i = end + 2;
    } else if (next === BANG) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end === -1) fail(xml, lt, 'a comment is never closed');
        i = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end === -1) fail(xml, lt, 'a CDATA section is never closed');
        if (stack.length === 0) fail(xml, lt, 'text outside the root element');
        const text = xml.slice(lt + 9, end);
        if (text !== '') handler.text(text);
        i = end + 3;
      } else if (xml.startsWith('<!DOCTYPE', lt) && !sawRoot) {
        // Skipped, internal subset and all: its entities are never expanded.
        const bracket = xml.indexOf('[', lt);
        const close = xml.indexOf('>', lt);
        let end = close;
        if (bracket !== -1 && bracket < close) {
          const subsetEnd = xml.indexOf(']', bracket);
          end = subsetEnd === -1 ? -1 : xml.indexOf('>', subsetEnd);
        }
        if (end === -1) fail(xml, lt, 'a DOCTYPE is never closed');
        i = end + 1;
      } else {
        fail(xml, lt, "'<!' that starts no comment or CDATA section");
      }
    } else if (next === SLASH) {
      const end = tagEnd(xml, lt + 2);
      if (end === -1) fail(xml, lt, 'an end tag is never closed');
      const name = localName(xml.slice(lt + 2, end).trim());
      const open = stack.pop();
      if (open === undefined) fail(xml, lt, `an end tag </${name}> with no start tag`);
      if (open !== name) fail(xml, lt, `</${name}> closes <${open}>`);
      handler.close(name);
      i = end + 1;
    } else {
      const end = tagEnd(xml, lt + 1);
      if (end === -1) fail(xml, lt, 'a tag is never closed');
      const selfClosing = xml.charCodeAt(end - 1) === SLASH;
      const bodyEnd = selfClosing ? end - 1 : end;
      let nameEnd = lt + 1;
      while (nameEnd < bodyEnd && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
      const qualified = xml.slice(lt + 1, nameEnd);
      if (qualified === '' || qualified.includes('<') || qualified.includes('&')) fail(xml, lt, 'a tag without a name');
      if (stack.length === 0 && sawRoot) fail(xml, lt, 'a second root element');
      sawRoot = true;
      const name = localName(qualified);
      handler.open(name, parseAttributes(xml, nameEnd, bodyEnd));
      if (selfClosing) handler.close(name);
      else stack.push(name);
      i = end + 1;
    }
  }
  if (stack.length > 0) fail(xml, n, `<${stack[stack.length - 1]}> is never closed`);
  if (!sawRoot) fail(xml, n, 'no root element');
}

/** The value of an attribute by its local name (`r:id` and `id` both answer `id`). */
export function attribute(attributes: Record<string, string>, local: string): string | undefined {
  const direct = attributes[local];
  if (direct !== undefined) return direct;
  for (const [name, value] of Object.entries(attributes)) {
    if (localName(name) === local) return value;
  }
  return undefined;
}

/** Undoes the `_xHHHH_` escapes OOXML uses for characters XML cannot hold (ECMA-376 ST_Xstring). */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Escapes text for XML content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '&quot;'));
}

/** True for a UTF-16 unit XML 1.0 cannot hold as it is (surrogates are checked in pairs by the caller). */
function forbidden(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** True when `text` holds `_xHHHH_` at `i`. */
function escapeAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 95 || text.charCodeAt(i + 1) !== 120 || text.charCodeAt(i + 6) !== 95) return false;
  for (let k = i + 2; k < i + 6; k++) if (!isHex(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Escapes what XML 1.0 cannot hold (control characters other than tab and
 * line ends, lone surrogates, U+FFFE and U+FFFF) as `_xHHHH_`, and a literal
 * `_xHHHH_` as `_x005F_xHHHH_`, so that {@link unescapeOoxml} gives the text back.
 */
export function escapeOoxml(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let bad = forbidden(c) || escapeAt(text, i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      bad = true;
    } else if (c >= 0xdc00 && c <= 0xdfff) bad = true;
    if (!bad) continue;
    out += text.slice(from, i) + `_x${c.toString(16).toUpperCase().padStart(4, '0')}_`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
