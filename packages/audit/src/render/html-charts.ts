/**
 * Inline SVG charts of the HTML report: role coverage (one bar per profile
 * role against what the profile requires and recommends) and the role mix
 * of each community. Each chart is an image with a title and a text
 * description for screen readers, and writes its numbers and statuses as
 * text beside the colours.
 */
import type { Community, LocalityAudit } from '../report.js';
import { plural, roleMix, type Lookup } from './common.js';
import { escapeHtml as e } from './escape.js';
import { OTHER_COLOR } from '@muster/core';
import { COVERAGE_COLOURS as C } from './html-style.js';

const WIDTH = 400;
const FONT = 15;

/** A number for an SVG attribute: at most two decimals, no trailing zeros. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Shortens a label to fit `room` units at the chart's font size (an
 * estimate: SVG text does not wrap). The full text is in the description.
 */
function fit(label: string, room: number): string {
  const max = Math.max(4, Math.floor(room / (FONT * 0.6)));
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

function svgOpen(id: string, height: number, title: string, desc: string): string {
  return (
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${n(height)}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${e(title)}</title><desc id="${id}-desc">${e(desc)}</desc>`
  );
}

/** The role coverage bar chart of a locality. */
export function coverageChart(l: LocalityAudit, id: string): string {
  const rowHeight = 48;
  const scale = Math.max(1, ...l.roles.map((r) => Math.max(r.count, r.required, r.recommended)));
  const x = (count: number): number => (count / scale) * WIDTH;
  const height = l.roles.length * rowHeight + 4;
  const desc = l.roles
    .map((r) => `${r.label}: ${r.count} (${r.status}; ${r.required} required, ${r.recommended} recommended)`)
    .join('. ');
  const out = [svgOpen(id, height, `Role coverage in ${l.locality}`, desc)];
  l.roles.forEach((r, i) => {
    const y = i * rowHeight;
    const value =
      r.status === 'missing'
        ? `0 · missing (${r.required} required)`
        : r.status === 'thin'
          ? `${r.count} · thin (${r.recommended} recommended)`
          : String(r.count);
    const colour = r.status === 'missing' ? C.missing : r.status === 'thin' ? C.thin : C.present;
    const barY = y + 22;
    out.push(
      `<g aria-hidden="true">`,
      `<text x="0" y="${y + 16}" font-size="${FONT}" fill="${C.text}" font-weight="600">` +
        `${e(fit(r.label, WIDTH - value.length * FONT * 0.55 - 12))}</text>`,
      `<text x="${WIDTH}" y="${y + 16}" font-size="${FONT}" text-anchor="end" fill="${r.status === 'present' ? C.text : colour}"` +
        `${r.status === 'present' ? '' : ' font-weight="700"'}>${e(value)}</text>`,
      r.status === 'missing'
        ? `<rect x="1" y="${barY}" width="${WIDTH - 2}" height="14" rx="3" fill="#fff5f4" stroke="${C.missing}" stroke-width="1.5" stroke-dasharray="5 4"/>`
        : `<rect x="0" y="${barY}" width="${WIDTH}" height="14" rx="3" fill="#eef1f5"/>` +
            `<rect x="0" y="${barY}" width="${n(x(r.count))}" height="14" rx="3" fill="${colour}"/>`,
    );
    if (r.required > 0) {
      out.push(
        `<line x1="${n(x(r.required))}" x2="${n(x(r.required))}" y1="${barY - 4}" y2="${barY + 18}" stroke="${C.marker}" stroke-width="2.5"/>`,
      );
    }
    if (r.recommended > r.required) {
      out.push(
        `<line x1="${n(x(r.recommended))}" x2="${n(x(r.recommended))}" y1="${barY - 4}" y2="${barY + 18}" stroke="${C.marker}" stroke-width="2" stroke-dasharray="3 3"/>`,
      );
    }
    out.push('</g>');
  });
  out.push('</svg>');
  return out.join('');
}

/** The legend of the coverage chart. */
export function coverageLegend(): string {
  return (
    '<ul class="legend" aria-label="Legend of the role coverage chart">' +
    `<li><span class="swatch" style="background:${C.present}"></span>present</li>` +
    `<li><span class="swatch" style="background:${C.thin}"></span>thin (fewer than recommended)</li>` +
    `<li><span class="swatch" style="background:#fff5f4;border:1.5px dashed ${C.missing}"></span>missing</li>` +
    '<li><span class="swatch tick"></span>required</li>' +
    '<li><span class="swatch tick dashed"></span>recommended</li>' +
    '</ul>'
  );
}

/** The colour of a role: the report's (core's palette or the profile's), as on the map. */
export function roleColour(l: LocalityAudit, role: string): string {
  return l.roles.find((r) => r.role === role)?.color ?? OTHER_COLOR;
}

/** Black or white text, whichever reads better on the colour. */
function textOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((k) => {
    const c = parseInt(hex.slice(k, k + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.22 ? '#111111' : '#ffffff';
}

/** One stacked bar per community: its actors by role; silos marked in words. */
export function communityChart(l: LocalityAudit, names: Lookup, id: string): string {
  const communities = l.network.communities;
  if (communities.length === 0) return '';
  const rowHeight = 48;
  const largest = Math.max(1, ...communities.map((c) => c.actors.length));
  const height = communities.length * rowHeight + 4;
  const describe = (c: Community): string =>
    `Community ${c.id}${c.silo ? ' (silo)' : ''}: ` +
    roleMix(c)
      .map(([role, count]) => `${names.roleLabel(role)} ${count}`)
      .join(', ');
  const out = [
    svgOpen(id, height, `Role mix of the communities in ${l.locality}`, communities.map(describe).join('. ')),
  ];
  communities.forEach((c, i) => {
    const y = i * rowHeight;
    const barY = y + 24;
    out.push(
      '<g aria-hidden="true">',
      `<text x="0" y="${y + 16}" font-size="${FONT}" font-weight="600" fill="${C.text}">Community ${c.id}` +
        `<tspan font-weight="400" fill="${C.muted}"> · ${e(plural(c.actors.length, 'actor'))}` +
        ` · ${e(plural(c.distinctRoles, 'role'))}</tspan></text>`,
    );
    if (c.silo) {
      out.push(
        `<text x="${WIDTH}" y="${y + 16}" font-size="${FONT}" font-weight="700" text-anchor="end" fill="${C.missing}">silo</text>`,
      );
    }
    const total = (c.actors.length / largest) * WIDTH;
    const sum = Math.max(
      1,
      Object.values(c.roles).reduce((s, v) => s + v, 0),
    );
    let at = 0;
    for (const r of l.roles) {
      const count = c.roles[r.role] ?? 0;
      if (count === 0) continue;
      const w = (count / sum) * total;
      const fill = roleColour(l, r.role);
      out.push(
        `<rect x="${n(at)}" y="${barY}" width="${n(w)}" height="18" fill="${fill}" stroke="#fff" stroke-width="1"/>`,
      );
      if (w >= 22) {
        out.push(
          `<text x="${n(at + w / 2)}" y="${barY + 14}" font-size="12" text-anchor="middle" fill="${textOn(fill)}">${count}</text>`,
        );
      }
      at += w;
    }
    out.push('</g>');
  });
  out.push('</svg>');
  return out.join('');
}

/** The legend of the community chart: the roles that appear, with their colours. */
export function communityLegend(l: LocalityAudit): string {
  const seen = new Set(l.network.communities.flatMap((c) => Object.keys(c.roles).filter((r) => c.roles[r]! > 0)));
  const items = l.roles
    .filter((r) => seen.has(r.role))
    .map((r) => `<li><span class="swatch" style="background:${e(roleColour(l, r.role))}"></span>${e(r.label)}</li>`);
  return `<ul class="legend" aria-label="Role colours">${items.join('')}</ul>`;
}
