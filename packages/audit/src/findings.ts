/**
 * The profile's rules, checked on one locality: each rule that fails
 * becomes a finding with a message for people and its evidence as data.
 * Default severities: minCount error; maxDistance, maxContacts,
 * communityDiversity and redundancy warning; representation info.
 */
import { normaliseKey, type Rule, type Severity } from '@muster/core';
import type { LocalityView } from './locality.js';
import { pairKey } from './reach.js';
import { singleBrokers } from './redundancy.js';
import type { Community, Finding, RoleCoverage, RoleLink } from './report.js';

const DEFAULT_SEVERITY: Record<Rule['type'], Severity> = {
  minCount: 'error',
  maxDistance: 'warning',
  maxContacts: 'warning',
  communityDiversity: 'warning',
  redundancy: 'warning',
  representation: 'info',
};

/** A redundancy rule that fails: the pair and the single actors that carry it. */
export interface RedundancyFailure {
  roles: [number, number];
  brokers: number[];
}

/** Findings, plus what recommendations need to know. */
export interface RuleResults {
  findings: Finding[];
  redundancyFailures: RedundancyFailure[];
  /**
   * One score in 0..1 per structural check evaluated (maxContacts: share of
   * the role within the limit; communityDiversity: share of actors outside
   * silos; redundancy: 1 or 0; representation: share of reference values
   * within tolerance). The audit score averages them.
   */
  structure: number[];
}

