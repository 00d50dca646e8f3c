/**
 * The sections of a locality in the HTML report, as HTML fragments: the
 * summary, missing and thin roles, brokers, silos, findings,
 * recommendations and every actor's measures. Every string from the data
 * goes through `escapeHtml`.
 */
import type { LocalityAudit } from '../report.js';
import {
  brokerLoss,
  fixed,
  joinSegments,
  noSilo,
  percent,
  plural,
  recommendationDetails,
  recommendationTitle,
  roleMix,
  ruleName,
  scoreWords,
  severityLabel,
  severitySummary,
  silos,
  type Lookup,
  type Segment,
} from './common.js';
import { escapeHtml as e } from '@muster/core';
import { holdsMark } from './html-stage.js';
import { findingsInOrder, stableFirst } from './stability.js';

/** Segments as HTML, everything escaped. */
export function html(segments: readonly Segment[]): string {
  return joinSegments(segments, e, e);
}

/** A table inside a scrolling region (narrow screens scroll the table, not the page). */
export function scrollTable(label: string, table: string): string {
  return `<div class="scroll" role="region" aria-label="${e(label)}" tabindex="0">${table}</div>`;
}

/** "low", "mid" or "high", for a score's colour (the number is always shown). */
export function scoreBand(score: number): string {
  return score < 50 ? 'low' : score < 80 ? 'mid' : 'high';
}

/** The score and its parts, and the locality's key figures. */
export function summarySection(l: LocalityAudit): string {
  const words = scoreWords(l);
  const part = (name: string, share: number, text: string): string =>
    `<dt><span>${name}</span><span>${percent(share)}</span></dt>` +
    `<dd><span class="meter" aria-hidden="true"><span style="width:${Math.round(share * 100)}%"></span></span>${e(text)}</dd>`;
  const n = l.network;
  const figure = (name: string, value: string): string => `<dt>${name}</dt><dd>${e(value)}</dd>`;
  return (
    '<div class="summary">' +
    '<div class="card">' +
    `<p class="score-big"><strong>${l.score}</strong><span>out of 100</span></p>` +
    '<dl class="parts">' +
    part('Role coverage', l.scoreParts.coverage, words.coverage) +
    part('Role reach', l.scoreParts.reach, words.reach) +
    part('Structure', l.scoreParts.structure, words.structure) +
    '</dl></div>' +
    '<div class="card"><dl class="figures">' +
    figure('Actors', String(l.actorCount)) +
    figure('Ties', String(l.ties)) +
    figure('Density', fixed(n.density, 3)) +
    figure('Components', String(n.components)) +
    figure('Isolated actors', String(n.isolates.length)) +
    figure('Communities', String(n.communities.length)) +
    figure('Silos', String(silos(l).length)) +
    figure('Modularity', fixed(n.modularity, 2)) +
    figure('Missing roles', String(l.missingRoles.length)) +
    figure('Findings', severitySummary(l.findings)) +
    '</dl></div></div>'
  );
}

/** Missing and thin roles, in words. */
export function missingSection(l: LocalityAudit, names: Lookup): string {
  const missing = new Set(l.missingRoles);
  const items: string[] = [];
  for (const r of l.roles) {
    if (missing.has(r.role)) {
      items.push(
        `<li><span class="badge error">Missing</span><strong>${e(r.label)}</strong>: nobody plays this role ` +
          `(at least ${r.required} needed).${holdsMark(r)}</li>`,
      );
    } else if (r.status === 'thin') {
      const who = r.actors.map((id) => e(names.actorName(id))).join(', ');
      items.push(
        `<li><span class="badge warning">Thin</span><strong>${e(r.label)}</strong>: ${e(plural(r.count, 'actor'))} ` +
          `(${who}); ${r.recommended} recommended.${holdsMark(r)}</li>`,
      );
    }
  }
  const absent = l.roles.filter((r) => r.status === 'missing' && !missing.has(r.role));
  if (absent.length > 0) {
    items.push(`<li>Not present, though not required: ${absent.map((r) => e(r.label)).join(', ')}.</li>`);
  }
  return items.length === 0
    ? '<p class="ok-line">Every role the profile asks for is present, with at least the recommended number of actors.</p>'
    : `<ul class="findings">${items.join('')}</ul>`;
}

