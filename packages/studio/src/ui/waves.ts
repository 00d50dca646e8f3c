/**
 * The later wave and the diff: `muster diff`'s Markdown shown as headings,
 * lists and tables. Only the few forms that renderer writes are read, and
 * every piece of text is set as text, never as markup.
 */
/// <reference lib="dom" />
import { el } from './dom.js';

/** Markdown's backslash escapes undone: the text as the reader should see it. */
const plain = (text: string): string => text.replace(/\\(.)/g, '$1');

/** A table row's cells, split at the `|` that are not escaped. */
const cells = (line: string): string[] =>
  line
    .replace(/^\|\s?|\s?\|$/g, '')
    .split(/\s\|\s/)
    .map((c) => plain(c.trim()));

/** The diff's Markdown as elements: `#`/`##` headings, `- ` lists, `|` tables, paragraphs. */
export function diffElements(markdown: string): HTMLElement[] {
  const out: HTMLElement[] = [];
  let list: HTMLUListElement | null = null;
  let table: HTMLTableElement | null = null;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('- ')) list = null;
    if (!line.startsWith('|')) table = null;
    if (line === '') continue;
    const heading = /^(#{1,2}) (.*)$/.exec(line);
    if (heading !== null) out.push(el(heading[1] === '#' ? 'h4' : 'h5', plain(heading[2]!)));
    else if (line.startsWith('- ')) {
      if (list === null) out.push((list = el('ul')));
      list.append(el('li', plain(line.slice(2))));
    } else if (line.startsWith('|')) {
      if (table === null) {
        out.push((table = el('table')));
        const row = table.createTHead().insertRow();
        for (const c of cells(line)) row.append(el('th', c));
      } else if (!/^\|[\s|:-]+\|$/.test(line)) {
        const row = (table.tBodies[0] ?? table.createTBody()).insertRow();
        for (const c of cells(line)) row.append(el('td', c));
      }
    } else out.push(el('p', plain(line)));
  }
  return out;
}