function finding(rule: Rule, message: string, data: Record<string, unknown>): Finding {
  const found: Finding = { rule: rule.type, severity: rule.severity ?? DEFAULT_SEVERITY[rule.type], message, data };
  if (rule.id !== undefined) found.ruleId = rule.id;
  return found;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Checks every rule of the profile on one locality. */
export function checkRules(
  view: LocalityView,
  coverage: RoleCoverage[],
  links: RoleLink[],
  communities: Community[],
): RuleResults {
  const findings: Finding[] = [];
  const redundancyFailures: RedundancyFailure[] = [];
  const structure: number[] = [];
  const label = (r: number): string => view.profile.roles[r]!.label;
  const roleOf = (id: string): number => view.roleIndex.get(id)!;
  const linkByKey = new Map(links.map((link) => [pairKey(roleOf(link.roles[0]), roleOf(link.roles[1])), link]));
  const where = view.locality;
  const keyOf = (roles: [string, string]): string => pairKey(roleOf(roles[0]), roleOf(roles[1]));
  const named = new Set(
    view.profile.rules.flatMap((rule) =>
      rule.type === 'maxDistance' && !rule.roles.includes('*') && rule.roles[0] !== rule.roles[1]
        ? [keyOf(rule.roles)]
        : [],
    ),
  );

  for (const rule of view.profile.rules) {
    switch (rule.type) {
      case 'minCount': {
        const c = coverage[roleOf(rule.role)]!;
        if (c.count < rule.min) {
          findings.push(
            finding(
              rule,
              c.count === 0
                ? `${where} has no ${c.label.toLowerCase()} (at least ${rule.min} needed).`
                : `${where} has ${c.count} of ${c.label.toLowerCase()} where at least ${rule.min} are needed.`,
              { role: rule.role, count: c.count, min: rule.min },
            ),
          );
        }
        break;
      }
      case 'maxDistance': {
        // A wildcard rule checks every pair of present roles that no rule names explicitly.
        const pairs = rule.roles.includes('*')
          ? links.filter((l) => l.status !== 'absent' && pairMatches(rule.roles, l.roles) && !named.has(keyOf(l.roles)))
          : [linkByKey.get(pairKey(roleOf(rule.roles[0]), roleOf(rule.roles[1])))!].filter((l) => l !== undefined);
        for (const link of pairs) {
          if (link.status === 'absent') continue;
          if (link.distance !== null && link.distance <= rule.max) continue;
          const [a, b] = link.roles.map((r) => view.profile.roles[roleOf(r)]!.label.toLowerCase());
          findings.push(
            finding(
              rule,
              link.distance === null
                ? `In ${where}, ${a} and ${b} cannot reach each other at all (they should be within ${rule.max} steps).`
                : `In ${where}, ${a} and ${b} are ${link.distance} steps apart (at most ${rule.max} wanted).`,
              { roles: link.roles, distance: link.distance, max: rule.max },
            ),
          );
        }
        break;
      }
      case 'maxContacts': {
        const from = new Set(rule.from.map(roleOf));
        const r = roleOf(rule.role);
        const over: { actor: string; contacts: number }[] = [];
        for (const node of view.members[r]!) {
          const contacts = countContacts(view, node, from);
          if (contacts > rule.max) over.push({ actor: view.actors[node]!.id, contacts });
        }
        const size = view.members[r]!.length;
        if (size > 0) structure.push(1 - over.length / size);
        if (over.length > 0) {
          over.sort((x, y) => y.contacts - x.contacts || (x.actor < y.actor ? -1 : 1));
          findings.push(
            finding(
              rule,
              `In ${where}, ${over.length} ${label(r).toLowerCase()} deal with more than ${rule.max} different ${list(rule.from.map((f) => view.profile.roles[roleOf(f)]!.label.toLowerCase()))} (up to ${over[0]!.contacts}).`,
              { role: rule.role, from: rule.from, max: rule.max, actors: over },
            ),
          );
        }
        break;
      }
      case 'communityDiversity': {
        const silos = communities.filter((c) => c.actors.length >= 3 && c.distinctRoles < rule.minRoles);
        const inSilos = silos.reduce((sum, c) => sum + c.actors.length, 0);
        if (view.actors.length > 0) structure.push(1 - inSilos / view.actors.length);
        if (silos.length > 0) {
          findings.push(
            finding(
              rule,
              `${where} has ${silos.length} ${silos.length === 1 ? 'community' : 'communities'} made of fewer than ${rule.minRoles} roles: ${silos
                .map(
                  (c) =>
                    `${c.actors.length} actors of ${list(Object.keys(c.roles).map((r) => label(roleOf(r)).toLowerCase()))}`,
                )
                .join('; ')}.`,
              {
                minRoles: rule.minRoles,
                communities: silos.map((c) => ({ id: c.id, actors: c.actors.length, roles: c.roles })),
              },
            ),
          );
        }
        break;
      }
      case 'redundancy': {
        const a = roleOf(rule.roles[0]);
        const b = roleOf(rule.roles[1]);
        if (view.members[a]!.length === 0 || view.members[b]!.length === 0) break;
        const link = linkByKey.get(pairKey(a, b));
        const brokers = singleBrokers(view, view.members[a]!, view.members[b]!);
        structure.push(link?.status !== 'disconnected' && brokers.length === 0 ? 1 : 0);
        if (link?.status === 'disconnected') {
          findings.push(
            finding(
              rule,
              `In ${where}, ${label(a).toLowerCase()} and ${label(b).toLowerCase()} are not joined at all.`,
              {
                roles: rule.roles,
                brokers: [],
                connected: false,
              },
            ),
          );
        } else if (brokers.length > 0) {
          const names = brokers.map((node) => `${view.actors[node]!.name} (${view.actors[node]!.id})`);
          redundancyFailures.push({ roles: [a, b], brokers });
          findings.push(
            finding(
              rule,
              `In ${where}, every link between ${label(a).toLowerCase()} and ${label(b).toLowerCase()} runs through ${list(names)}.`,
              { roles: rule.roles, brokers: brokers.map((node) => view.actors[node]!.id), connected: true },
            ),
          );
        }
        break;
      }
      case 'representation': {
        const result = representation(view, rule.attribute, rule.reference, rule.tolerance);
        if (result !== null) structure.push(1 - result.off.length / Math.max(1, Object.keys(rule.reference).length));
        if (result === null) {
          findings.push(
            finding(
              rule,
              `No actor in ${where} has a value for '${rule.attribute}', so representation cannot be checked.`,
              {
                attribute: rule.attribute,
                known: 0,
              },
            ),
          );
        } else if (result.off.length > 0) {
          findings.push(
            finding(
              rule,
              `In ${where}, the shares of '${rule.attribute}' differ from the reference: ${result.off
                .map((o) => `${o.value} ${pct(o.share)} (reference ${pct(o.reference)})`)
                .join(', ')}.`,
              { attribute: rule.attribute, known: result.known, shares: result.shares, tolerance: rule.tolerance },
            ),
          );
        }
        break;
      }
    }
  }
  return { findings, redundancyFailures, structure };
}

function pairMatches(rolesRule: [string, string], pair: [string, string]): boolean {
  const [x, y] = rolesRule;
  const fits = (p: string, q: string): boolean => (x === '*' || x === p) && (y === '*' || y === q);
  return fits(pair[0], pair[1]) || fits(pair[1], pair[0]);
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function countContacts(view: LocalityView, node: number, from: Set<number>): number {
  let count = 0;
  const { offsets, neighbours } = view.graph;
  for (let k = offsets[node]!, end = offsets[node + 1]!; k < end; k++) {
    const v = neighbours[k]!;
    const actor = view.actors[v]!;
    if (from.has(view.primary[v]!) || actor.roles.some((r) => from.has(view.roleIndex.get(r) ?? -1))) count++;
  }
  return count;
}

/** Shares of an attribute's values among actors that have one; values compared case-insensitively. */
function representation(
  view: LocalityView,
  attribute: string,
  reference: Record<string, number>,
  tolerance: number,
): {
  known: number;
  shares: Record<string, number>;
  off: { value: string; share: number; reference: number }[];
} | null {
  const counts = new Map<string, number>();
  let known = 0;
  const key = normaliseKey(attribute);
  for (const actor of view.actors) {
    const entry = Object.entries(actor.attributes).find(([k]) => normaliseKey(k) === key);
    if (entry === undefined) continue;
    const value = normaliseKey(String(entry[1]));
    counts.set(value, (counts.get(value) ?? 0) + 1);
    known++;
  }
  if (known === 0) return null;
  const shares: Record<string, number> = {};
  const off: { value: string; share: number; reference: number }[] = [];
  for (const [value, expected] of Object.entries(reference)) {
    const share = (counts.get(normaliseKey(value)) ?? 0) / known;
    shares[value] = share;
    if (Math.abs(share - expected) > tolerance) off.push({ value, share, reference: expected });
  }
  return { known, shares, off };
}
