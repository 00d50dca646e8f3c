/**
 * `auditCluster`: the cluster gap audit of REPORT.md. Each locality is
 * audited on the subgraph induced by its actors; ties between localities
 * appear only in `crossLocality` and in recruitment advice.
 */
import {
  MusterInputError,
  closestName,
  defaultProfile,
  type Dataset,
  type InputIssue,
  type Profile,
} from '@muster/core';
import { actorMeasures, actorMetrics, autoBetweenness, type ActorMeasures, type BetweennessMode } from './actors.js';
import { findBrokers } from './brokers.js';
import { localitiesOf, localityView, type LocalityView } from './locality.js';
import { localityGaps, type LocalityGaps } from './gaps.js';
import type { RegionFacts } from './recommend.js';
import type { AuditReport, CrossLocalityTies, LocalityAudit, StabilityMeta } from './report.js';
import { score, scoreParts } from './score.js';
import { localClustering } from './stage/measures.js';
import { networkStage } from './stage/stage.js';
import { findWeavers } from './stage/weavers.js';
import { respondents } from './stability/resample.js';
import {
  applyStability,
  checkStability,
  countHolds,
  localityResamples,
  type StabilityOptions,
} from './stability/stability.js';

/** The version written into reports' metadata. */
export const AUDIT_GENERATOR = 'muster-audit 0.1.0';

/**
 * Defaults of {@link auditCluster}'s options: the seed of Louvain and of
 * sampled betweenness, and how betweenness is computed (`auto`: exact up to
 * `EXACT_BETWEENNESS_LIMIT` actors in a locality, `DEFAULT_PIVOTS` seeded
 * pivots above).
 */
export const AUDIT_DEFAULTS = { seed: 1, betweenness: 'auto' } as const satisfies Required<
  Pick<AuditOptions, 'seed' | 'betweenness'>
>;

/** Options of {@link auditCluster}. */
export interface AuditOptions {
  /** The profile to audit against; default: the dataset's own, else the default profile. */
  profile?: Profile;
  /** Audit only these localities (in this order); default: every locality, in order of first appearance. */
  localities?: readonly string[];
  /** Seed for Louvain and sampled betweenness; default {@link AUDIT_DEFAULTS}.seed (1). */
  seed?: number;
  /**
   * `auto` (default, {@link AUDIT_DEFAULTS}.betweenness): exact betweenness
   * up to 5,000 actors in a locality, 1,000 seeded pivots above; `exact`; or
   * a number of pivots.
   */
  betweenness?: 'auto' | 'exact' | { pivots: number };
  /**
   * Measure how stable each finding is: re-audit each locality on this many
   * seeded resamples with actors (or non-respondents' ties) dropped
   * (docs/audit.md, "Stability"). Off by default.
   */
  stability?: StabilityOptions;
}

/** Audits every (or each given) locality of a dataset against a profile. */
export function auditCluster(dataset: Dataset, options: AuditOptions = {}): AuditReport {
  const plan = planAudit(dataset, options);
  const views = plan.localities.map((planned) => localityView(planned.dataset, plan.profile, planned.locality));
  const audits = plan.localities.map((planned, i) => auditLocality(plan, planned, { view: views[i]! }));
  if (plan.stability !== undefined) {
    const meta = plan.stability;
    audits.forEach((audit, i) => {
      const work = localityResamples(views[i]!, audit, plan.region, plan.seed, plan.answered);
      applyStability(audit, countHolds(views[i]!, work, meta, 0, meta.resamples), meta.resamples);
    });
  }
  return assembleReport(plan, audits);
}

/**
 * One locality of an {@link AuditPlan}: its actors and the ties among them,
 * and how its betweenness is computed.
 *
 * @internal
 */
export interface PlannedLocality {
  locality: string;
  dataset: Dataset;
  mode: BetweennessMode;
}

/**
 * What {@link auditCluster} settles before auditing any locality. The
 * parallel audit of `@muster/audit/node` runs the same steps with
 * betweenness computed on worker threads.
 *
 * @internal
 */
export interface AuditPlan {
  profile: Profile;
  seed: number;
  localities: PlannedLocality[];
  region: RegionFacts;
  /** How stability is measured, when it is. */
  stability?: StabilityMeta;
  /** Ids of the actors who responded, when the dataset has a `responded` column. */
  answered?: Set<string>;
}

/** The issue for a locality asked for that no actor is in: the same input error `traceIdea` gives for an unknown idea. */
function unknownLocality(locality: string, all: readonly string[]): InputIssue {
  const match = closestName(locality, all);
  return {
    code: 'locality-unknown',
    file: 'options',
    field: 'localities',
    value: locality,
    message: `no actor is in the locality '${locality}'`,
    hint: match === undefined ? `the localities are ${all.join(', ')}` : `did you mean '${match}'?`,
  };
}

/** @internal The first step of {@link auditCluster}: check the options and split the dataset by locality. */
export function planAudit(dataset: Dataset, options: AuditOptions = {}): AuditPlan {
  const profile = options.profile ?? dataset.profile ?? defaultProfile();
  const seed = options.seed ?? AUDIT_DEFAULTS.seed;
  const all = localitiesOf(dataset);
  const chosen = options.localities ?? all;
  const unknown = chosen.filter((locality) => !all.includes(locality));
  if (unknown.length > 0) throw new MusterInputError(unknown.map((locality) => unknownLocality(locality, all)));
  const { parts, region } = partition(dataset);
  const betweenness = options.betweenness ?? AUDIT_DEFAULTS.betweenness;
  const localities = chosen.map((locality) => {
    const part = parts.get(locality)!;
    const mode = betweenness === 'auto' ? autoBetweenness(part.actors.length) : betweenness;
    return { locality, dataset: part, mode };
  });
  const plan: AuditPlan = { profile, seed, localities, region };
  if (options.stability !== undefined) {
    const answered = respondents(dataset.actors);
    plan.stability = checkStability(options.stability, seed, answered !== undefined);
    if (answered !== undefined) plan.answered = answered;
  }
  return plan;
}

