/**
 * The stability of a locality's audit: how many of `resamples` seeded
 * resamples (resample.ts) still show each finding, missing or thin role,
 * failing role pair, broker, silo and recommendation (holds.ts). The
 * resamples reuse the locality's view; nothing is read again. Counts are
 * whole numbers summed over resamples, so the result does not depend on
 * which thread audited which resample.
 */
import { MusterInputError, type InputIssue } from '@muster/core';
import { topBetweenness } from '../brokers.js';
import type { LocalityView } from '../locality.js';
import type { RegionFacts } from '../recommend.js';
import type { LocalityAudit, StabilityMeta } from '../report.js';
import { failing, resampleHolds, stabilityItems, type HoldsContext, type StabilityItem } from './holds.js';
import { answeredNodes, resampleView } from './resample.js';

/** Options of the stability analysis (`auditCluster(ds, { stability })`). */
export interface StabilityOptions {
  /** How many resamples: a whole number from 1 to 100,000. */
  resamples: number;
  /** Probability that an actor (or, with a `responded` column, a non-respondent's tie) is dropped; in [0, 1); default 0.2. */
  missing?: number;
  /** Seed of the resamples; default: the audit's seed. */
  seed?: number;
}

/** The default share dropped in each resample. */
export const DEFAULT_MISSING = 0.2;
/** The most resamples asked for at once. */
export const MAX_RESAMPLES = 100_000;

function optionIssue(field: string, value: unknown, message: string, hint: string): InputIssue {
  return { code: 'value-invalid', file: 'options', field, value: String(value), message, hint };
}

/** Checks the options; throws a located input error naming each bad one. */
export function checkStability(options: StabilityOptions, auditSeed: number, answered: boolean): StabilityMeta {
  const issues: InputIssue[] = [];
  const { resamples, missing = DEFAULT_MISSING, seed = auditSeed } = options;
  if (!Number.isInteger(resamples) || resamples < 1 || resamples > MAX_RESAMPLES)
    issues.push(
      optionIssue('stability', resamples, 'the number of resamples must be a positive whole number', 'try 200'),
    );
  if (typeof missing !== 'number' || !(missing >= 0 && missing < 1))
    issues.push(
      optionIssue('missing', missing, 'the share missing must be at least 0 and less than 1', 'try 0.2 (a fifth)'),
    );
  if (!Number.isInteger(seed) || seed < 0)
    issues.push(optionIssue('seed', seed, 'the seed must be a whole number ≥ 0', 'try 1'));
  if (issues.length > 0) throw new MusterInputError(issues);
  return { resamples, missing, seed, drops: answered ? 'non-respondent-ties' : 'actors' };
}

/** Everything a thread needs to audit resamples of one locality (plain data but for the view). */
export interface LocalityResamples {
  items: StabilityItem[];
  context: HoldsContext;
  /** Which nodes responded, when the dataset says. */
  answered?: Uint8Array;
}

/** The resample work of one locality, from its full audit. */
export function localityResamples(
  view: LocalityView,
  audit: LocalityAudit,
  region: RegionFacts,
  seed: number,
  answered: Set<string> | undefined,
): LocalityResamples {
  const betweenness: Record<string, number> = {};
  for (const a of audit.actors) if (a.betweenness > 0) betweenness[a.id] = a.betweenness;
  const candidates = topBetweenness(audit.actors.map((a) => a.betweenness)).map((i) => audit.actors[i]!.id);
  return {
    items: stabilityItems(audit),
    context: { seed, region, candidates, betweenness },
    ...(answered === undefined ? {} : { answered: answeredNodes(view, answered) }),
  };
}

/** How many of resamples `from` ≤ r < `to` confirm each item. */
export function countHolds(
  view: LocalityView,
  work: LocalityResamples,
  meta: StabilityMeta,
  from: number,
  to: number,
): Int32Array {
  const counts = new Int32Array(work.items.length);
  for (let r = from; r < to; r++) {
    const sample = resampleView(view, { seed: meta.seed, resample: r, missing: meta.missing }, work.answered);
    const holds = resampleHolds(sample, work.items, work.context);
    for (let i = 0; i < holds.length; i++) counts[i]! += holds[i]!;
  }
  return counts;
}

/** Writes each item's share of resamples into the audit, in the order `stabilityItems` listed them. */
export function applyStability(audit: LocalityAudit, counts: Int32Array, resamples: number): void {
  const shares = Array.from(counts, (c) => c / resamples);
  let i = 0;
  for (const f of audit.findings) f.stability = shares[i++]!;
  for (const r of audit.roles) if (r.status !== 'present') r.stability = shares[i++]!;
  for (const l of audit.roleLinks) if (failing(l)) l.stability = shares[i++]!;
  for (const b of audit.brokerImpact) b.stability = shares[i++]!;
  for (const c of audit.network.communities) if (c.silo) c.stability = shares[i++]!;
  for (const r of audit.recommendations) r.stability = shares[i++]!;
}
