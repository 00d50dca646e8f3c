/**
 * What the Markdown and HTML renderers share: lookups from ids to names and
 * role labels, the comparison between localities, number formats, and
 * sentences built from the report.
 *
 * Sentences that embed user data are built as {@link Segment} lists, so
 * that each renderer escapes the user's part with its own escaper and
 * nothing else.
 */
import type { Severity } from '@muster/core';
import type {
  ActorMetrics,
  AuditMeta,
  AuditReport,
  BrokerImpact,
  Community,
  Finding,
  LocalityAudit,
  Recommendation,
  RoleCoverage,
  RoleLink,
} from '../report.js';
import { list } from '../rules/context.js';

/** A piece of a sentence: our own words, or text from the data (to be escaped). */
export type Segment = string | { user: string };

/** Joins segments, escaping the user's parts with `escapeUser` and ours with `escapeOwn`. */
export function joinSegments(
  segments: readonly Segment[],
  escapeUser: (text: string) => string,
  escapeOwn: (text: string) => string = (text) => text,
): string {
  return segments.map((s) => (typeof s === 'string' ? escapeOwn(s) : escapeUser(s.user))).join('');
}

/** Names and labels of one locality's actors and roles. */
export interface Lookup {
  roleLabel(role: string): string;
  actorName(id: string): string;
  actor(id: string): ActorMetrics | undefined;
  /** The actor's name and, in brackets, its role's label. */
  actorWithRole(id: string): Segment[];
}

/** Builds the lookups of a locality from its `roles` and `actors`. */
export function lookup(locality: LocalityAudit): Lookup {
  const labels = new Map(locality.roles.map((r) => [r.role, r.label]));
  const actors = new Map(locality.actors.map((a) => [a.id, a]));
  const roleLabel = (role: string): string => labels.get(role) ?? role;
  const actorName = (id: string): string => actors.get(id)?.name ?? id;
  return {
    roleLabel,
    actorName,
    actor: (id) => actors.get(id),
    actorWithRole(id) {
      const a = actors.get(id);
      return a === undefined ? [{ user: id }] : [{ user: a.name }, ' (', { user: roleLabel(a.role) }, ')'];
    },
  };
}

/** Severities, most serious first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const SEVERITY_WORDS: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

/** "Error", "Warning", "Note". */
export function severityLabel(severity: Severity): string {
  const word = SEVERITY_WORDS[severity][0];
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Findings per severity. */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "3 errors, 1 warning", or "none". */
export function severitySummary(findings: readonly Finding[]): string {
  const counts = severityCounts(findings);
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => plural(counts[s], ...SEVERITY_WORDS[s]));
  return parts.length === 0 ? 'none' : parts.join(', ');
}

/** How a finding names its rule: the profile's id for it, else its type. */
export function ruleName(finding: Finding): string {
  return finding.ruleId ?? finding.rule;
}

/** Findings, most serious first, otherwise in report order. */
export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return SEVERITIES.flatMap((s) => findings.filter((f) => f.severity === s));
}

/** Roles the profile requires that nobody plays. */
export function missingRoles(locality: LocalityAudit): RoleCoverage[] {
  const missing = new Set(locality.missingRoles);
  return locality.roles.filter((r) => missing.has(r.role));
}

/** Communities flagged as silos. */
export function silos(locality: LocalityAudit): Community[] {
  return locality.network.communities.filter((c) => c.silo);
}

/** The sentence for a locality without silos. */
export function noSilo(communities: number): string {
  if (communities === 0) return 'The network has no communities to compare.';
  if (communities === 1) return 'The network forms a single community, so there is no silo.';
  return `None of the ${communities} communities found in the network is a silo: each mixes enough roles.`;
}

/** Role pairs too far apart or unreachable. */
export function failingLinks(locality: LocalityAudit): RoleLink[] {
  return locality.roleLinks.filter((l) => l.status === 'distant' || l.status === 'disconnected');
}

/** Finds the link between two roles, in either order. */
export function linkIndex(locality: LocalityAudit): (a: string, b: string) => RoleLink | undefined {
  const index = new Map<string, RoleLink>();
  for (const link of locality.roleLinks) {
    index.set(`${link.roles[0]}\u0000${link.roles[1]}`, link);
    index.set(`${link.roles[1]}\u0000${link.roles[0]}`, link);
  }
  return (a, b) => index.get(`${a}\u0000${b}`);
}

/** A community's role mix, largest first (ties in profile order). */
export function roleMix(community: Community): [string, number][] {
  return Object.entries(community.roles)
    .filter(([, n]) => n > 0)
    .map((entry, i) => ({ entry, i }))
    .sort((x, y) => y.entry[1] - x.entry[1] || x.i - y.i)
    .map(({ entry }) => entry);
}

