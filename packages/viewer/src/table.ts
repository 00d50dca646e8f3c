/**
 * The text alternative to the map: the actors and the ties in view as two
 * tables (built when shown, for the locality shown), which screen readers
 * and keyboards read as any table. Very large views list their first rows
 * and say how many are left out.
 */
import { h, replace } from './dom.js';
import type { DisplayGraph } from './graph.js';

/** Rows listed per table at most. */
const MAX_ROWS = 2_000;

function caption(what: string, shown: number, total: number): HTMLTableCaptionElement {
  return h('caption', {}, shown < total ? `${what}: the first ${shown} of ${total}` : `${what} (${total})`);
}

export function renderTable(
  container: HTMLElement,
  graph: DisplayGraph,
  locality: string | null,
  roleLabel: (role: string) => string,
): void {
  const inView = (key: string): boolean =>
    locality === null || graph.getNodeAttributes(key).actor.locality === locality;
  const actorRows: HTMLTableRowElement[] = [];
  let actors = 0;
  graph.forEachNode((key, { actor, degree }) => {
    if (!inView(key)) return;
    actors++;
    if (actorRows.length >= MAX_ROWS) return;
    actorRows.push(
      h(
        'tr',
        { 'data-actor': key },
        h('th', { scope: 'row' }, actor.name),
        h('td', {}, [actor.role, ...actor.roles.filter((r) => r !== actor.role)].map(roleLabel).join(', ')),
        h('td', {}, actor.organisation ?? ''),
        h('td', {}, actor.locality),
        h('td', {}, String(degree)),
      ),
    );
  });
  const tieRows: HTMLTableRowElement[] = [];
  let ties = 0;
  graph.forEachUndirectedEdge((_key, edge, source, target) => {
    if (edge.role !== 'tie' || !inView(source) || !inView(target)) return;
    ties++;
    if (tieRows.length >= MAX_ROWS) return;
    tieRows.push(
      h(
        'tr',
        {},
        h('td', {}, graph.getNodeAttributes(source).actor.name),
        h('td', {}, graph.getNodeAttributes(target).actor.name),
        h('td', {}, edge.kinds.join(', ')),
        h('td', {}, String(edge.weight)),
      ),
    );
  });
  const head = (...names: string[]): HTMLTableSectionElement =>
    h('thead', {}, h('tr', {}, ...names.map((n) => h('th', { scope: 'col' }, n))));
  replace(
    container,
    h(
      'table',
      { 'data-table': 'actors' },
      caption('Actors', actorRows.length, actors),
      head('Name', 'Roles', 'Organisation', 'Locality', 'Ties'),
      h('tbody', {}, ...actorRows),
    ),
    h(
      'table',
      { 'data-table': 'ties' },
      caption('Ties', tieRows.length, ties),
      head('Actor', 'Actor', 'Kinds', 'Weight'),
      h('tbody', {}, ...tieRows),
    ),
  );
}
