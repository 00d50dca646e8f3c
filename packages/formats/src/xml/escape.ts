/**
 * Escaping text for the XML Muster writes (GEXF, GraphML, workbook parts),
 * so that `scanXml` reads back exactly the text given: markup characters
 * as entities, line ends and tabs in attribute values and a carriage
 * return anywhere as character references (an XML reader would otherwise
 * turn them into spaces or `\n`), and what XML cannot hold as U+FFFD.
 */
import { xmlSafe } from './characters.js';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes text for an XML attribute value in double quotes (whitespace kept as character references). */
export function escapeAttribute(text: string): string {
  return xmlSafe(text).replace(/[&<>"\t\n\r]/g, (c) => ESCAPES[c]!);
}

/** Escapes text for element content. */
export function escapeText(text: string): string {
  return xmlSafe(text).replace(/[&<>\r]/g, (c) => ESCAPES[c]!);
}
