/**
 * A small XML 1.0 reader, enough for GEXF and GraphML: elements,
 * attributes, text, CDATA, comments, processing instructions, a skipped
 * DOCTYPE, the five predefined entities and character references. It
 * checks well-formedness (one root, tags closed in order, quoted attribute
 * values, no repeated attribute, legal characters) and reports the first
 * error by line and column. Namespaces are not resolved: names keep their
 * prefix and readers match on the local name (`viz:position` → `position`),
 * which also reads files whose namespace URI is of another GEXF version.
 *
 * Why not the browser's `DOMParser`, `@xmldom/xmldom`, or graphology-gexf /
 * graphology-graphml (which use one or the other)? Core must run in the
 * browser and in Node alike, with the same errors in both: DOMParser does
 * not exist in Node or in workers, and it reports errors as a
 * browser-specific `<parsererror>` document, mostly without a line or
 * column; xmldom would be a second XML stack for Node only. The graphology
 * readers also build a graphology graph, while Muster needs each element's
 * position and raw text to hand to the same checks as CSV and JSON
 * (`buildDataset`). GEXF and GraphML use a plain subset of XML, which this
 * reads in one pass, iteratively, so no nesting depth can overflow the
 * stack.
 *
 * Reference: Extensible Markup Language (XML) 1.0, fifth edition (W3C, 2008).
 */

/** An element, with its attributes (entity-decoded, whitespace-normalised) and its direct text. */
export interface XmlElement {
  /** The name as written, with any prefix (`viz:position`). */
  readonly name: string;
  /** The name without its prefix (`position`). */
  readonly local: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** The character data directly inside the element (not inside its children), CDATA included. */
  text: string;
  /** 1-based line of the element's start tag. */
  readonly line: number;
}

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

