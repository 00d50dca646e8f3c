/**
 * The side panel's contents, redrawn from the view state: the legend (every
 * profile role with its count; missing roles marked), an actor's details
 * (tooltip and focus panel) and the audit's findings.
 */
import { h, replace } from './dom.js';
import type { DisplayGraph } from './graph.js';
import { OTHER_COLOR as OTHER_ROLE } from '@muster/core';
import type { AuditLocalityOverlay } from './types.js';

export interface LegendRow {
  role: string;
  label: string;
  color: string;
  count: number;
  /** Localities whose audit lists the role as missing. */
  missingIn: string[];
}

export function renderLegend(
  list: HTMLUListElement,
  rows: readonly LegendRow[],
  active: string | null,
  locality: string | null,
  onClick: (role: string) => void,
): void {
  replace(
    list,
    ...rows.map((row) => {
      const missing = row.missingIn.length > 0 && (locality === null || row.missingIn.includes(locality));
      const button = h(
        'button',
        {
          type: 'button',
          'aria-pressed': String(active === row.role),
          'data-role': row.role,
          'data-count': row.count,
          'data-missing': missing,
        },
        h('span', { class: 'mv-swatch', 'aria-hidden': 'true' }),
        h('span', { class: missing ? 'mv-missing' : '' }, row.label),
        missing
          ? h('span', { class: 'mv-badge' }, locality === null ? `missing in ${row.missingIn.join(', ')}` : 'missing')
          : null,
        h('span', { class: 'mv-count' }, String(row.count)),
      );
      (button.firstChild as HTMLElement).style.background = row.color;
      button.addEventListener('click', () => onClick(row.role));
      return h('li', {}, button);
    }),
  );
}

/** The legend's rows: profile roles in order, then any other role found. */
export function legendRows(
  graph: DisplayGraph,
  roles: readonly { id: string; label: string }[],
  colors: Map<string, string>,
  locality: string | null,
  audits: readonly AuditLocalityOverlay[],
): LegendRow[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_key, { actor }) => {
    if (locality !== null && actor.locality !== locality) return;
    counts.set(actor.role, (counts.get(actor.role) ?? 0) + 1);
  });
  const known = new Set(roles.map((r) => r.id));
  const rows: LegendRow[] = roles.map((r) => ({
    role: r.id,
    label: r.label,
    color: colors.get(r.id) ?? OTHER_ROLE,
    count: counts.get(r.id) ?? 0,
    missingIn: audits.filter((a) => a.missingRoles.includes(r.id)).map((a) => a.locality),
  }));
  for (const [role, count] of counts) {
    if (!known.has(role)) rows.push({ role, label: role, color: colors.get(role) ?? OTHER_ROLE, count, missingIn: [] });
  }
  return rows;
}

/** An actor's name, role, organisation and neighbours, as DOM nodes. */
export function actorDetails(graph: DisplayGraph, key: string, roleLabel: (role: string) => string): Node[] {
  const { actor } = graph.getNodeAttributes(key);
  const neighbours = graph.neighbors(key).map((n) => graph.getNodeAttributes(n).actor.name);
  const shown = neighbours.slice(0, 8);
  const roles = [actor.role, ...actor.roles.filter((r) => r !== actor.role)].map(roleLabel).join(', ');
  return [
    // Names in any script: dir=auto and <bdi> keep a right-to-left name from reordering the text around it.
    h('strong', { 'data-field': 'name', dir: 'auto' }, actor.name),
    h('span', { class: 'mv-muted', 'data-field': 'role' }, roles),
    actor.organisation === undefined ? null : h('div', { 'data-field': 'organisation' }, actor.organisation),
    h('div', { class: 'mv-muted' }, `${actor.locality}`),
    h(
      'div',
      { 'data-field': 'neighbours' },
      `${neighbours.length} ${neighbours.length === 1 ? 'neighbour' : 'neighbours'}${shown.length > 0 ? ': ' : ''}`,
      ...shown.flatMap((name, i) => [i > 0 ? ', ' : '', h('bdi', {}, name)]),
      neighbours.length > shown.length ? ` and ${neighbours.length - shown.length} more` : '',
    ),
  ].filter((n): n is HTMLElement => n !== null);
}

