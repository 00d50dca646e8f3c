/**
 * The HTML rendering: one self-contained page that loads nothing (inline
 * style, inline SVG, no scripts, and a Content-Security-Policy that forbids
 * any fetch). It holds the comparison between localities, then for each
 * locality its summary, a role coverage chart, a role-to-role reach heat
 * map, brokers, silos, findings and recommendations. Every string from the
 * data is escaped; the page reads at 320 px wide (tables scroll).
 */
import type { AuditReport, LocalityAudit } from '../report.js';
import {
  LIMITATIONS,
  betweennessMethod,
  comparisonRows,
  joinSegments,
  lookup,
  plural,
  privacySegments,
} from './common.js';
import { escapeHtml as e } from '@muster/core';
import { communityChart, communityLegend, coverageChart, coverageLegend } from './html-charts.js';
import { failingLinksTable, reachHeatMap } from './html-reach.js';
import {
  actorsSection,
  brokersSection,
  findingsSection,
  missingSection,
  recommendationsSection,
  scoreBand,
  scrollTable,
  silosSection,
  summarySection,
} from './html-sections.js';
import { stageSection } from './html-stage.js';
import { CSS } from './html-style.js';
import { stabilityNote } from './stability.js';

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  /** The page title; default: the profile's label and "cluster audit". */
  title?: string;
  /**
   * An embeddable map of the network, inserted as it is (trusted markup,
   * not escaped) in its own section after the comparison. It must work
   * under the page's Content-Security-Policy: no external resources; its
   * one script allowed by `mapScriptHash` (as `@muster/viewer/standalone`'s
   * `renderMapEmbed` gives them).
   */
  mapHtml?: string;
  /** Base64 SHA-256 of the map's inline script, added to the page's `script-src`. */
  mapScriptHash?: string;
}

/** The page's Content-Security-Policy: nothing may be fetched or run. */
export const HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The CSP with the map: its one script by hash, its layout worker from a `blob:` URL, and `blob:` images for its PNG export. */
function mapCsp(hash: string): string {
  if (!/^[A-Za-z0-9+/]+=*$/.test(hash)) throw new Error('mapScriptHash must be a base64 SHA-256 digest');
  return `default-src 'none'; script-src 'sha256-${hash}'; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'`;
}

/** What pseudonymisation did, when it did (column names escaped). */
function privacyParagraph(report: AuditReport): string[] {
  const segments = privacySegments(report.meta);
  return segments === undefined ? [] : [`<p>${joinSegments(segments, e, e)}</p>`];
}

/** How stability was measured and what a low number means, when it was. */
function stabilityParagraph(report: AuditReport): string {
  const note = stabilityNote(report.meta);
  return note === undefined ? '' : `<p class="note">${e(note)}</p>`;
}

