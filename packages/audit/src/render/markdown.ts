/**
 * The Markdown rendering: a report a council innovation officer can read
 * from top to bottom. With several localities a side-by-side comparison
 * comes first; then each locality: summary, missing and thin roles, role
 * reach, brokers, silos, findings and recommendations; and last, what the
 * audit cannot know. Every string from the data is escaped.
 */
import type { AuditReport, LocalityAudit, RoleLink } from '../report.js';
import {
  LIMITATIONS,
  betweennessMethod,
  brokerLoss,
  comparisonRows,
  failingLinks,
  fixed,
  joinSegments,
  privacySegments,
  linkIndex,
  lookup,
  noSilo,
  percent,
  plural,
  recommendationDetails,
  recommendationTitle,
  roleMix,
  ruleName,
  unmeasuredPairs,
  scoreWords,
  severityLabel,
  severitySummary,
  silos,
  type Lookup,
  type Segment,
} from './common.js';
import { escapeMarkdown, escapeMarkdownCell } from '@muster/core';
import { findingsInOrder, holdsWords, stabilityNote, stableFirst, stageWords, weaversIntro } from './stability.js';

const md = escapeMarkdown;
const text = (segments: readonly Segment[]): string => joinSegments(segments, md);

/** A table; cells are already escaped. `numeric` columns are right-aligned. */
function table(header: readonly string[], rows: readonly string[][], numeric: readonly number[] = []): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (numeric.includes(i) ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)];
}

/** The report as Markdown text. */
export function renderMarkdown(report: AuditReport): string {
  const out: string[] = [];
  out.push(`# ${md(report.profileLabel)}: cluster audit`, '');
  const names = report.localities.map((l) => md(l.locality));
  out.push(
    `${plural(report.localities.length, 'locality', 'localities')} audited against the profile “${md(report.profileLabel)}”` +
      (names.length > 0 ? `: ${names.join(', ')}.` : '.'),
    '',
  );
  const note = stabilityNote(report.meta);
  if (note !== undefined) out.push(md(note), '');
  if (report.localities.length > 1) out.push(...comparison(report));
  for (const locality of report.localities) out.push(...localitySection(locality));
  out.push('## What this audit cannot know', '');
  for (const note of LIMITATIONS) out.push(`- ${note}`);
  out.push(
    '',
    '## How these numbers were made',
    '',
    `Profile ${md(report.profile)}; seed ${report.meta.seed}; ${betweennessMethod(report.meta)}; ${md(report.meta.generator)}. ` +
      'The same data, profile and seed give the same report.',
  );
  const privacy = privacySegments(report.meta);
  if (privacy !== undefined) out.push('', text(privacy));
  return `${out.join('\n')}\n`;
}

function comparison(report: AuditReport): string[] {
  const rows = comparisonRows(report).map((r) => [
    escapeMarkdownCell(r.locality),
    String(r.score),
    String(r.actors),
    String(r.ties),
    r.missing.length === 0 ? 'none' : r.missing.map(escapeMarkdownCell).join(', '),
    String(r.findings.error),
    String(r.findings.warning),
    String(r.findings.info),
    String(r.silos),
    r.topBroker === null ? 'none' : escapeMarkdownCell(r.topBroker),
  ]);
  const out = [
    '## Comparison',
    '',
    ...table(
      ['Locality', 'Score', 'Actors', 'Ties', 'Missing roles', 'Errors', 'Warnings', 'Notes', 'Silos', 'Top broker'],
      rows,
      [1, 2, 3, 5, 6, 7, 8],
    ),
    '',
  ];
  const cross = report.crossLocality.ties;
  if (cross.length > 0) {
    const pairs = cross.map((c) => `${md(c.localities[0])} – ${md(c.localities[1])}: ${c.ties}`);
    out.push(`Ties between localities: ${pairs.join('; ')}.`, '');
  }
  return out;
}

function localitySection(l: LocalityAudit): string[] {
  const names = lookup(l);
  return [
    `## ${md(l.locality)}`,
    '',
    ...summary(l),
    ...stage(l, names),
    ...roles(l, names),
    ...reach(l, names),
    ...brokers(l, names),
    ...siloSection(l, names),
    ...findings(l),
    ...recommendations(l, names),
  ];
}