export interface AuditPanelHandlers {
  onLink: (roles: [string, string]) => void;
  onActor: (id: string) => void;
  activeLink: [string, string] | null;
}

/** Pairs of roles that cannot be measured because a role is missing, counted by missing role. */
function missingPairs(audit: AuditLocalityOverlay): Map<string, number> {
  const counts = new Map<string, number>();
  for (const link of audit.roleLinks) {
    if (link.status !== 'absent') continue;
    for (const role of new Set(link.roles)) {
      if (audit.missingRoles.includes(role)) counts.set(role, (counts.get(role) ?? 0) + 1);
    }
  }
  return counts;
}

function linkButton(
  audit: AuditLocalityOverlay,
  link: AuditLocalityOverlay['roleLinks'][number],
  roleLabel: (role: string) => string,
  handlers: AuditPanelHandlers,
  many: boolean,
): HTMLElement {
  const [a, b] = link.roles;
  const distance = link.distance === null ? 'not reachable' : `${link.distance} steps`;
  const limit = link.max === undefined ? '' : ` (max ${link.max})`;
  const active = handlers.activeLink !== null && handlers.activeLink[0] === a && handlers.activeLink[1] === b;
  const button = h(
    'button',
    { type: 'button', 'aria-pressed': String(active), 'data-link': `${a}|${b}` },
    `${roleLabel(a)} – ${roleLabel(b)}: ${distance}${limit}`,
    many ? h('span', { class: 'mv-muted' }, ` · ${audit.locality}`) : null,
  );
  button.addEventListener('click', () => handlers.onLink([a, b]));
  return h('li', {}, button);
}

/**
 * Failing role links of the audited localities in view: pairs too far
 * apart or unreachable as buttons that highlight them; pairs that fail only
 * because a role is missing grouped into one line per missing role
 * ("Investors missing: 8 pairs"). Then brokers and the silo count.
 */
export function renderAudit(
  section: HTMLElement,
  graph: DisplayGraph,
  audits: readonly AuditLocalityOverlay[],
  roleLabel: (role: string) => string,
  handlers: AuditPanelHandlers,
): void {
  const links: HTMLElement[] = [];
  const brokers: HTMLElement[] = [];
  let silos = 0;
  const many = audits.length > 1;
  for (const audit of audits) {
    for (const [role, pairs] of missingPairs(audit)) {
      links.push(
        h(
          'li',
          { class: 'mv-missing-group', 'data-missing-role': role },
          `${roleLabel(role)} missing: ${pairs} ${pairs === 1 ? 'pair' : 'pairs'}`,
          many ? h('span', { class: 'mv-muted' }, ` · ${audit.locality}`) : null,
        ),
      );
    }
    for (const link of audit.roleLinks) {
      if (link.status === 'connected' || link.status === 'absent') continue;
      links.push(linkButton(audit, link, roleLabel, handlers, many));
    }
    for (const broker of audit.brokers) {
      if (!graph.hasNode(broker)) continue;
      const button = h('button', { type: 'button', 'data-actor': broker }, graph.getNodeAttributes(broker).actor.name);
      button.addEventListener('click', () => handlers.onActor(broker));
      brokers.push(h('li', {}, button));
    }
    silos += audit.network.communities.filter((c) => c.silo).length;
  }
  replace(
    section,
    collapsible(
      `Failing role links (${links.length})`,
      links.length > 0 ? h('ul', { class: 'mv-list', 'data-list': 'links' }, ...links) : h('p', {}, 'None.'),
    ),
    collapsible(
      `Brokers, ringed (${brokers.length})`,
      brokers.length > 0 ? h('ul', { class: 'mv-list', 'data-list': 'brokers' }, ...brokers) : h('p', {}, 'None.'),
    ),
    h('p', { class: 'mv-muted' }, `${silos} silo ${silos === 1 ? 'community' : 'communities'} (tinted rings).`),
  );
}

/** A section the reader can fold: `<details open>` with its heading as the summary. */
export function collapsible(title: string, ...content: HTMLElement[]): HTMLDetailsElement {
  return h('details', { open: true, class: 'mv-section' }, h('summary', {}, h('h3', {}, title)), ...content);
}
