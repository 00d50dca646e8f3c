/**
 * The XML reader of Muster's file formats: GEXF and GraphML (built into a
 * tree by `tree.ts`) and the parts of an `.xlsx` workbook (scanned as
 * events, so that a sheet of a million cells builds no tree). It reads
 * elements, attributes, text, CDATA, comments, processing instructions, a
 * skipped DOCTYPE, the five predefined entities and character references,
 * checks well-formedness (one root, tags closed in order, quoted attribute
 * values, no repeated attribute, legal characters) and throws an
 * {@link XmlSyntaxError} at the first error, by line and column.
 *
 * Safe on untrusted files: a DOCTYPE's entity declarations are never
 * expanded (no "billion laughs", no external entities); one pass, no
 * backtracking and no recursion, so neither the length of the text nor the
 * depth of nesting can blow up time or the stack. Namespaces are not
 * resolved: names keep their prefix, and readers match on the local name
 * (`viz:position` → `position`, `x:row` → `row`), which also reads files
 * whose namespace URI is of another version or bound to another prefix.
 *
 * Why not the browser's `DOMParser`, `@xmldom/xmldom`, or graphology-gexf /
 * graphology-graphml (which use one or the other)? Core must run in the
 * browser and in Node alike, with the same errors in both: DOMParser does
 * not exist in Node or in workers, and it reports errors as a
 * browser-specific `<parsererror>` document, mostly without a line or
 * column; xmldom would be a second XML stack for Node only. The graphology
 * readers also build a graphology graph, while Muster needs each element's
 * position and raw text to hand to the same checks as CSV and JSON.
 *
 * Reference: Extensible Markup Language (XML) 1.0, fifth edition (W3C, 2008).
 */
import { firstIllegal, legalCodePoint } from './characters.js';

/** A well-formedness error, located by 1-based line and column (in characters). */
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** A start tag. */
export interface XmlTag {
  /** The name as written, with any prefix (`viz:position`). */
  readonly name: string;
  /** The name without its prefix (`position`). */
  readonly local: string;
  /** Attribute values by name as written (`r:id`), references decoded, literal whitespace read as spaces. */
  readonly attributes: ReadonlyMap<string, string>;
  /** 1-based line of the tag. */
  readonly line: number;
}

/** What the scanner reports, in document order. A self-closing tag is an `open` then a `close`. */
export interface XmlHandler {
  open(tag: XmlTag): void;
  /** The end of the element `open` reported with this same tag. */
  close(tag: XmlTag): void;
  /** Character data inside the root element, references decoded, CDATA as written; never empty. */
  text(text: string): void;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

const BANG = 33; // !
const SLASH = 47; // /
const QUESTION = 63; // ?

/** True for a character that may start a name (`[A-Za-z_:]`, or anything from U+00C0). */
function nameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0xc0;
}

/** True for a character that may continue a name: a start character, a digit, `.`, `-` or U+00B7. */
function nameChar(c: number): boolean {
  return nameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 0xb7;
}

/** The name without its prefix. */
function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** The value of an attribute by its local name (`r:id` and `id` both answer `id`). */
export function attributeNamed(attributes: ReadonlyMap<string, string>, local: string): string | undefined {
  const direct = attributes.get(local);
  if (direct !== undefined) return direct;
  for (const [name, value] of attributes) if (localName(name) === local) return value;
  return undefined;
}

/** Turns offsets into lines and columns; cheap when asked in increasing order. */
class Locator {
  private line = 1;
  private lineStart = 0;
  private nextBreak: number;
  constructor(private readonly text: string) {
    this.nextBreak = text.indexOf('\n');
  }

  at(offset: number): { line: number; column: number } {
    const line = this.lineAt(offset);
    return { line, column: offset - this.lineStart + 1 };
  }

  lineAt(offset: number): number {
    if (offset < this.lineStart) {
      this.line = 1;
      this.lineStart = 0;
      this.nextBreak = this.text.indexOf('\n');
    }
    while (this.nextBreak !== -1 && this.nextBreak < offset) {
      this.line++;
      this.lineStart = this.nextBreak + 1;
      this.nextBreak = this.text.indexOf('\n', this.lineStart);
    }
    return this.line;
  }
}

/**
 * Scans an XML document, calling `handler` for each tag and run of text.
 * Throws an {@link XmlSyntaxError} at the first place the text is not
 * well-formed XML, or when it holds no element.
 */
