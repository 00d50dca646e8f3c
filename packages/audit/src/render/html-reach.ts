/**
 * The role-to-role reach heat map of the HTML report: a table with one row
 * and one column per profile role; each cell holds the distance between
 * the two role groups and its status in words, on the status's colour.
 */
import type { LocalityAudit, RoleLink, RoleLinkStatus } from '../report.js';
import { holdsMark } from './html-stage.js';
import { stableFirst } from './stability.js';
import { distanceWords, failingLinks, linkIndex, plural, unmeasuredPairs, type Lookup } from './common.js';
import { escapeHtml as e } from '@muster/core';
import { STATUS_COLOURS } from './html-style.js';

/** The short word shown in a cell, and its meaning for the legend. */
const STATUS_WORDS: Record<RoleLinkStatus, { word: string; meaning: string }> = {
  connected: { word: 'ok', meaning: 'within the wanted distance' },
  distant: { word: 'too far', meaning: 'farther apart than wanted' },
  disconnected: { word: 'no path', meaning: 'cannot reach each other' },
  absent: { word: 'missing', meaning: 'a role is missing' },
};

function cell(link: RoleLink | undefined, pair: string): string {
  if (link === undefined) return '<td class="st-absent"><b>—</b><small>n/a</small></td>';
  const { word } = STATUS_WORDS[link.status];
  const value = link.distance === null ? (link.status === 'absent' ? '—' : '×') : String(link.distance);
  const title = `${pair}: ${distanceWords(link)}, ${STATUS_WORDS[link.status].meaning}`;
  return `<td class="st-${link.status}" title="${e(title)}"><b>${value}</b><small>${word}</small></td>`;
}

/** The heat map of a locality's role-to-role distances, with its legend. */
export function reachHeatMap(l: LocalityAudit, names: Lookup): string {
  const find = linkIndex(l);
  const roles = l.roles;
  // Each role's palette colour beside its name, as on the map and in the community chart.
  const swatch = (color: string): string =>
    ` <span class="swatch" style="background:${e(color)}" aria-hidden="true"></span>`;
  const head = roles
    .map((r) => `<th scope="col" class="col"><span>${e(r.label)}${swatch(r.color)}</span></th>`)
    .join('');
  const rows = roles.map((row, i) => {
    const cells = roles.map((col, j) => {
      if (i === j) return '<td class="st-self"><b>·</b><small>same</small></td>';
      return cell(find(row.role, col.role), `${names.roleLabel(row.role)} – ${names.roleLabel(col.role)}`);
    });
    return `<tr><th scope="row">${e(row.label)}${swatch(row.color)}</th>${cells.join('')}</tr>`;
  });
  const legend = (Object.keys(STATUS_WORDS) as RoleLinkStatus[])
    .map(
      (s) =>
        `<li><span class="swatch st-${s}" style="background:${STATUS_COLOURS[s].fill}"></span>` +
        `<span><strong>${STATUS_WORDS[s].word}</strong>: ${STATUS_WORDS[s].meaning}</span></li>`,
    )
    .join('');
  return (
    `<div class="scroll" role="region" aria-label="${e(`Reach between roles in ${l.locality}`)}" tabindex="0">` +
    `<table class="heat"><caption>Steps between role groups (fewest ties on a path from one group to the other)</caption>` +
    `<thead><tr><td></td>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>` +
    `<ul class="legend" aria-label="Legend of the reach table">${legend}</ul>` +
    '<p class="note">0 steps: someone plays both roles. The wanted distances come from the profile’s rules.</p>'
  );
}

/** The role pairs too far apart or unreachable, as a table; or a sentence when there are none. */
export function failingLinksTable(l: LocalityAudit, names: Lookup): string {
  const failing = failingLinks(l);
  const unmeasured = unmeasuredPairs(l);
  const absentNote = unmeasured === '' ? '' : `<p>${e(unmeasured)}</p>`;
  if (failing.length === 0) {
    return `<p class="ok-line">Every pair of present roles can reach each other within the wanted distance.</p>${absentNote}`;
  }
  const rows = stableFirst(failing).map(
    (link) =>
      `<tr><th scope="row">${e(names.roleLabel(link.roles[0]))} – ${e(names.roleLabel(link.roles[1]))}</th>` +
      `<td class="num">${link.distance === null ? 'no path' : link.distance}</td>` +
      `<td class="num">${link.max ?? ''}</td>` +
      `<td>${STATUS_WORDS[link.status].word}${holdsMark(link)}</td></tr>`,
  );
  return (
    `<div class="scroll" role="region" aria-label="${e(`Role pairs too far apart in ${l.locality}`)}" tabindex="0">` +
    `<table><caption>${e(plural(failing.length, 'pair'))} of roles too far apart or unreachable</caption>` +
    '<thead><tr><th scope="col">Roles</th><th scope="col" class="num">Steps</th>' +
    '<th scope="col" class="num">Wanted</th><th scope="col">Status</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table></div>${absentNote}`
  );
}