/** The report as one self-contained HTML page. */
export function renderHtml(report: AuditReport, options: HtmlOptions = {}): string {
  const title = options.title ?? `${report.profileLabel}: cluster audit`;
  const sections = report.localities.map((l, i) => localitySection(l, `l${i + 1}`));
  const toc = report.localities
    .map((l, i) => `<li><a href="#l${i + 1}">${e(l.locality)} <span class="muted">${l.score}/100</span></a></li>`)
    .join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${options.mapScriptHash === undefined ? HTML_CSP : mapCsp(options.mapScriptHash)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${e(report.meta.generator)}">`,
    `<title>${e(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    '<header class="masthead">',
    `<h1>${e(title)}</h1>`,
    `<p class="sub">${e(plural(report.localities.length, 'locality', 'localities'))} audited against the profile ` +
      `“${e(report.profileLabel)}”.</p>`,
    stabilityParagraph(report),
    report.localities.length > 1 ? `<nav class="toc" aria-label="Localities"><ul>${toc}</ul></nav>` : '',
    '</header>',
    '<main>',
    report.localities.length > 1 ? comparison(report) : '',
    '<!-- map: the network map goes here (renderHtml option mapHtml) -->',
    options.mapHtml === undefined
      ? ''
      : `<section class="map" aria-labelledby="map-h"><h2 id="map-h">Map</h2>${options.mapHtml}</section>`,
    '<!-- end of map -->',
    ...sections,
    '<section class="block" aria-labelledby="limits-h">',
    '<h2 id="limits-h">What this audit cannot know</h2>',
    `<ul>${LIMITATIONS.map((note) => `<li>${e(note)}</li>`).join('')}</ul>`,
    '</section>',
    '</main>',
    '<footer>',
    `<p>Profile ${e(report.profile)}; seed ${report.meta.seed}; ${e(betweennessMethod(report.meta))}; ` +
      `${e(report.meta.generator)}. The same data, profile and seed give the same report.</p>`,
    ...privacyParagraph(report),
    '</footer>',
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function comparison(report: AuditReport): string {
  const rows = comparisonRows(report).map(
    (r, i) =>
      `<tr><th scope="row"><a href="#l${i + 1}">${e(r.locality)}</a></th>` +
      `<td class="num"><span class="score-pill ${scoreBand(r.score)}">${r.score}</span></td>` +
      `<td class="num">${r.actors}</td><td class="num">${r.ties}</td>` +
      `<td class="wide">${r.missing.length === 0 ? '<span class="muted">none</span>' : r.missing.map(e).join(', ')}</td>` +
      `<td class="num">${r.findings.error}</td><td class="num">${r.findings.warning}</td>` +
      `<td class="num">${r.findings.info}</td><td class="num">${r.silos}</td>` +
      `<td>${r.topBroker === null ? '<span class="muted">none</span>' : e(r.topBroker)}</td></tr>`,
  );
  const cross = report.crossLocality.ties;
  const crossText =
    cross.length === 0
      ? ''
      : `<p class="note">Ties between localities: ${cross
          .map((c) => `${e(c.localities[0])} – ${e(c.localities[1])}: ${c.ties}`)
          .join('; ')}.</p>`;
  return (
    '<section class="block" aria-labelledby="comparison-h">' +
    '<h2 id="comparison-h">Comparison</h2>' +
    scrollTable(
      'Comparison of the localities',
      '<table><thead><tr><th scope="col">Locality</th><th scope="col" class="num">Score</th>' +
        '<th scope="col" class="num">Actors</th><th scope="col" class="num">Ties</th>' +
        '<th scope="col">Missing roles</th><th scope="col" class="num">Errors</th>' +
        '<th scope="col" class="num">Warnings</th><th scope="col" class="num">Notes</th>' +
        '<th scope="col" class="num">Silos</th><th scope="col">Top broker</th></tr></thead>' +
        `<tbody>${rows.join('')}</tbody></table>`,
    ) +
    crossText +
    '</section>'
  );
}

function localitySection(l: LocalityAudit, id: string): string {
  const names = lookup(l);
  const h3 = (key: string, text: string): string => `<h3 id="${id}-${key}">${text}</h3>`;
  return [
    `<section class="locality" id="${id}" aria-labelledby="${id}-h">`,
    `<h2 id="${id}-h">${e(l.locality)} <span class="score-pill ${scoreBand(l.score)}">` +
      `${l.score}<span class="sr-only"> out of 100</span></span></h2>`,
    summarySection(l),
    l.network.stage === undefined ? '' : h3('stage', 'Stage and weavers'),
    stageSection(l, names),
    h3('roles', 'Role coverage'),
    `<figure>${coverageChart(l, `${id}-coverage`)}<figcaption>${coverageLegend()}</figcaption></figure>`,
    missingSection(l, names),
    h3('reach', 'Role reach'),
    reachHeatMap(l, names),
    failingLinksTable(l, names),
    h3('brokers', 'Brokers'),
    brokersSection(l, names),
    h3('silos', 'Communities and silos'),
    silosSection(l, names),
    l.network.communities.length === 0
      ? ''
      : `<figure>${communityChart(l, names, `${id}-communities`)}<figcaption>${communityLegend(l)}</figcaption></figure>`,
    h3('findings', 'Findings'),
    findingsSection(l),
    h3('recommendations', 'Recommendations'),
    recommendationsSection(l, names),
    actorsSection(l, names),
    '</section>',
  ].join('\n');
}
