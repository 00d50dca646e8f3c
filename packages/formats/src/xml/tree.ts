/**
 * An XML document as a tree of elements, for readers that look around a
 * document (GEXF, GraphML) rather than stream through it. Built from the
 * events of `scanXml`, without recursion, as are the lookups below.
 */
import { scanXml, type XmlTag } from './scan.js';

/** An element: its start tag, its child elements and its direct text. */
export interface XmlElement extends XmlTag {
  readonly children: XmlElement[];
  /** The character data directly inside the element (not inside its children), CDATA included. */
  text: string;
}

/**
 * Parses an XML document and returns its root element. Throws an
 * `XmlSyntaxError` at the first place the text is not well-formed XML.
 */
export function parseXml(source: string): XmlElement {
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  scanXml(source, {
    open(tag) {
      const { name, local, attributes, line } = tag;
      const element: XmlElement = { name, local, attributes, line, children: [], text: '' };
      open[open.length - 1]?.children.push(element);
      open.push(element);
    },
    close() {
      const element = open.pop();
      if (open.length === 0) root = element;
    },
    text(text) {
      open[open.length - 1]!.text += text;
    },
  });
  return root!;
}

/** The children of `element` with the local name `local`. */
export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => child.local === local);
}

/** The first child of `element` with the local name `local`. */
export function childNamed(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((child) => child.local === local);
}

/** The first descendant (depth first, in document order) with the local name `local`. */
export function descendantNamed(element: XmlElement, local: string): XmlElement | undefined {
  const pending = [...element.children].reverse();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.local === local) return next;
    for (let k = next.children.length - 1; k >= 0; k--) pending.push(next.children[k]!);
  }
  return undefined;
}
