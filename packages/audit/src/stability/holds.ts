/**
 * What "still holds" means in a resample, for each thing the audit says
 * about a locality (docs/audit.md, "Stability"):
 *
 * - a finding: the resample's audit has a finding of the same rule about
 *   the same subject (`findingKey`);
 * - a missing role: still missing; a thin role: still thin or missing;
 * - a failing role pair: still not connected within its limit (distant,
 *   disconnected, or one role gone);
 * - a broker: still among the listed brokers;
 * - a silo: some silo of the resample shares at least half of its members
 *   with what is left of it (Jaccard ≥ 0.5);
 * - a recommendation: the same advice still stands — recruit the same role,
 *   introduce across the same role pair, relieve the same sole broker.
 */
import { findingKey } from '../diff.js';
import { findBrokers } from '../brokers.js';
import { localityGaps } from '../gaps.js';
import type { LocalityView } from '../locality.js';
import type { RegionFacts } from '../recommend.js';
import type { LocalityAudit, Recommendation, RoleLink } from '../report.js';

/** One thing the audit says that a resample may confirm or not (plain data: it goes to worker threads). */
export type StabilityItem =
  | { kind: 'finding'; key: string }
  | { kind: 'role'; role: string; status: 'missing' | 'thin' }
  | { kind: 'link'; roles: [string, string] }
  | { kind: 'broker'; actor: string }
  | { kind: 'silo'; actors: string[] }
  | { kind: 'recommendation'; key: string };

/** What a resample's audit needs from the full audit besides the view. */
export interface HoldsContext {
  seed: number;
  region: RegionFacts;
  /** Ids of the actors the full audit tested as brokers, and every actor's betweenness there. */
  candidates: string[];
  betweenness: Record<string, number>;
}

/** Advice, without the names it suggests: what "the same advice" compares. */
export function recommendationKey(rec: Recommendation): string {
  if (rec.kind === 'recruit') return `recruit:${rec.role}`;
  if (rec.kind === 'introduce') return `introduce:${rec.closes.join('|')}`;
  return `add-redundancy:${rec.roles.join('|')}:${rec.broker}`;
}

const linkKey = (roles: readonly string[]): string => [...roles].sort().join('|');

/** A role pair that fails: too far apart or unreachable. */
export const failing = (link: RoleLink): boolean => link.status === 'distant' || link.status === 'disconnected';

/** The things of a locality's audit whose stability is measured, in report order. */
export function stabilityItems(audit: LocalityAudit): StabilityItem[] {
  return [
    ...audit.findings.map((f): StabilityItem => ({ kind: 'finding', key: findingKey(f) })),
    ...audit.roles.flatMap((r): StabilityItem[] =>
      r.status === 'present' ? [] : [{ kind: 'role', role: r.role, status: r.status }],
    ),
    ...audit.roleLinks.filter(failing).map((l): StabilityItem => ({ kind: 'link', roles: l.roles })),
    ...audit.brokerImpact.map((b): StabilityItem => ({ kind: 'broker', actor: b.actor })),
    ...audit.network.communities.flatMap((c): StabilityItem[] => (c.silo ? [{ kind: 'silo', actors: c.actors }] : [])),
    ...audit.recommendations.map((r): StabilityItem => ({ kind: 'recommendation', key: recommendationKey(r) })),
  ];
}

function jaccard(a: ReadonlySet<string>, b: readonly string[]): number {
  let both = 0;
  for (const x of b) if (a.has(x)) both++;
  return both / (a.size + b.length - both);
}

/** Audits one resample (without the per-actor measures) and says, item by item, whether it holds (1) or not (0). */
export function resampleHolds(view: LocalityView, items: readonly StabilityItem[], context: HoldsContext): Uint8Array {
  const { coverage, distances, links, summary, rules, recommendations } = localityGaps(
    view,
    context.seed,
    context.region,
  );
  const between = Float64Array.from(view.actors, (a) => context.betweenness[a.id] ?? 0);
  const tested = context.candidates.flatMap((id) => {
    const node = view.graph.index.get(id);
    return node === undefined ? [] : [node];
  });
  const brokers = new Set(findBrokers(view, between, distances, tested).map((b) => b.actor));
  const advice = new Set(recommendations.map(recommendationKey));
  const findings = new Set(rules.findings.map(findingKey));
  const status = new Map(coverage.map((c) => [c.role, c.status]));
  const openLinks = new Set(links.filter((l) => l.status !== 'connected').map((l) => linkKey(l.roles)));
  const silos = summary.communities.filter((c) => c.silo).map((c) => c.actors);
  const present = view.graph.index;

  return Uint8Array.from(items, (item): number => {
    switch (item.kind) {
      case 'finding':
        return findings.has(item.key) ? 1 : 0;
      case 'role': {
        const now = status.get(item.role);
        return now === 'missing' || (item.status === 'thin' && now === 'thin') ? 1 : 0;
      }
      case 'link':
        return openLinks.has(linkKey(item.roles)) ? 1 : 0;
      case 'broker':
        return brokers.has(item.actor) ? 1 : 0;
      case 'silo': {
        const left = new Set(item.actors.filter((id) => present.has(id)));
        return left.size >= 3 && silos.some((s) => jaccard(left, s) >= 0.5) ? 1 : 0;
      }
      case 'recommendation':
        return advice.has(item.key) ? 1 : 0;
    }
  });
}
