/**
 * The audit report (REPORT.md, schema version 1): plain JSON data that
 * scripts rely on. Fields may be added; none may be renamed. Every renderer
 * (Markdown, CSV, HTML) reads this and nothing else.
 */
import type { ColumnDecision, Severity } from '@muster/core';

/** The whole report: one entry per audited locality. */
export interface AuditReport {
  schemaVersion: 1;
  /** The profile's id. */
  profile: string;
  /** The profile's label, for renderers. */
  profileLabel: string;
  /** How the numbers were made, so that they can be made again. */
  meta: AuditMeta;
  localities: LocalityAudit[];
  crossLocality: { ties: CrossLocalityTies[] };
}

/** Reproducibility: the seed and the methods that depend on size. */
export interface AuditMeta {
  seed: number;
  generator: string;
  /** `exact`, or pivot-sampled with the number of pivots per locality. */
  betweenness: 'exact' | { pivots: number };
  /** When the dataset was pseudonymised before the audit: what was done to each free column, and why. */
  privacy?: ColumnDecision[];
  /** When stability was measured: how the resamples were drawn. */
  stability?: StabilityMeta;
}

/** How the stability resamples were drawn (docs/audit.md, "Stability"). */
export interface StabilityMeta {
  resamples: number;
  /** Probability of a drop in each resample. */
  missing: number;
  seed: number;
  /** What is dropped: actors, or (when actors have a `responded` value) the ties of non-respondents. */
  drops: 'actors' | 'non-respondent-ties';
}

/** Ties between two localities (each pair once, names in sorted order). */
export interface CrossLocalityTies {
  localities: [string, string];
  ties: number;
}

/** The status of a role in a locality. */
export type RoleStatus = 'missing' | 'thin' | 'present';

/** How many actors play a role, against what the profile requires. */
export interface RoleCoverage {
  role: string;
  label: string;
  /** The role's colour (`#rrggbb`), from core's palette or the profile: the map and the report draw it alike. */
  color: string;
  count: number;
  /** The profile's minimum (0 when no rule asks for the role). */
  required: number;
  /** Below this count a present role is thin. */
  recommended: number;
  status: RoleStatus;
  /** Actor ids, sorted. */
  actors: string[];
  /** Share of the stability resamples in which this still holds (only when the audit measured stability). */
  stability?: number;
}

/** The status of a link between two role groups. */
export type RoleLinkStatus = 'connected' | 'distant' | 'disconnected' | 'absent';

/** Two role groups: how many ties join them and how far apart they are. */
export interface RoleLink {
  roles: [string, string];
  /** Ties (merged, each pair of actors once) with one end in each group. */
  ties: number;
  /** Fewest ties on a path from one group to the other; null when unreachable or a role is missing. */
  distance: number | null;
  /** The strictest maxDistance rule covering the pair, if any. */
  max?: number;
  status: RoleLinkStatus;
  /** Share of the stability resamples in which this still holds (only when the audit measured stability). */
  stability?: number;
}

/** A rule that fails, in words and in data. */
export interface Finding {
  /** The rule's type (`minCount`, `maxDistance`, …). */
  rule: string;
  /** The rule's own id, when the profile gives one. */
  ruleId?: string;
  severity: Severity;
  message: string;
  data: Record<string, unknown>;
  /** Share of the stability resamples in which this still holds (only when the audit measured stability). */
  stability?: number;
}

/** A Louvain community and the roles in it. */
export interface Community {
  id: number;
  actors: string[];
  /** Actors per primary role, in profile order. */
  roles: Record<string, number>;
  /** Distinct roles among its actors, main and extra, as the communityDiversity rule counts them. */
  distinctRoles: number;
  /** Fewer distinct roles than the profile's communityDiversity rule asks. */
  silo: boolean;
  /** Share of the stability resamples in which this still holds (only when the audit measured stability). */
  stability?: number;
}

/** Network-wide measures of a locality. */
export interface NetworkSummary {
  density: number;
  components: number;
  isolates: string[];
  modularity: number;
  communities: Community[];
  /** Krackhardt–Stern E-I index by attribute; null when no tie joins two actors with known values. */
  eiIndex: { role: number | null; organisation: number | null; sector: number | null };
  /** Ties between primary roles, in profile order (symmetric; the diagonal counts ties within a role). */
  roleMixing: { roles: string[]; ties: number[][] };
  /** The network's stage (docs/audit.md, "The network's stage"). */
  stage?: NetworkStage;
  /** Actors who both close triads and bridge communities, with why. */
  weavers?: Weaver[];
}

