/**
 * The XML scanner's state and steps (see `scan.ts` for what it reads and
 * why): the text, the open elements, whether the root has ended, and one
 * method per kind of markup. Each step takes the offset of its `<` and
 * returns the offset after what it read.
 */
import { firstIllegal, legalCodePoint } from './characters.js';
import { XmlSyntaxError, type XmlHandler, type XmlTag } from './events.js';
import { Locator, nextOf } from './position.js';

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

const BANG = 33; // !
const SLASH = 47; // /
const QUESTION = 63; // ?
const GREATER = 62; // >
const COLON = 58; // :

/** True for a character that may start a name (`[A-Za-z_:]`, or anything from U+00C0). */
function nameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === COLON || c >= 0xc0;
}

/** True for a character that may continue a name: a start character, a digit, `.`, `-` or U+00B7. */
function nameChar(c: number): boolean {
  return nameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 0xb7;
}

/** The text as XML reads it: a byte order mark dropped, `\r\n` and a lone `\r` read as `\n` (XML 1.0 §2.11). */
function normalise(source: string): string {
  const body = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  // Lines and columns are unchanged by it.
  return body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
}

/** One scan of one document (see `scanXml`). */
export class Scanner {
  private readonly s: string;
  private readonly n: number;
  private readonly locator: Locator;
  private readonly ampFrom: (offset: number) => number;
  private readonly ltFrom: (offset: number) => number;
  private readonly lineFrom: (offset: number) => number;
  private readonly tabFrom: (offset: number) => number;
  /** The elements open, innermost last. */
  private readonly stack: XmlTag[] = [];
  /** Whether the root element has been closed. */
  private ended = false;
  /** Where the last name read by `nameEnd` has its last colon, or -1. */
  private colon = -1;

  constructor(
    source: string,
    private readonly handler: XmlHandler,
  ) {
    this.s = normalise(source);
    this.n = this.s.length;
    this.locator = new Locator(this.s);
    this.ampFrom = nextOf(this.s, '&');
    this.ltFrom = nextOf(this.s, '<');
    this.lineFrom = nextOf(this.s, '\n');
    this.tabFrom = nextOf(this.s, '\t');
  }

  /** Scans the whole document. */
  scan(): void {
    const { s, n } = this;
    const illegal = firstIllegal(s);
    if (illegal !== -1) {
      const code = s.charCodeAt(illegal).toString(16).toUpperCase().padStart(4, '0');
      this.fail(illegal, `the character U+${code} is not allowed in XML`);
    }
    let i = this.declaration();
    while (i < n) {
      const stop = this.ltFrom(i);
      if (stop > i) {
        this.characters(i, stop);
        i = stop;
        if (stop === n) break;
      }
      const next = s.charCodeAt(i + 1);
      if (next === BANG) i = this.markup(i);
      else if (next === QUESTION) i = this.instruction(i);
      else if (next === SLASH) i = this.endTag(i);
      else i = this.startTag(i);
    }
    const open = this.stack[this.stack.length - 1];
    if (open !== undefined) this.fail(n, `the file ends before <${open.name}> (from line ${open.line}) is closed`);
    if (!this.ended) this.fail(n, 'the file holds no XML element');
  }

  private fail(offset: number, message: string): never {
    const { line, column } = this.locator.at(Math.min(offset, this.n));
    throw new XmlSyntaxError(message, line, column);
  }

  /** The offset after the XML declaration, or 0 when there is none. */
  private declaration(): number {
    const { s } = this;
    if (!(s.startsWith('<?xml', 0) && /[\s?]/.test(s[5] ?? ''))) return 0;
    const end = s.indexOf('?>', 5);
    if (end === -1) this.fail(0, 'the XML declaration <?xml … is not closed with ?>');
    return end + 2;
  }

  /** Text from `start` to `stop`: reported inside the root element, only spaces allowed outside it. */
  private characters(start: number, stop: number): void {
    if (this.stack.length > 0) {
      this.handler.text(this.decode(start, stop, false));
      return;
    }
    const k = this.skipSpaces(start);
    if (k < stop) this.fail(k, this.ended ? 'text after the end of the root element' : 'text before the first element');
  }

