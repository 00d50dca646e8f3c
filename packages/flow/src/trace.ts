/**
 * `traceIdea`: the flow report of one idea (REPORT.md, flow contract):
 * the observed cascade, and on request a Monte Carlo simulation of how it
 * would spread, what-ifs (an introduction, an actor leaving) and the seeds
 * that would spread it furthest.
 */
import {
  DEFAULT_FLOW_KINDS,
  MusterInputError,
  defaultProfile,
  didYouMean,
  type CompactGraph,
  type Dataset,
  type Profile,
} from '@muster/core';
import { lifeCycle } from './lifecycle.js';
import { hazardRate } from './hazard.js';
import { flowGraph, localityReach, roleReach, traceCascade } from './observed.js';
import type { FlowReport, GroupOutcome, SeedsReport, SimulationReport, WhatIfReport } from './report.js';
import {
  meanCi95,
  pairedDifference,
  probabilitiesFromWeights,
  selectSeeds,
  spread,
  wilson95,
  type SpreadGroups,
  type SpreadOptions,
  type SpreadResult,
} from './simulate/index.js';

/**
 * Defaults of {@link traceIdea}'s options. `kinds` applies when neither the
 * options nor the profile (`flowKinds`) give the tie kinds that carry ideas;
 * `simulate` holds the defaults of {@link SimulationOptions}.
 */
export const TRACE_DEFAULTS = {
  kinds: DEFAULT_FLOW_KINDS,
  simulate: { model: 'ic', p: 0.05, probability: 'global', runs: 1000, seed: 1 },
} as const satisfies {
  kinds: readonly string[];
  simulate: Required<Pick<SimulationOptions, 'model' | 'p' | 'probability' | 'runs' | 'seed'>>;
};

/** How to simulate the idea's spread. */
export interface SimulationOptions {
  /** Independent cascade (`ic`, the default) or linear threshold (`lt`). */
  model?: 'ic' | 'lt';
  /** Transmission probability per tie, in (0, 1]; default {@link TRACE_DEFAULTS} (0.05). */
  p?: number;
  /** `global`: every tie has `p`; `weight`: a tie of weight w counts as w contacts, 1 − (1 − p)^w. Default {@link TRACE_DEFAULTS} (global). */
  probability?: 'global' | 'weight';
  /** Monte Carlo runs; default {@link TRACE_DEFAULTS} (1,000). */
  runs?: number;
  /** Steps to simulate; default: until nothing changes. */
  steps?: number;
  /** Seed; default {@link TRACE_DEFAULTS} (1). */
  seed?: number;
  /** Actors the idea starts from; default the idea's origin, else its first adopters. */
  from?: string[];
  /** Called as runs complete, for progress bars. */
  onProgress?: (runsDone: number, runs: number) => void;
}

/** A change to judge: ties added (introductions) and actors who leave. */
export interface WhatIf {
  addTies?: [string, string][];
  removeActors?: string[];
  /** Why it is judged (carried into the report). */
  reason?: string;
}

/** The part of an audit report (`@muster/audit`) that {@link introductionWhatIfs} reads. */
export interface RecommendingAudit {
  localities: readonly {
    locality: string;
    /** An `introduce` recommendation's `actors` is the pair to introduce. */
    recommendations: readonly { kind: string; actors?: unknown; reason: string }[];
  }[];
}

/**
 * Each introduction an audit recommends, as a what-if: the tie it would add,
 * with the locality and the audit's reason (what `muster flow
 * --what-if-introductions` and the studio judge).
 */
export function introductionWhatIfs(audit: RecommendingAudit): WhatIf[] {
  return audit.localities.flatMap((locality) =>
    locality.recommendations
      .filter((rec) => rec.kind === 'introduce')
      .map((rec) => ({ addTies: [rec.actors as [string, string]], reason: `${locality.locality}: ${rec.reason}` })),
  );
}

/** Options of {@link traceIdea}. */
export interface TraceOptions {
  /** The profile (roles reported); default: the dataset's own, else the default. */
  profile?: Profile;
  /** Tie kinds that carry ideas; default the profile's `flowKinds`, else {@link TRACE_DEFAULTS}.kinds (collaboration, information, advice). */
  kinds?: readonly string[];
  /** Simulate the spread (needed for `whatIf` and `seeds`). */
  simulate?: SimulationOptions;
  /** Changes to judge against the simulation. */
  whatIf?: WhatIf[];
  /** Choose this many seeds that maximise expected reach, optionally required to reach some roles. */
  seeds?: { k: number; mustReach?: string[] };
}

function refuse(
  code: 'idea-unknown' | 'actor-unknown' | 'value-invalid',
  value: string,
  message: string,
  hint?: string,
): MusterInputError {
  return new MusterInputError([{ code, file: 'options', value, message, ...(hint === undefined ? {} : { hint }) }]);
}