/** @internal The last step of {@link auditCluster}: the report from each locality's audit, in plan order. */
export function assembleReport(plan: AuditPlan, localities: LocalityAudit[]): AuditReport {
  const sampled = plan.localities.map((l) => l.mode).find((m) => m !== 'exact');
  return {
    schemaVersion: 1,
    profile: plan.profile.id,
    profileLabel: plan.profile.label,
    meta: {
      seed: plan.seed,
      generator: AUDIT_GENERATOR,
      betweenness: sampled === undefined ? 'exact' : sampled,
      ...(plan.stability === undefined ? {} : { stability: plan.stability }),
    },
    localities,
    crossLocality: { ties: crossLocalityTies(plan.region) },
  };
}

/**
 * The audit of one planned locality. `precomputed` may give its view and
 * its betweenness (as `actorMetrics` would compute them for the planned
 * mode), which are then used as they are.
 *
 * @internal
 */
export function auditLocality(
  plan: AuditPlan,
  planned: PlannedLocality,
  precomputed: { view?: LocalityView; betweenness?: Float64Array } = {},
): LocalityAudit {
  return finishLocality(plan, planned, startLocality(plan, planned, precomputed.view), precomputed.betweenness);
}

/**
 * What a locality's audit computes before it needs betweenness.
 *
 * @internal
 */
export interface LocalityStart extends LocalityGaps {
  view: LocalityView;
  measures: ActorMeasures;
}

/**
 * The first half of {@link auditLocality}: everything that does not depend on
 * betweenness, so that it can run while betweenness is on worker threads.
 *
 * @internal
 */
export function startLocality(plan: AuditPlan, planned: PlannedLocality, view?: LocalityView): LocalityStart {
  const { profile, region, seed } = plan;
  const { dataset, locality } = planned;
  view ??= localityView(dataset, profile, locality);
  const gaps = localityGaps(view, seed, region);
  const local = localClustering(view.graph);
  gaps.summary.stage = networkStage(view, seed, local, gaps.parts);
  gaps.summary.weavers = findWeavers(view, gaps.community, local);
  return { ...gaps, view, measures: actorMeasures(dataset, view) };
}

/**
 * The second half of {@link auditLocality}: betweenness (unless given, as
 * `actorMetrics` would compute it), the actors' measures and the brokers.
 *
 * @internal
 */
export function finishLocality(
  plan: AuditPlan,
  planned: PlannedLocality,
  start: LocalityStart,
  betweenness?: Float64Array,
): LocalityAudit {
  const { view, coverage, distances, links, summary, community, rules, measures } = start;
  const { metrics, betweenness: between } = actorMetrics(
    planned.dataset,
    view,
    community,
    planned.mode,
    plan.seed,
    betweenness,
    measures,
  );
  const brokerImpact = findBrokers(view, between, distances);
  const parts = scoreParts(coverage, links, rules.structure);
  return {
    locality: planned.locality,
    actorCount: view.actors.length,
    ties: view.tieCount,
    score: score(parts),
    scoreParts: parts,
    roles: coverage,
    missingRoles: coverage.filter((c) => c.status === 'missing' && c.required > 0).map((c) => c.role),
    roleLinks: links,
    findings: rules.findings,
    network: summary,
    actors: metrics,
    brokers: brokerImpact.map((b) => b.actor),
    brokerImpact,
    recommendations: start.recommendations,
  };
}

/**
 * One pass over the dataset: each locality's actors and the ties among them
 * (in dataset order), so the per-locality views never scan the whole
 * dataset; and the region's facts for recruitment advice — the roles present
 * in each locality and the ties between localities.
 */
function partition(dataset: Dataset): { parts: Map<string, Dataset>; region: RegionFacts } {
  const parts = new Map<string, Dataset>();
  const rolesByLocality = new Map<string, Set<string>>();
  const localityOf = new Map<string, string>();
  for (const actor of dataset.actors) {
    localityOf.set(actor.id, actor.locality);
    let part = parts.get(actor.locality);
    if (part === undefined) {
      parts.set(actor.locality, (part = { actors: [], ties: [], ideas: [], adoptions: [], mentions: [] }));
      rolesByLocality.set(actor.locality, new Set());
    }
    part.actors.push(actor);
    const roles = rolesByLocality.get(actor.locality)!;
    roles.add(actor.role);
    for (const r of actor.roles) roles.add(r);
  }
  const crossTies = new Map<string, number>();
  for (const tie of dataset.ties) {
    const a = localityOf.get(tie.source)!;
    const b = localityOf.get(tie.target)!;
    if (a === b) {
      parts.get(a)!.ties.push(tie);
      continue;
    }
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    crossTies.set(key, (crossTies.get(key) ?? 0) + 1);
  }
  return { parts, region: { rolesByLocality, crossTies } };
}

function crossLocalityTies(region: RegionFacts): CrossLocalityTies[] {
  return [...region.crossTies]
    .map(([key, ties]) => ({ localities: key.split('\u0000') as [string, string], ties }))
    .sort((x, y) => (x.localities.join('\u0000') < y.localities.join('\u0000') ? -1 : 1));
}