/** The stages of a community network, in the order network weavers expect them to develop. */
export type StageId = 'scattered' | 'hub-and-spoke' | 'multi-hub' | 'core-periphery';

/** A network's stage and the values it was decided from (rounded to 3 decimals). */
export interface NetworkStage {
  id: StageId;
  evidence: {
    components: number;
    largestComponentShare: number;
    /** Freeman degree centralisation. */
    centralisation: number;
    /** Actor ids of the hubs, highest degree first. */
    hubs: string[];
    /** The degree a hub needs. */
    hubMinDegree: number;
    /** Borgatti–Everett core–periphery fit (a correlation), and the best core's actor ids. */
    coreFit: number;
    core: string[];
    /** Mean local clustering, and that of a random graph with the same degrees. */
    clustering: number;
    clusteringRandom: number;
    /** Mean shortest-path length in the largest component, and in the random graph. */
    pathLength: number;
    pathLengthRandom: number;
    /** (clustering / random) / (path length / random); above 1 is a small world. Null when undefined. */
    smallWorld: number | null;
  };
}

/** An actor who both closes triads and bridges communities. */
export interface Weaver {
  actor: string;
  /** Local clustering. */
  clustering: number;
  /** Communities besides their own that they have ties into. */
  communities: number;
  reason: string;
}

/** Gould–Fernandez brokerage counts. */
export interface BrokerageCounts {
  coordinator: number;
  itinerant: number;
  gatekeeper: number;
  representative: number;
  liaison: number;
}

/** One actor's measures. */
export interface ActorMetrics {
  id: string;
  name: string;
  role: string;
  degree: number;
  betweenness: number;
  constraint: number | null;
  effectiveSize: number | null;
  community: number;
  brokerage: BrokerageCounts;
}

/** What the locality would lose if a broker left. */
export interface BrokerImpact {
  actor: string;
  /** Pairs of present roles that could reach each other and no longer could. */
  rolePairsCut: number;
  /** Added steps over role pairs that stay reachable. */
  distanceAdded: number;
  /** Actors cut off from the largest component. */
  actorsCut: number;
  betweenness: number;
  /** Share of the stability resamples in which this still holds (only when the audit measured stability). */
  stability?: number;
}

/** What to do next, with its reason in data. */
export type Recommendation = RecommendationKind & {
  /** Share of the stability resamples in which the same advice stands (only when stability was measured). */
  stability?: number;
};

/** The kinds of recommendation. */
export type RecommendationKind =
  | {
      kind: 'recruit';
      role: string;
      /** Localities that have the role and ties into this one, most ties first. */
      lendingLocalities: string[];
      /** Other localities that have the role, without ties into this one. */
      alsoIn: string[];
      reason: string;
    }
  | {
      kind: 'introduce';
      actors: [string, string];
      /** The first role pair it closes (REPORT.md). */
      closes: [string, string];
      /** Every role pair it closes, maxDistance and redundancy alike. */
      closesAll: { roles: [string, string]; rule: 'maxDistance' | 'redundancy' }[];
      reason: string;
    }
  | {
      kind: 'add-redundancy';
      roles: [string, string];
      broker: string;
      actors: [string, string] | null;
      reason: string;
    };

/** The audit of one locality. */
export interface LocalityAudit {
  locality: string;
  /**
   * How many actors the locality has. REPORT.md's example shows `actors`
   * twice (a count, then the list); a JSON object keeps only the last, so
   * `actors` is the list and the count is here.
   */
  actorCount: number;
  /** Ties among the locality's actors (as in the dataset, before merging). */
  ties: number;
  score: number;
  /** The parts of the score, each 0..1 (docs/audit.md). */
  scoreParts: { coverage: number; reach: number; structure: number };
  roles: RoleCoverage[];
  missingRoles: string[];
  roleLinks: RoleLink[];
  findings: Finding[];
  network: NetworkSummary;
  actors: ActorMetrics[];
  brokers: string[];
  brokerImpact: BrokerImpact[];
  recommendations: Recommendation[];
}