/** Traces one idea through the dataset. Throws a MusterInputError for an unknown idea or actor, or a bad setting. */
export function traceIdea(dataset: Dataset, ideaId: string, options: TraceOptions = {}): FlowReport {
  const idea = dataset.ideas.find((i) => i.id === ideaId);
  if (idea === undefined) {
    const ids = dataset.ideas.map((i) => i.id);
    throw refuse(
      'idea-unknown',
      ideaId,
      `there is no idea '${ideaId}'`,
      didYouMean(ideaId, ids) ?? `the ideas are ${ids.join(', ') || 'none'}`,
    );
  }
  const profile = options.profile ?? dataset.profile ?? defaultProfile();
  const kinds = [...(options.kinds ?? profile.flowKinds ?? TRACE_DEFAULTS.kinds)];
  const graph = flowGraph(dataset, kinds);
  const cascade = traceCascade(dataset, ideaId, graph);
  const roles = profile.roles.map((r) => r.id);
  const report: FlowReport = {
    schemaVersion: 1,
    idea: ideaId,
    title: idea.title,
    adopters: cascade.steps.length,
    adoptions: cascade.steps,
    curve: cascade.curve,
    roles: roleReach(dataset, roles, cascade.steps),
    localities: localityReach(dataset, cascade.steps),
    crossings: cascade.crossings,
    relays: cascade.relays,
    hazard: hazardRate(cascade.steps, dataset.actors.length),
    lifeCycle: lifeCycle(dataset.mentions, ideaId),
  };
  if (options.simulate === undefined) {
    if (options.whatIf !== undefined || options.seeds !== undefined) {
      throw refuse('value-invalid', 'simulate', 'what-ifs and seeds need a simulation', 'pass simulate options too');
    }
    return report;
  }
  const sim = simulationSetup(
    dataset,
    graph,
    roles,
    options.simulate,
    kinds,
    idea.origin,
    cascade.steps.filter((s) => s.date === cascade.steps[0]?.date).map((s) => s.actor),
  );
  const base = spread(graph, sim.spreadOptions);
  report.simulation = simulationReport(sim, base, roles);
  if (options.whatIf !== undefined)
    report.whatIf = options.whatIf.map((change) => whatIf(graph, sim, base, roles, change));
  if (options.seeds !== undefined) report.seeds = seedsReport(graph, sim, roles, options.seeds);
  return report;
}

interface Setup {
  settings: Omit<SimulationReport, 'expectedReach' | 'ci95' | 'byRole' | 'byLocality'>;
  spreadOptions: SpreadOptions;
  localities: string[];
}

function simulationSetup(
  dataset: Dataset,
  graph: CompactGraph,
  roles: string[],
  options: SimulationOptions,
  kinds: string[],
  origin: string | undefined,
  firstAdopters: string[],
): Setup {
  const defaults = TRACE_DEFAULTS.simulate;
  const model = options.model ?? defaults.model;
  const p = options.p ?? defaults.p;
  if (!(p > 0 && p <= 1))
    throw refuse(
      'value-invalid',
      String(p),
      `the transmission probability ${p} is not in (0, 1]`,
      'use a probability such as 0.05',
    );
  const runs = options.runs ?? defaults.runs;
  if (!Number.isInteger(runs) || runs < 1)
    throw refuse('value-invalid', String(runs), `${runs} is not a number of runs`, 'use a whole number such as 1000');
  if (options.steps !== undefined && (!Number.isInteger(options.steps) || options.steps < 0)) {
    throw refuse('value-invalid', String(options.steps), `${options.steps} is not a number of steps`);
  }
  const from = options.from ?? (origin !== undefined ? [origin] : firstAdopters);
  if (from.length === 0)
    throw refuse(
      'value-invalid',
      '',
      'the idea has no origin and no adopters to start from',
      'give the actors it starts from',
    );
  const seeds = from.map((id) => nodeOf(graph, id));
  const probability = options.probability ?? defaults.probability;
  const roleIndex = new Map(roles.map((r, i) => [r, i]));
  const localities = [...new Set(dataset.actors.map((a) => a.locality))];
  const localityIndex = new Map(localities.map((l, i) => [l, i]));
  const roleOf = new Int32Array(graph.ids.length);
  const localityOf = new Int32Array(graph.ids.length);
  for (const actor of dataset.actors) {
    const v = graph.index.get(actor.id)!;
    roleOf[v] = roleIndex.get(actor.role) ?? -1;
    localityOf[v] = localityIndex.get(actor.locality)!;
  }
  const groups: SpreadGroups[] = [
    { membership: roleOf, count: roles.length },
    { membership: localityOf, count: localities.length },
  ];
  const seed = options.seed ?? defaults.seed;
  const spreadOptions: SpreadOptions = { model, seeds, runs, seed, groups };
  if (options.onProgress !== undefined) spreadOptions.onProgress = options.onProgress;
  if (options.steps !== undefined) spreadOptions.steps = options.steps;
  if (model === 'ic') {
    if (probability === 'weight') spreadOptions.probabilities = probabilitiesFromWeights(graph, p);
    else spreadOptions.p = p;
  }
  const settings: Setup['settings'] = { model, runs, seed, probability, steps: options.steps ?? null, from, kinds };
  if (model === 'ic') settings.p = p;
  return { settings, spreadOptions, localities };
}