function summary(l: LocalityAudit): string[] {
  const words = scoreWords(l);
  const n = l.network;
  const isolates = n.isolates.length === 0 ? 'no isolates' : plural(n.isolates.length, 'isolate');
  return [
    '### Summary',
    '',
    `**Score: ${l.score} out of 100.**`,
    '',
    `- Role coverage ${percent(l.scoreParts.coverage)}: ${words.coverage}.`,
    `- Role reach ${percent(l.scoreParts.reach)}: ${words.reach}.`,
    `- Structure ${percent(l.scoreParts.structure)}: ${words.structure}.`,
    '',
    `${plural(l.actorCount, 'actor')} and ${plural(l.ties, 'tie')} (density ${fixed(n.density, 3)}); ` +
      `${plural(n.components, 'component')}, ${isolates}; ` +
      `${plural(n.communities.length, 'community', 'communities')} (modularity ${fixed(n.modularity, 2)}), ` +
      `${plural(silos(l).length, 'silo')}. Findings: ${severitySummary(l.findings)}.`,
    '',
  ];
}

/** ` (holds in 94 % of resamples)` before the end of a sentence, or nothing. */
function holds(x: { stability?: number }): string {
  const words = holdsWords(x);
  return words === '' ? '' : ` (${words})`;
}

function stage(l: LocalityAudit, names: Lookup): string[] {
  const { stage, weavers } = l.network;
  if (stage === undefined) return [];
  const out = ['### Stage and weavers', '', md(stageWords(stage)), ''];
  if (weavers === undefined) return out;
  out.push(md(weaversIntro(weavers)), '');
  if (weavers.length === 0) return out;
  for (const w of weavers) out.push(`- **${md(names.actorName(w.actor))}** (id ${md(w.actor)}): ${md(w.reason)}.`);
  out.push('');
  return out;
}

function roles(l: LocalityAudit, names: Lookup): string[] {
  const missing = new Set(l.missingRoles);
  const out = ['### Missing and thin roles', ''];
  const items: string[] = [];
  for (const r of l.roles) {
    if (missing.has(r.role)) {
      items.push(`- **${md(r.label)}**: missing, nobody plays this role (at least ${r.required} needed)${holds(r)}.`);
    } else if (r.status === 'thin') {
      const who = r.actors.map((id) => md(names.actorName(id))).join(', ');
      items.push(
        `- **${md(r.label)}**: thin, ${plural(r.count, 'actor')} (${who}); ${r.recommended} recommended${holds(r)}.`,
      );
    }
  }
  const absent = l.roles.filter((r) => r.status === 'missing' && !missing.has(r.role));
  if (absent.length > 0) {
    items.push(`- Not present, though not required: ${absent.map((r) => md(r.label)).join(', ')}.`);
  }
  if (items.length === 0) {
    out.push('Every role the profile asks for is present, with at least the recommended number of actors.');
  } else out.push(...items);
  out.push('');
  return out;
}

function reach(l: LocalityAudit, names: Lookup): string[] {
  const out = ['### Role reach', ''];
  const failing = failingLinks(l);
  const pair = (link: RoleLink): string =>
    `${escapeMarkdownCell(names.roleLabel(link.roles[0]))} – ${escapeMarkdownCell(names.roleLabel(link.roles[1]))}`;
  if (failing.length === 0) {
    out.push('Every pair of present roles can reach each other within the wanted distance.', '');
  } else {
    out.push(`${plural(failing.length, 'pair')} of roles are too far apart or cannot reach each other:`, '');
    const measured = failing.some((link) => link.stability !== undefined);
    const rows = stableFirst(failing).map((link) => [
      pair(link),
      link.distance === null ? 'no path' : String(link.distance),
      link.max === undefined ? '' : String(link.max),
      link.status,
      ...(measured ? [`${Math.round((link.stability ?? 1) * 100)} %`] : []),
    ]);
    const header = ['Roles', 'Steps', 'Wanted at most', 'Status', ...(measured ? ['Holds in resamples'] : [])];
    out.push(...table(header, rows, measured ? [1, 2, 4] : [1, 2]), '');
  }
  const unmeasured = unmeasuredPairs(l);
  if (unmeasured !== '') out.push(unmeasured, '');
  out.push(...reachMatrix(l), '');
  return out;
}

