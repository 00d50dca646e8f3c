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
 * The scanner's state and steps are in `scanner.ts`; what it reports, in
 * `events.ts`.
 *
 * Reference: Extensible Markup Language (XML) 1.0, fifth edition (W3C, 2008).
 */
import { Scanner } from './scanner.js';
import type { XmlHandler } from './events.js';

export { XmlSyntaxError, attributeNamed, type XmlHandler, type XmlTag } from './events.js';

/**
 * Scans an XML document, calling `handler` for each tag and run of text.
 * Throws an {@link XmlSyntaxError} at the first place the text is not
 * well-formed XML, or when it holds no element.
 */
export function scanXml(source: string, handler: XmlHandler): void {
  new Scanner(source, handler).scan();
}