export function scanXml(source: string, handler: XmlHandler): void {
  const body = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  // XML reads \r\n and a lone \r as \n (XML 1.0 §2.11); lines and columns are unchanged by it.
  const s = body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
  const n = s.length;
  const locator = new Locator(s);
  const fail = (offset: number, message: string): never => {
    const { line, column } = locator.at(Math.min(offset, n));
    throw new XmlSyntaxError(message, line, column);
  };
  const illegal = firstIllegal(s);
  if (illegal !== -1) {
    const code = s.charCodeAt(illegal).toString(16).toUpperCase().padStart(4, '0');
    fail(illegal, `the character U+${code} is not allowed in XML`);
  }

  /** Where the last name read by `nameEnd` has its last colon, or -1. */
  let colon = -1;
  /** The offset after the name at `offset` (`offset` itself when no name starts there). */
  const nameEnd = (offset: number): number => {
    colon = -1;
    if (!nameStart(s.charCodeAt(offset))) return offset;
    let end = offset + 1;
    for (let c = s.charCodeAt(end); end < n && nameChar(c); c = s.charCodeAt(++end)) if (c === 58) colon = end;
    return end;
  };
  const nameAt = (offset: number): string | undefined => {
    const end = nameEnd(offset);
    return end === offset ? undefined : s.slice(offset, end);
  };
  const skipSpaces = (offset: number): number => {
    let k = offset;
    for (let c = s.charCodeAt(k); c === 32 || c === 10 || c === 9; c = s.charCodeAt(++k));
    return k;
  };
  /**
   * For each character, a function giving its first place at or after an
   * offset (or `n`); the place found is kept for the next call, and offsets
   * only grow, so finding every one is one pass over the text.
   */
  const cursor = (char: string): ((offset: number) => number) => {
    let at = -1;
    return (offset) => {
      if (at < offset) {
        at = s.indexOf(char, offset);
        if (at === -1) at = n;
      }
      return at;
    };
  };
  const ampFrom = cursor('&');
  const ltFrom = cursor('<');
  const lineFrom = cursor('\n');
  const tabFrom = cursor('\t');
  /**
   * The text from `start` to `end` with entity and character references
   * decoded; in attribute values, literal whitespace becomes a space.
   */
  const decode = (start: number, end: number, attribute: boolean): string => {
    const raw = s.slice(start, end);
    if (ampFrom(start) >= end && !(attribute && (lineFrom(start) < end || tabFrom(start) < end))) return raw;
    let out = '';
    let from = 0;
    for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', from)) {
      out += attribute ? raw.slice(from, amp).replace(/[\n\t]/g, ' ') : raw.slice(from, amp);
      const semi = raw.indexOf(';', amp);
      const name = semi === -1 ? '' : raw.slice(amp + 1, semi);
      if (semi === -1 || semi - amp > 12 || name === '') {
        fail(start + amp, "a '&' must start a reference such as &amp; or &#233;; write &amp; for a plain '&'");
      }
      if (name.startsWith('#')) {
        const hex = name[1] === 'x';
        const digits = name.slice(hex ? 2 : 1);
        const valid = hex ? /^[0-9A-Fa-f]+$/.test(digits) : /^[0-9]+$/.test(digits);
        const code = valid ? parseInt(digits, hex ? 16 : 10) : NaN;
        if (!legalCodePoint(code)) fail(start + amp, `&${name}; is not a character XML allows`);
        out += String.fromCodePoint(code);
      } else {
        const entity = ENTITIES[name];
        if (entity === undefined) fail(start + amp, `unknown entity &${name};`);
        out += entity;
      }
      from = semi + 1;
    }
    return out + (attribute ? raw.slice(from).replace(/[\n\t]/g, ' ') : raw.slice(from));
  };

  const stack: XmlTag[] = [];
  /** Whether the root element has been closed. */
  let ended = false;
  let i = 0;
  if (s.startsWith('<?xml', 0) && /[\s?]/.test(s[5] ?? '')) {
    const end = s.indexOf('?>', 5);
    if (end === -1) fail(0, 'the XML declaration <?xml … is not closed with ?>');
    i = end + 2;
  }
  while (i < n) {
    const stop = ltFrom(i);
    if (stop > i) {
      if (stack.length === 0) {
        const k = skipSpaces(i);
        if (k < stop) fail(k, ended ? 'text after the end of the root element' : 'text before the first element');
      } else {
        handler.text(decode(i, stop, false));
      }
      i = stop;
      if (stop === n) break;
    }
    const next = s.charCodeAt(i + 1);
    if (next === BANG) {
      if (s.startsWith('<!--', i)) {
        const end = s.indexOf('-->', i + 4);
        if (end === -1) fail(i, 'a comment <!-- is not closed with -->');
        i = end + 3;
      } else if (s.startsWith('<![CDATA[', i)) {
        if (stack.length === 0) fail(i, 'a CDATA section outside the root element');
        const end = s.indexOf(']]>', i + 9);
        if (end === -1) fail(i, 'a CDATA section <![CDATA[ is not closed with ]]>');
        if (end > i + 9) handler.text(s.slice(i + 9, end));
        i = end + 3;
      } else if (s.startsWith('<!DOCTYPE', i)) {
        if (ended || stack.length > 0) fail(i, 'a DOCTYPE may only come before the root element');
        i = skipDoctype(s, i, fail);
      } else {
        fail(i, "unexpected '<!': expected a comment <!-- -->, CDATA or a tag");
      }
      continue;
    }
    if (next === QUESTION) {
      const target = nameAt(i + 2);
      if (target === undefined) fail(i + 2, "expected a name after '<?'");
      if (target!.toLowerCase() === 'xml')
        fail(i, 'the XML declaration <?xml … ?> must be at the very start of the file');
      const end = s.indexOf('?>', i + 2);
      if (end === -1) fail(i, `the processing instruction <?${target} is not closed with ?>`);
      i = end + 2;
      continue;
    }
    if (next === SLASH) {
      const end = nameEnd(i + 2);
      if (end === i + 2) fail(i + 2, "expected an element name after '</'");
      const close = skipSpaces(end);
      if (s.charCodeAt(close) !== 62) fail(close, `the end tag </${s.slice(i + 2, end)} is not closed with '>'`);
      const top = stack.pop();
      if (top === undefined) fail(i, `</${s.slice(i + 2, end)}> closes no open element`);
      if (end - i - 2 !== top!.name.length || !s.startsWith(top!.name, i + 2)) {
        const name = s.slice(i + 2, end);
        fail(i, `expected </${top!.name}> (to close <${top!.name}> from line ${top!.line}) but found </${name}>`);
      }
      handler.close(top!);
      if (stack.length === 0) ended = true;
      i = close + 1;
      continue;
    }
    // A start tag.
    if (ended) fail(i, 'a second top-level element: an XML file has one root element');
    const nameStop = nameEnd(i + 1);
    if (nameStop === i + 1) fail(i + 1, "expected an element name after '<' (write &lt; for a plain '<')");
    const name = s.slice(i + 1, nameStop);
    const local = colon === -1 ? name : s.slice(colon + 1, nameStop);
    let attributes: Map<string, string> | undefined;
    let j = nameStop;
    let selfClosing = false;
    for (;;) {
      const spaced = skipSpaces(j);
      const c = s.charCodeAt(spaced);
      if (c === 62) {
        j = spaced + 1;
        break;
      }
      if (c === SLASH && s.charCodeAt(spaced + 1) === 62) {
        j = spaced + 2;
        selfClosing = true;
        break;
      }
      if (spaced >= n) fail(i, `the tag <${name} is not closed with '>'`);
      if (spaced === j) fail(j, `expected a space, '>' or '/>' in the tag <${name}>`);
      const attribute = nameAt(spaced);
      if (attribute === undefined) fail(spaced, `unexpected '${s[spaced]}' in the tag <${name}>`);
      let k = skipSpaces(spaced + attribute!.length);
      if (s[k] !== '=') fail(k, `expected '=' after the attribute ${attribute} of <${name}>`);
      k = skipSpaces(k + 1);
      const quote = s[k];
      if (quote !== '"' && quote !== "'")
        fail(k, `the value of the attribute ${attribute} of <${name}> must be in quotes`);
      const end = s.indexOf(quote!, k + 1);
      if (end === -1) fail(k, `the value of the attribute ${attribute} of <${name}> is not closed with ${quote}`);
      const bad = ltFrom(k + 1);
      if (bad < end) fail(bad, `'<' is not allowed in an attribute value (write &lt;)`);
      attributes ??= new Map();
      if (attributes.has(attribute!)) fail(spaced, `the attribute ${attribute} appears twice in <${name}>`);
      attributes.set(attribute!, decode(k + 1, end, true));
      j = end + 1;
    }
    const tag: XmlTag = {
      name,
      local,
      attributes: attributes ?? NO_ATTRIBUTES,
      line: locator.lineAt(i),
    };
    handler.open(tag);
    if (!selfClosing) stack.push(tag);
    else {
      handler.close(tag);
      if (stack.length === 0) ended = true;
    }
    i = j;
  }
  const open = stack[stack.length - 1];
  if (open !== undefined) fail(n, `the file ends before <${open.name}> (from line ${open.line}) is closed`);
  if (!ended) fail(n, 'the file holds no XML element');
}

/** Skips `<!DOCTYPE …>`, internal subset included; returns the offset after it. */
function skipDoctype(s: string, start: number, fail: (offset: number, message: string) => never): number {
  let depth = 0;
  for (let k = start + 9; k < s.length; k++) {
    const c = s[k];
    if (c === '"' || c === "'") {
      const end = s.indexOf(c, k + 1);
      if (end === -1) break;
      k = end;
    } else if (s.startsWith('<!--', k)) {
      const end = s.indexOf('-->', k + 4);
      if (end === -1) break;
      k = end + 2;
    } else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return k + 1;
  }
  return fail(start, 'the <!DOCTYPE is not closed');
}
