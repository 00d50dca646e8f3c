/**
 * The flow report (REPORT.md, "Flow report contract", schema version 1):
 * how one idea travelled through the cluster (observed) and how it would
 * travel (simulated). Fields may be added; none may be renamed.
 */

/** How an adopter came to the idea. */
export type AdoptionVia = 'recorded' | 'inferred' | 'independent';

/** One adoption, in adoption order (date, then actor id). */
export interface AdoptionStep {
  actor: string;
  /** As written in the dataset (ISO date, or a whole-number step as a string). */
  date: string;
  /** Whom they had it from: recorded, or inferred as the latest earlier-adopting flow-tie neighbour; null when independent. */
  source: string | null;
  via: AdoptionVia;
  /** Share of the actor's flow-tie neighbours who adopted strictly earlier; null for an actor with no flow ties. */
  exposure: number | null;
  /** The adopter category by adoption time (Rogers). */
  category: AdopterCategory;
}

/** Rogers' adopter categories, by the share of adopters who adopted earlier. */
export type AdopterCategory = 'innovator' | 'early-adopter' | 'early-majority' | 'late-majority' | 'laggard';

/** The cumulative adoption curve, one point per distinct date. */
export interface CurvePoint {
  date: string;
  cumulative: number;
}

/** When a role first took up the idea, and how many of it did. */
export interface RoleReach {
  role: string;
  /** The first adoption date by an actor of the role; null if none adopted. */
  first: string | null;
  adopters: number;
  /** Actors of the role in the dataset. */
  actors: number;
  /** Adopters of the role per adopter category. */
  categories: Record<AdopterCategory, number>;
}

/** When a locality first took up the idea. */
export interface LocalityReach {
  locality: string;
  first: string | null;
  adopters: number;
  actors: number;
}

/** A transmission that crossed from one locality to another. */
export interface Crossing {
  from: string;
  to: string;
  source: string;
  actor: string;
  date: string;
}

/** An actor who passed the idea on. */
export interface Relay {
  actor: string;
  /** Adopters whose source they are. */
  passedOn: number;
  /** Adopters downstream of them in the transmission tree. */
  downstream: number;
}

/** Adoptions in one period, against those still at risk: the discrete-time hazard. */
export interface HazardPoint {
  date: string;
  adopted: number;
  atRisk: number;
  hazard: number;
}

/** An idea's life cycle from its mentions. */
export interface LifeCycle {
  status: 'emerging' | 'peaking' | 'declining' | 'dormant' | 'unknown';
  first: string | null;
  peak: string | null;
  last: string | null;
  total: number;
  series: { date: string; count: number }[];
}

/** Expected numbers from a simulation, with a 95% confidence interval. */
export interface Estimate {
  expected: number;
  ci95: [number, number];
}

/** Simulation results for a group of actors (a role or a locality). */
export interface GroupOutcome {
  /** Expected adopters in the group. */
  expected: number;
  /** Probability that at least one actor of the group adopts (within `steps`, if set). */
  pReach: number;
  /** 95% interval of pReach (Wilson). */
  pReachCi95: [number, number];
}

/** What the simulation was run with. */
export interface SimulationSettings {
  model: 'ic' | 'lt';
  runs: number;
  seed: number;
  /** Transmission probability per tie (IC), when global. */
  p?: number;
  /** How per-tie probabilities were set: a global `p`, or from tie weights. */
  probability: 'global' | 'weight';
  /** Time steps simulated; null for until nothing changes. */
  steps: number | null;
  /** The actors the idea starts from. */
  from: string[];
  /** Tie kinds that carry ideas. */
  kinds: string[];
}

/** A Monte Carlo simulation of the idea's spread (REPORT.md: `simulation`). */
export interface SimulationReport extends SimulationSettings {
  expectedReach: number;
  ci95: [number, number];
  byRole: Record<string, GroupOutcome>;
  byLocality: Record<string, GroupOutcome>;
}

/** The change a what-if makes to the simulation, run on the same random numbers. */
export interface WhatIfReport {
  change: { addTies: [string, string][]; removeActors: string[] };
  /** Why this change is judged, e.g. the audit recommendation it comes from. */
  reason?: string;
  expectedReach: number;
  ci95: [number, number];
  /** New minus old, paired over runs, with its 95% interval. */
  difference: Estimate;
  byRole: Record<string, GroupOutcome & { difference: number }>;
}

/** Seeds chosen to maximise expected reach (CELF). */
export interface SeedsReport {
  k: number;
  seeds: { actor: string; expectedReach: number; gain: number }[];
  /** Roles the seeds were required to reach, if any. */
  mustReach: string[];
  /** With `mustReach`: per required role, the share of runs in which the chosen seeds reach it. */
  mustReachChance?: Record<string, number>;
  /** With `mustReach`: the seeds chosen for reach alone, without the requirement, to show what it changed. */
  withoutMustReach?: { actor: string; expectedReach: number; gain: number }[];
}

/** The whole flow report of one idea. */
export interface FlowReport {
  schemaVersion: 1;
  idea: string;
  title: string;
  adopters: number;
  adoptions: AdoptionStep[];
  curve: CurvePoint[];
  roles: RoleReach[];
  localities: LocalityReach[];
  crossings: Crossing[];
  relays: Relay[];
  hazard: HazardPoint[];
  lifeCycle: LifeCycle;
  simulation?: SimulationReport;
  whatIf?: WhatIfReport[];
  seeds?: SeedsReport;
}