/** One row of the side-by-side comparison. */
export interface ComparisonRow {
  locality: string;
  score: number;
  actors: number;
  ties: number;
  /** Labels of the missing roles. */
  missing: string[];
  findings: Record<Severity, number>;
  silos: number;
  /** The name of the first-ranked broker, if any. */
  topBroker: string | null;
}

/** The comparison between the report's localities, in report order. */
export function comparisonRows(report: AuditReport): ComparisonRow[] {
  return report.localities.map((l) => {
    const names = lookup(l);
    const top = l.brokers[0];
    return {
      locality: l.locality,
      score: l.score,
      actors: l.actorCount,
      ties: l.ties,
      missing: missingRoles(l).map((r) => r.label),
      findings: severityCounts(l.findings),
      silos: silos(l).length,
      topBroker: top === undefined ? null : names.actorName(top),
    };
  });
}

/** A number with `digits` decimals; never "-0.00". */
export function fixed(n: number, digits: number): string {
  const text = n.toFixed(digits);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** A share in 0..1 as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "1 actor", "3 actors". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The structural checks, by rule type, in words. */
const STRUCTURE_CHECKS: readonly [string, string][] = [
  ['communityDiversity', 'silos'],
  ['redundancy', 'single bridges'],
  ['maxContacts', 'contact load'],
  ['representation', 'representation'],
];

/** The three parts of the score in words (no user data). */
export function scoreWords(locality: LocalityAudit): { coverage: string; reach: string; structure: string } {
  const required = locality.roles.filter((r) => r.required > 0);
  const count = (status: RoleCoverage['status']): number => required.filter((r) => r.status === status).length;
  const coverage =
    required.length === 0
      ? 'the profile requires no role'
      : [
          // A thin role is present, with fewer actors than recommended.
          `${count('present') + count('thin')} of ${required.length} required roles present`,
          ...(count('thin') > 0 ? [`${count('thin')} of them thin`] : []),
          ...(count('missing') > 0 ? [`${count('missing')} missing`] : []),
        ].join(', ');
  const ruled = locality.roleLinks.filter((l) => l.max !== undefined);
  const within = ruled.filter((l) => l.distance !== null && l.distance <= l.max!).length;
  const far = ruled.filter((l) => l.status === 'distant').length;
  const cut = ruled.filter((l) => l.status === 'disconnected').length;
  const absent = ruled.filter((l) => l.status === 'absent').length;
  const reach =
    ruled.length === 0
      ? 'no distance rule applies'
      : [
          `${within} of ${ruled.length} role pairs with a distance rule within it`,
          ...(far > 0 ? [`${far} too far apart`] : []),
          ...(cut > 0 ? [`${cut} unreachable`] : []),
          ...(absent > 0 ? [`${absent} not measurable because a role is missing`] : []),
        ].join(', ');
  const failed = STRUCTURE_CHECKS.filter(([type]) => locality.findings.some((f) => f.rule === type)).map(
    ([, words]) => words,
  );
  const structure =
    failed.length === 0
      ? 'no check of silos, single bridges, contact load or representation fails'
      : `the checks of ${list(failed)} fail`;
  return { coverage, reach, structure };
}

/**
 * The role pairs that cannot be measured, in the same terms as the score's
 * reach part (which counts only pairs with a distance rule); empty when none.
 */
export function unmeasuredPairs(locality: LocalityAudit): string {
  const absent = locality.roleLinks.filter((link) => link.status === 'absent');
  if (absent.length === 0) return '';
  const ruled = absent.filter((link) => link.max !== undefined).length;
  const rule =
    ruled === 0
      ? 'none of them has a distance rule'
      : `${ruled === absent.length ? (ruled === 1 ? 'it has' : 'all have') : `${ruled} of them ${ruled === 1 ? 'has' : 'have'}`} a distance rule and ${ruled === 1 ? 'counts' : 'count'} as not within it in the score`;
  return `${plural(absent.length, 'pair')} of roles cannot be measured because a role is missing; ${rule}.`;
}

/** What a locality would lose if the broker left (no user data). */
export function brokerLoss(impact: BrokerImpact): string {
  const parts: string[] = [];
  if (impact.rolePairsCut > 0) {
    parts.push(`${plural(impact.rolePairsCut, 'pair')} of roles could no longer reach each other`);
  }
  if (impact.distanceAdded > 0) {
    parts.push(`paths between role groups would grow by ${plural(impact.distanceAdded, 'step')} in all`);
  }
  if (impact.actorsCut > 0) {
    parts.push(`${plural(impact.actorsCut, 'actor')} would be cut off from the rest`);
  }
  return parts.length === 0 ? 'nothing measurable would be lost' : parts.join('; ');
}

/** The distance between two role groups against the wanted maximum, in words (no user data). */
export function distanceWords(link: RoleLink): string {
  const wanted = link.max === undefined ? '' : ` (at most ${link.max} wanted)`;
  if (link.status === 'absent') return 'a role is missing';
  if (link.distance === null) return `unreachable${wanted}`;
  return `${plural(link.distance, 'step')}${wanted}`;
}

/** How betweenness was computed, in words. */
export function betweennessMethod(meta: AuditMeta): string {
  return meta.betweenness === 'exact'
    ? 'exact betweenness'
    : `betweenness sampled from ${meta.betweenness.pivots} pivots`;
}

/**
 * What pseudonymisation did to the free columns, as segments (column names
 * are the data's own), or `undefined` when the data was not pseudonymised.
 */
export function privacySegments(meta: AuditMeta): Segment[] | undefined {
  if (meta.privacy === undefined) return undefined;
  const replaced = meta.privacy.filter((c) => c.action === 'pseudonymised').length;
  const segments: Segment[] = [
    `Pseudonymised: ids, names, organisations and ${plural(replaced, 'free column')} replaced by keyed pseudonyms`,
  ];
  for (const [i, c] of meta.privacy.filter((d) => d.action !== 'pseudonymised').entries())
    segments.push(i === 0 ? '; ' : ', ', { user: `${c.table}.${c.column}` }, ` ${c.action} (${c.reason})`);
  segments.push('.');
  return segments;
}

/** A short title for a recommendation. */
export function recommendationTitle(rec: Recommendation, names: Lookup): Segment[] {
  switch (rec.kind) {
    case 'recruit':
      return ['Recruit: ', { user: names.roleLabel(rec.role) }];
    case 'introduce':
      return ['Introduce ', ...names.actorWithRole(rec.actors[0]), ' and ', ...names.actorWithRole(rec.actors[1])];
    case 'add-redundancy':
      return [
        'Add a second route between ',
        { user: names.roleLabel(rec.roles[0]) },
        ' and ',
        { user: names.roleLabel(rec.roles[1]) },
      ];
  }
}

/** The details that back a recommendation, beyond its reason (one sentence each). */
export function recommendationDetails(rec: Recommendation, names: Lookup): Segment[][] {
  const list = (items: readonly string[]): Segment[] =>
    items.flatMap((item, i) => [...(i === 0 ? [] : [', ']), { user: item }]);
  switch (rec.kind) {
    case 'recruit': {
      const details: Segment[][] = [];
      if (rec.lendingLocalities.length > 0) {
        details.push(['Could be borrowed from (already tied): ', ...list(rec.lendingLocalities), '.']);
      }
      if (rec.alsoIn.length > 0) details.push(['Also found in: ', ...list(rec.alsoIn), '.']);
      return details;
    }
    case 'introduce': {
      const pairs = rec.closesAll.flatMap((c, i): Segment[] => [
        ...(i === 0 ? [] : ['; ']),
        { user: names.roleLabel(c.roles[0]) },
        ' – ',
        { user: names.roleLabel(c.roles[1]) },
        c.rule === 'maxDistance' ? ' (too far apart)' : ' (single bridge)',
      ]);
      return pairs.length === 0 ? [] : [['Closes: ', ...pairs, '.']];
    }
    case 'add-redundancy': {
      const details: Segment[][] = [['Now carried by ', ...names.actorWithRole(rec.broker), ' alone.']];
      if (rec.actors !== null) {
        details.push([
          'For instance, introduce ',
          { user: names.actorName(rec.actors[0]) },
          ' and ',
          { user: names.actorName(rec.actors[1]) },
          '.',
        ]);
      }
      return details;
    }
  }
}

/** What an audit of recorded ties cannot tell (no user data). */
export const LIMITATIONS: readonly string[] = [
  'The data holds only the ties someone recorded. A working relationship nobody wrote down is invisible here, and one that has ended may still be listed; distances, brokers and silos are only as complete as that record.',
  'A tie says that two actors are in contact, not how useful, trusted or current the contact is.',
  'Each actor counts under the roles the data gives them; the audit cannot tell how well, or whether, someone does that job.',
  'Each locality is audited on its own ties. People it relies on in neighbouring localities count only in the cross-locality totals and the recruitment advice.',
  'Brokers and communities describe positions in the recorded network, not anyone’s performance: a broker is a dependency to plan for, not a judgement of a person.',
  'The score summarises the profile’s rules. A high score means the recorded network meets them, not that the cluster innovates well.',
];