/** The brokers, ranked, with what the locality would lose without each. */
export function brokersSection(l: LocalityAudit, names: Lookup): string {
  if (l.brokerImpact.length === 0) {
    return '<p class="ok-line">No single actor’s departure would cut two roles off from each other or lengthen the paths between roles by more than a step or two.</p>';
  }
  const rows = l.brokerImpact.map((b, i) => {
    const a = names.actor(b.actor);
    return (
      `<tr><td class="num">${i + 1}</td>` +
      `<th scope="row">${e(a?.name ?? b.actor)} <span class="id">${e(b.actor)}</span></th>` +
      `<td>${a === undefined ? '' : e(names.roleLabel(a.role))}</td>` +
      `<td class="wide">${e(brokerLoss(b))}${holdsMark(b)}</td>` +
      `<td class="num">${fixed(b.betweenness, 3)}</td></tr>`
    );
  });
  return (
    '<p>The actors the locality depends on most, ranked by what it would lose if they left: role pairs that could no longer reach each other, then extra steps, then actors cut off.</p>' +
    scrollTable(
      `Brokers in ${l.locality}`,
      '<table><thead><tr><th scope="col" class="num">Rank</th><th scope="col">Actor</th><th scope="col">Role</th>' +
        '<th scope="col">If they left</th><th scope="col" class="num">Betweenness</th></tr></thead>' +
        `<tbody>${rows.join('')}</tbody></table>`,
    )
  );
}

/** Silos in words (the chart shows every community). */
export function silosSection(l: LocalityAudit, names: Lookup): string {
  const communities = l.network.communities;
  const flagged = silos(l);
  if (flagged.length === 0) {
    return `<p class="ok-line">${e(noSilo(communities.length))}</p>`;
  }
  const items = stableFirst(flagged).map(
    (c) =>
      `<li><span class="badge silo">Silo</span><strong>Community ${c.id}</strong>, ${e(plural(c.actors.length, 'actor'))}: ` +
      roleMix(c)
        .map(([role, count]) => `${e(names.roleLabel(role))} ${count}`)
        .join(', ') +
      `.${holdsMark(c)}</li>`,
  );
  return (
    `<p>${e(plural(flagged.length, 'community', 'communities'))} (groups more tied among themselves than to the rest) ` +
    `${flagged.length === 1 ? 'is' : 'are'} made of too few roles:</p><ul class="findings">${items.join('')}</ul>`
  );
}

/** Every failing rule, most serious first. */
export function findingsSection(l: LocalityAudit): string {
  if (l.findings.length === 0) return '<p class="ok-line">No rule of the profile fails.</p>';
  const items = findingsInOrder(l.findings).map(
    (f) =>
      `<li><span class="badge ${f.severity}">${severityLabel(f.severity)}</span>${e(f.message)} ` +
      `<span class="id">rule ${e(ruleName(f))}</span>${holdsMark(f)}</li>`,
  );
  return `<ul class="findings">${items.join('')}</ul>`;
}

/** The recommendations, each with its reason. */
export function recommendationsSection(l: LocalityAudit, names: Lookup): string {
  if (l.recommendations.length === 0) {
    return '<p class="ok-line">Nothing to recommend: no role is missing and no link needs closing.</p>';
  }
  const items = stableFirst(l.recommendations).map(
    (rec) =>
      `<li><p class="rec-title">${html(recommendationTitle(rec, names))}${holdsMark(rec)}</p>` +
      `<p>${e(rec.reason)}</p>` +
      recommendationDetails(rec, names)
        .map((d) => `<p class="note">${html(d)}</p>`)
        .join('') +
      '</li>',
  );
  return `<ol class="recs">${items.join('')}</ol>`;
}

/** Every actor's measures, folded away by default. */
export function actorsSection(l: LocalityAudit, names: Lookup): string {
  const rank = new Map(l.brokers.map((id, i) => [id, i + 1]));
  const num = (v: number | null, digits: number): string => (v === null ? '–' : fixed(v, digits));
  const rows = l.actors.map(
    (a) =>
      `<tr><th scope="row">${e(a.name)}</th><td class="id">${e(a.id)}</td><td>${e(names.roleLabel(a.role))}</td>` +
      `<td class="num">${a.degree}</td><td class="num">${num(a.betweenness, 3)}</td>` +
      `<td class="num">${num(a.constraint, 2)}</td><td class="num">${num(a.effectiveSize, 1)}</td>` +
      `<td class="num">${a.community}</td><td class="num">${rank.get(a.id) ?? ''}</td></tr>`,
  );
  return (
    `<details><summary>All ${e(plural(l.actors.length, 'actor'))} and their measures</summary>` +
    scrollTable(
      `Actors in ${l.locality}`,
      '<table><thead><tr><th scope="col">Name</th><th scope="col">Id</th><th scope="col">Role</th>' +
        '<th scope="col" class="num">Degree</th><th scope="col" class="num">Betweenness</th>' +
        '<th scope="col" class="num">Constraint</th><th scope="col" class="num">Effective size</th>' +
        '<th scope="col" class="num">Community</th><th scope="col" class="num">Broker rank</th></tr></thead>' +
        `<tbody>${rows.join('')}</tbody></table>`,
    ) +
    '<p class="note">Brokerage counts per actor are in the CSV export.</p></details>'
  );
}