  /** `<!`: a comment, a CDATA section or the DOCTYPE. */
  private markup(i: number): number {
    const { s } = this;
    if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i + 4);
      if (end === -1) this.fail(i, 'a comment <!-- is not closed with -->');
      return end + 3;
    }
    if (s.startsWith('<![CDATA[', i)) {
      if (this.stack.length === 0) this.fail(i, 'a CDATA section outside the root element');
      const end = s.indexOf(']]>', i + 9);
      if (end === -1) this.fail(i, 'a CDATA section <![CDATA[ is not closed with ]]>');
      if (end > i + 9) this.handler.text(s.slice(i + 9, end));
      return end + 3;
    }
    if (s.startsWith('<!DOCTYPE', i)) {
      if (this.ended || this.stack.length > 0) this.fail(i, 'a DOCTYPE may only come before the root element');
      return this.doctype(i);
    }
    return this.fail(i, "unexpected '<!': expected a comment <!-- -->, CDATA or a tag");
  }

  /** Skips `<!DOCTYPE …>`, internal subset included: its declarations are never read, nor expanded. */
  private doctype(start: number): number {
    const { s } = this;
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
    return this.fail(start, 'the <!DOCTYPE is not closed');
  }

  /** `<?`: a processing instruction, skipped. */
  private instruction(i: number): number {
    const target = this.nameAt(i + 2);
    if (target === undefined) this.fail(i + 2, "expected a name after '<?'");
    if (target.toLowerCase() === 'xml')
      this.fail(i, 'the XML declaration <?xml … ?> must be at the very start of the file');
    const end = this.s.indexOf('?>', i + 2);
    if (end === -1) this.fail(i, `the processing instruction <?${target} is not closed with ?>`);
    return end + 2;
  }

  /** `</name>`: closes the innermost open element, which must have that name. */
  private endTag(i: number): number {
    const { s } = this;
    const end = this.nameEnd(i + 2);
    if (end === i + 2) this.fail(i + 2, "expected an element name after '</'");
    const close = this.skipSpaces(end);
    if (s.charCodeAt(close) !== GREATER)
      this.fail(close, `the end tag </${s.slice(i + 2, end)} is not closed with '>'`);
    const top = this.stack.pop();
    if (top === undefined) this.fail(i, `</${s.slice(i + 2, end)}> closes no open element`);
    if (end - i - 2 !== top.name.length || !s.startsWith(top.name, i + 2)) {
      const name = s.slice(i + 2, end);
      this.fail(i, `expected </${top.name}> (to close <${top.name}> from line ${top.line}) but found </${name}>`);
    }
    this.handler.close(top);
    if (this.stack.length === 0) this.ended = true;
    return close + 1;
  }

  /** `<name attributes>` or `<name attributes/>`. */
  private startTag(i: number): number {
    const { s, n } = this;
    if (this.ended) this.fail(i, 'a second top-level element: an XML file has one root element');
    const nameStop = this.nameEnd(i + 1);
    if (nameStop === i + 1) this.fail(i + 1, "expected an element name after '<' (write &lt; for a plain '<')");
    const name = s.slice(i + 1, nameStop);
    const local = this.colon === -1 ? name : s.slice(this.colon + 1, nameStop);
    let attributes: Map<string, string> | undefined;
    let j = nameStop;
    let selfClosing = false;
    for (;;) {
      const spaced = this.skipSpaces(j);
      const c = s.charCodeAt(spaced);
      if (c === GREATER) {
        j = spaced + 1;
        break;
      }
      if (c === SLASH && s.charCodeAt(spaced + 1) === GREATER) {
        j = spaced + 2;
        selfClosing = true;
        break;
      }
      if (spaced >= n) this.fail(i, `the tag <${name} is not closed with '>'`);
      if (spaced === j) this.fail(j, `expected a space, '>' or '/>' in the tag <${name}>`);
      attributes ??= new Map();
      j = this.attribute(spaced, name, attributes);
    }
    const tag: XmlTag = { name, local, attributes: attributes ?? NO_ATTRIBUTES, line: this.locator.lineAt(i) };
    this.handler.open(tag);
    if (!selfClosing) this.stack.push(tag);
    else {
      this.handler.close(tag);
      if (this.stack.length === 0) this.ended = true;
    }
    return j;
  }

  /** `name="value"` at `at` in the tag `<tag`, added to `attributes`. */
  private attribute(at: number, tag: string, attributes: Map<string, string>): number {
    const { s } = this;
    const attribute = this.nameAt(at);
    if (attribute === undefined) this.fail(at, `unexpected '${s[at]}' in the tag <${tag}>`);
    let k = this.skipSpaces(at + attribute.length);
    if (s[k] !== '=') this.fail(k, `expected '=' after the attribute ${attribute} of <${tag}>`);
    k = this.skipSpaces(k + 1);
    const quote = s[k];
    if (quote !== '"' && quote !== "'")
      this.fail(k, `the value of the attribute ${attribute} of <${tag}> must be in quotes`);
    const end = s.indexOf(quote, k + 1);
    if (end === -1) this.fail(k, `the value of the attribute ${attribute} of <${tag}> is not closed with ${quote}`);
    const bad = this.ltFrom(k + 1);
    if (bad < end) this.fail(bad, `'<' is not allowed in an attribute value (write &lt;)`);
    if (attributes.has(attribute)) this.fail(at, `the attribute ${attribute} appears twice in <${tag}>`);
    attributes.set(attribute, this.decode(k + 1, end, true));
    return end + 1;
  }

  /** The offset after the name at `offset` (`offset` itself when no name starts there); sets `colon`. */
  private nameEnd(offset: number): number {
    const { s, n } = this;
    this.colon = -1;
    if (!nameStart(s.charCodeAt(offset))) return offset;
    let end = offset + 1;
    for (let c = s.charCodeAt(end); end < n && nameChar(c); c = s.charCodeAt(++end)) if (c === COLON) this.colon = end;
    return end;
  }

  private nameAt(offset: number): string | undefined {
    const end = this.nameEnd(offset);
    return end === offset ? undefined : this.s.slice(offset, end);
  }

  private skipSpaces(offset: number): number {
    const { s } = this;
    let k = offset;
    for (let c = s.charCodeAt(k); c === 32 || c === 10 || c === 9; c = s.charCodeAt(++k));
    return k;
  }

  /**
   * The text from `start` to `end` with entity and character references
   * decoded; in attribute values, literal whitespace becomes a space.
   */
  private decode(start: number, end: number, attribute: boolean): string {
    const raw = this.s.slice(start, end);
    if (this.ampFrom(start) >= end && !(attribute && (this.lineFrom(start) < end || this.tabFrom(start) < end)))
      return raw;
    const plain = (text: string): string => (attribute ? text.replace(/[\n\t]/g, ' ') : text);
    let out = '';
    let from = 0;
    for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', from)) {
      out += plain(raw.slice(from, amp));
      const semi = raw.indexOf(';', amp);
      const name = semi === -1 ? '' : raw.slice(amp + 1, semi);
      if (semi === -1 || semi - amp > 12 || name === '') {
        this.fail(start + amp, "a '&' must start a reference such as &amp; or &#233;; write &amp; for a plain '&'");
      }
      out += this.reference(name, start + amp);
      from = semi + 1;
    }
    return out + plain(raw.slice(from));
  }

  /** The character `&name;` stands for (`amp`, `#233`, `#xE9`). */
  private reference(name: string, at: number): string {
    if (name.startsWith('#')) {
      const hex = name[1] === 'x';
      const digits = name.slice(hex ? 2 : 1);
      const valid = hex ? /^[0-9A-Fa-f]+$/.test(digits) : /^[0-9]+$/.test(digits);
      const code = valid ? parseInt(digits, hex ? 16 : 10) : NaN;
      if (!legalCodePoint(code)) this.fail(at, `&${name}; is not a character XML allows`);
      return String.fromCodePoint(code);
    }
    const entity = ENTITIES[name];
    if (entity === undefined) this.fail(at, `unknown entity &${name};`);
    return entity;
  }
}
