/**
 * What the XML scanner (`scan.ts`) reports: start and end tags and text,
 * to an {@link XmlHandler}; and the error it throws.
 */

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