const NAME = /[A-Za-z_:\u00C0-\uFFFF][\w.\-:\u00B7\u00C0-\uFFFF]*/y;
/** Text that needs decoding: a reference, or whitespace an attribute value normalises. */
const NEEDS_DECODING = /[&\n\t]/;
const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** True for a code point XML 1.0 allows. */
function legalCodePoint(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Turns offsets into lines and columns; cheap when asked in increasing order. */
class Locator {
  private offset = 0;
  private line = 1;
  private lineStart = 0;
  constructor(private readonly text: string) {}

  at(offset: number): { line: number; column: number } {
    if (offset < this.offset) {
      this.offset = 0;
      this.line = 1;
      this.lineStart = 0;
    }
    for (let k = this.offset; k < offset; k++) {
      if (this.text.charCodeAt(k) === 10) {
        this.line++;
        this.lineStart = k + 1;
      }
    }
    this.offset = offset;
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
}

/**
 * Parses an XML document and returns its root element. Throws an
 * {@link XmlSyntaxError} at the first place the text is not well-formed XML.
 */
export function parseXml(source: string): XmlElement {
  // XML reads \r\n and a lone \r as \n (XML 1.0 §2.11); lines and columns are unchanged by it.
  const s = (source.charCodeAt(0) === 0xfeff ? source.slice(1) : source).replace(/\r\n?/g, '\n');
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

  const nameAt = (offset: number): string | undefined => {
    NAME.lastIndex = offset;
    return NAME.exec(s)?.[0];
  };
  const skipSpaces = (offset: number): number => {
    let k = offset;
    while (k < n && (s[k] === ' ' || s[k] === '\n' || s[k] === '\t')) k++;
    return k;
  };
  /** Decodes entity and character references; in attribute values, literal whitespace becomes a space. */
  const decode = (raw: string, offset: number, attribute: boolean): string => {
    if (!NEEDS_DECODING.test(raw)) return raw;
    let out = '';
    let from = 0;
    for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', from)) {
      out += attribute ? raw.slice(from, amp).replace(/[\n\t]/g, ' ') : raw.slice(from, amp);
      const semi = raw.indexOf(';', amp);
      const body = semi === -1 ? '' : raw.slice(amp + 1, semi);
      if (semi === -1 || semi - amp > 12 || body === '') {
        fail(offset + amp, "a '&' must start a reference such as &amp; or &#233;; write &amp; for a plain '&'");
      }
      if (body.startsWith('#')) {
        const hex = body[1] === 'x';
        const digits = body.slice(hex ? 2 : 1);
        const valid = hex ? /^[0-9A-Fa-f]+$/.test(digits) : /^[0-9]+$/.test(digits);
        const code = valid ? parseInt(digits, hex ? 16 : 10) : NaN;
        if (!legalCodePoint(code)) fail(offset + amp, `&${body}; is not a character XML allows`);
        out += String.fromCodePoint(code);
      } else {
        const entity = ENTITIES[body];
        if (entity === undefined) fail(offset + amp, `unknown entity &${body};`);
        out += entity;
      }
      from = semi + 1;
    }
    return out + (attribute ? raw.slice(from).replace(/[\n\t]/g, ' ') : raw.slice(from));
  };

  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  if (s.startsWith('<?xml', 0) && /[\s?]/.test(s[5] ?? '')) {
    const end = s.indexOf('?>', 5);
    if (end === -1) fail(0, 'the XML declaration <?xml … is not closed with ?>');
    i = end + 2;
  }
  while (i < n) {
    const lt = s.indexOf('<', i);
    const stop = lt === -1 ? n : lt;
    if (stop > i) {
      const top = stack[stack.length - 1];
      if (top === undefined) {
        const k = skipSpaces(i);
        if (k < stop) fail(k, root ? 'text after the end of the root element' : 'text before the first element');
      } else {
        top.text += decode(s.slice(i, stop), i, false);
      }
      i = stop;
      if (lt === -1) break;
    }
    if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i + 4);
      if (end === -1) fail(i, 'a comment <!-- is not closed with -->');
      i = end + 3;
      continue;
    }
    if (s.startsWith('<![CDATA[', i)) {
      const top = stack[stack.length - 1];
      if (top === undefined) fail(i, 'a CDATA section outside the root element');
      const end = s.indexOf(']]>', i + 9);
      if (end === -1) fail(i, 'a CDATA section <![CDATA[ is not closed with ]]>');
      top!.text += s.slice(i + 9, end);
      i = end + 3;
      continue;
    }
    if (s.startsWith('<!DOCTYPE', i)) {
      if (root !== undefined || stack.length > 0) fail(i, 'a DOCTYPE may only come before the root element');
      i = skipDoctype(s, i, fail);
      continue;
    }
    if (s.startsWith('<?', i)) {
      const target = nameAt(i + 2);
      if (target === undefined) fail(i + 2, "expected a name after '<?'");
      if (target!.toLowerCase() === 'xml')
        fail(i, 'the XML declaration <?xml … ?> must be at the very start of the file');
      const end = s.indexOf('?>', i + 2);
      if (end === -1) fail(i, `the processing instruction <?${target} is not closed with ?>`);
      i = end + 2;
      continue;
    }
    if (s[i + 1] === '!') fail(i, "unexpected '<!': expected a comment <!-- -->, CDATA or a tag");
    if (s[i + 1] === '/') {
      const name = nameAt(i + 2);
      if (name === undefined) fail(i + 2, "expected an element name after '</'");
      const close = skipSpaces(i + 2 + name!.length);
      if (s[close] !== '>') fail(close, `the end tag </${name} is not closed with '>'`);
      const top = stack.pop();
      if (top === undefined) fail(i, `</${name}> closes no open element`);
      if (top!.name !== name) {
        fail(i, `expected </${top!.name}> (to close <${top!.name}> from line ${top!.line}) but found </${name}>`);
      }
      if (stack.length === 0) root = top;
      i = close + 1;
      continue;
    }
    // A start tag.
    if (root !== undefined) fail(i, 'a second top-level element: an XML file has one root element');
    const name = nameAt(i + 1);
    if (name === undefined) fail(i + 1, "expected an element name after '<' (write &lt; for a plain '<')");
    const attributes = new Map<string, string>();
    let j = i + 1 + name!.length;
    let selfClosing = false;
    for (;;) {
      const spaced = skipSpaces(j);
      if (s[spaced] === '>') {
        j = spaced + 1;
        break;
      }
      if (s.startsWith('/>', spaced)) {
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
      const raw = s.slice(k + 1, end);
      const bad = raw.indexOf('<');
      if (bad !== -1) fail(k + 1 + bad, `'<' is not allowed in an attribute value (write &lt;)`);
      if (attributes.has(attribute!)) fail(spaced, `the attribute ${attribute} appears twice in <${name}>`);
      attributes.set(attribute!, decode(raw, k + 1, true));
      j = end + 1;
    }
    const colon = name!.lastIndexOf(':');
    const element: XmlElement = {
      name: name!,
      local: colon === -1 ? name! : name!.slice(colon + 1),
      attributes,
      children: [],
      text: '',
      line: locator.at(i).line,
    };
    stack[stack.length - 1]?.children.push(element);
    if (selfClosing) {
      if (stack.length === 0) root = element;
    } else stack.push(element);
    i = j;
  }
  const open = stack[stack.length - 1];
  if (open !== undefined) fail(n, `the file ends before <${open.name}> (from line ${open.line}) is closed`);
  if (root === undefined) fail(n, 'the file holds no XML element');
  return root!;
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

/** The children of `element` with the local name `local`. */
export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => child.local === local);
}

/** The first child of `element` with the local name `local`. */
export function childNamed(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((child) => child.local === local);
}

/** The first descendant (depth first, in document order) with the local name `local`; iterative. */
export function descendantNamed(element: XmlElement, local: string): XmlElement | undefined {
  const pending = [...element.children].reverse();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.local === local) return next;
    for (let k = next.children.length - 1; k >= 0; k--) pending.push(next.children[k]!);
  }
  return undefined;
}

/** Escapes text for an XML attribute value in double quotes (whitespace kept as character references). */
export function escapeAttribute(text: string): string {
  return xmlSafe(text).replace(/[&<>"\t\n\r]/g, (c) => ESCAPES[c]!);
}

/** Escapes text for element content. */
export function escapeText(text: string): string {
  return xmlSafe(text).replace(/[&<>\r]/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * The index of the first character XML 1.0 forbids anywhere, even as a
 * character reference (C0 controls other than tab and line ends, U+FFFE,
 * U+FFFF, and lone surrogates), or -1.
 */
function firstIllegal(text: string, from = 0): number {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x20 && c < 0xd800) continue;
    if (c < 0x20) {
      if (c !== 0x9 && c !== 0xa && c !== 0xd) return k;
    } else if (c < 0xdc00) {
      const next = text.charCodeAt(k + 1);
      if (next >= 0xdc00 && next <= 0xdfff) k++;
      else return k;
    } else if (c < 0xe000 || c === 0xfffe || c === 0xffff) return k;
  }
  return -1;
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