function nodeOf(graph: CompactGraph, id: string): number {
  const v = graph.index.get(id);
  if (v === undefined) throw refuse('actor-unknown', id, `there is no actor '${id}'`, didYouMean(id, graph.ids));
  return v;
}

function outcomes(result: SpreadResult, entry: number, names: string[]): Record<string, GroupOutcome> {
  const out: Record<string, GroupOutcome> = {};
  names.forEach((name, g) => {
    const reached = result.groupReached[entry]![g]!;
    out[name] = {
      expected: result.groupAdopters[entry]![g]! / result.runs,
      pReach: reached / result.runs,
      pReachCi95: wilson95(reached, result.runs),
    };
  });
  return out;
}

function simulationReport(setup: Setup, result: SpreadResult, roles: string[]): SimulationReport {
  const reach = meanCi95(result.reach);
  return {
    ...setup.settings,
    expectedReach: reach.mean,
    ci95: reach.ci95,
    byRole: outcomes(result, 0, roles),
    byLocality: outcomes(result, 1, setup.localities),
  };
}

function whatIf(graph: CompactGraph, setup: Setup, base: SpreadResult, roles: string[], change: WhatIf): WhatIfReport {
  const addTies = change.addTies ?? [];
  const removeActors = change.removeActors ?? [];
  const options: SpreadOptions = {
    ...setup.spreadOptions,
    extraTies: addTies.map(([a, b]) => [nodeOf(graph, a), nodeOf(graph, b)] as const),
    removed: removeActors.map((id) => nodeOf(graph, id)),
  };
  const result = spread(graph, options);
  const reach = meanCi95(result.reach);
  const difference = pairedDifference(result.reach, base.reach);
  const before = outcomes(base, 0, roles);
  const after = outcomes(result, 0, roles);
  const byRole: WhatIfReport['byRole'] = {};
  for (const role of roles)
    byRole[role] = { ...after[role]!, difference: after[role]!.expected - before[role]!.expected };
  return {
    change: { addTies, removeActors },
    ...(change.reason === undefined ? {} : { reason: change.reason }),
    expectedReach: reach.mean,
    ci95: reach.ci95,
    difference: { expected: difference.mean, ci95: difference.ci95 },
    byRole,
  };
}

function seedsReport(
  graph: CompactGraph,
  setup: Setup,
  roles: string[],
  request: { k: number; mustReach?: string[] },
): SeedsReport {
  const mustReach = request.mustReach ?? [];
  const roleIndex = new Map(roles.map((r, i) => [r, i]));
  for (const role of mustReach) {
    if (!roleIndex.has(role))
      throw refuse('value-invalid', role, `'${role}' is not a role of the profile`, didYouMean(role, roles));
  }
  const { groups, seeds: _start, onProgress: _progress, ...rest } = setup.spreadOptions;
  const select = (required: readonly string[]) =>
    selectSeeds(graph, {
      ...rest,
      k: request.k,
      ...(required.length === 0
        ? {}
        : { mustReach: { membership: groups![0]!.membership, groups: required.map((r) => roleIndex.get(r)!) } }),
    });
  const listed = (chosen: ReturnType<typeof selectSeeds>): SeedsReport['seeds'] =>
    chosen.seeds.map((v, i) => ({
      actor: graph.ids[v]!,
      expectedReach: chosen.expectedReach[i]!,
      gain: chosen.gains[i]!,
    }));
  const chosen = select(mustReach);
  const report: SeedsReport = { k: request.k, seeds: listed(chosen), mustReach };
  if (mustReach.length > 0) {
    // What the requirement did: how often the required roles are reached, and the seeds chosen without it.
    const last = chosen.pReach?.[chosen.pReach.length - 1];
    const required = [...new Set(mustReach)];
    report.mustReachChance = Object.fromEntries(required.map((role, i) => [role, last?.[i] ?? 0]));
    report.withoutMustReach = listed(select([]));
  }
  return report;
}