/** Steps between every two present role groups, numbered columns to stay narrow. */
function reachMatrix(l: LocalityAudit): string[] {
  const present = l.roles.filter((r) => r.count > 0);
  if (present.length < 2) return [];
  const find = linkIndex(l);
  const rows = present.map((row, i) => [
    `${i + 1}. ${escapeMarkdownCell(row.label)}`,
    ...present.map((col, j) => {
      if (i === j) return '·';
      const link = find(row.role, col.role);
      if (link === undefined || link.distance === null) return '–';
      return link.status === 'distant' ? `**${link.distance}**` : String(link.distance);
    }),
  ]);
  const header = ['Steps between roles', ...present.map((_, j) => String(j + 1))];
  return [
    'Steps between the present role groups (fewest ties on a path from one group to the other; **bold**: farther than wanted; –: no path):',
    '',
    ...table(
      header,
      rows,
      present.map((_, j) => j + 1),
    ),
  ];
}

function brokers(l: LocalityAudit, names: Lookup): string[] {
  const out = ['### Brokers', ''];
  if (l.brokerImpact.length === 0) {
    out.push(
      'No single actor’s departure would cut two roles off from each other or lengthen the paths between roles by more than a step or two.',
      '',
    );
    return out;
  }
  out.push(
    'The actors the locality depends on most, ranked by what it would lose if they left: role pairs that could no longer reach each other, then extra steps, then actors cut off.',
    '',
  );
  l.brokerImpact.forEach((b, i) => {
    const a = names.actor(b.actor);
    const who = a === undefined ? md(b.actor) : `**${md(a.name)}** (${md(names.roleLabel(a.role))}; id ${md(a.id)})`;
    out.push(`${i + 1}. ${who}: if they left, ${brokerLoss(b)}. Betweenness ${fixed(b.betweenness, 3)}${holds(b)}.`);
  });
  out.push('');
  return out;
}

function siloSection(l: LocalityAudit, names: Lookup): string[] {
  const out = ['### Silos', ''];
  const communities = l.network.communities;
  const flagged = silos(l);
  const mix = (c: (typeof communities)[number]): string =>
    roleMix(c)
      .map(([role, n]) => `${md(names.roleLabel(role))} ${n}`)
      .join(', ');
  if (flagged.length === 0) {
    out.push(noSilo(communities.length), '');
    return out;
  }
  out.push('Communities (groups more tied among themselves than to the rest) made of too few roles:', '');
  for (const c of stableFirst(flagged)) {
    // The count is the rule's (main and extra roles); the mix lists main roles.
    const extra = c.distinctRoles > roleMix(c).length ? ' by main role, more with extra roles' : '';
    out.push(
      `- Community ${c.id}, ${plural(c.actors.length, 'actor')}, ${plural(c.distinctRoles, 'role')}: ${mix(c)}${extra}${holds(c)}.`,
    );
  }
  const others = communities.filter((c) => !c.silo);
  if (others.length > 0) {
    const list = others.map(
      (c) => `community ${c.id} (${plural(c.actors.length, 'actor')}, ${plural(c.distinctRoles, 'role')})`,
    );
    out.push(`- Mixed: ${list.join('; ')}.`);
  }
  out.push('');
  return out;
}

function findings(l: LocalityAudit): string[] {
  const out = ['### Findings', ''];
  if (l.findings.length === 0) {
    out.push('No rule of the profile fails.', '');
    return out;
  }
  for (const f of findingsInOrder(l.findings)) {
    const words = holdsWords(f);
    out.push(
      `- **${severityLabel(f.severity)}**: ${md(f.message)} (rule ${md(ruleName(f))}${words === '' ? '' : `; ${words}`})`,
    );
  }
  out.push('');
  return out;
}

function recommendations(l: LocalityAudit, names: Lookup): string[] {
  const out = ['### Recommendations', ''];
  if (l.recommendations.length === 0) {
    out.push('Nothing to recommend: no role is missing and no link needs closing.', '');
    return out;
  }
  stableFirst(l.recommendations).forEach((rec, i) => {
    const marker = `${i + 1}.`;
    const indent = ' '.repeat(marker.length + 1);
    const words = holdsWords(rec);
    out.push(
      `${marker} **${text(recommendationTitle(rec, names))}.** ${md(rec.reason)}${words === '' ? '' : ` The advice ${words}.`}`,
    );
    for (const detail of recommendationDetails(rec, names)) out.push(`${indent}${text(detail)}`);
  });
  out.push('');
  return out;
}
