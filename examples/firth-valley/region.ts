/**
 * Firth Valley: the fictional city region behind this example. The shapes
 * shared by the generator (roles, localities, actors, ties), the three
 * localities, and the few ties between them. Every person and organisation
 * here is invented.
 */
import { hollinwell } from './hollinwell.js';
import { kelderbridge } from './kelderbridge.js';
import { saltcote } from './saltcote.js';

export type RoleId =
  | 'politician'
  | 'senior-official'
  | 'stakeholder-group'
  | 'service-user'
  | 'researcher'
  | 'service-designer'
  | 'social-entrepreneur'
  | 'investor'
  | 'change-expert';

export type Sector = 'public' | 'private' | 'voluntary' | 'academic' | 'community';
export type TieKind = 'collaboration' | 'information' | 'advice' | 'funding' | 'governance';
export type Gender = 'female' | 'male' | 'non-binary';

/** A block of people in one organisation with one role. */
export interface Slot {
  org: string;
  sector: Sector;
  role: RoleId;
  /** One title per person; cycled when `count` is larger. */
  titles: string[];
  count?: number;
  /** Siloed localities: the cluster these people belong to. */
  group?: string;
  /** Row index in the slot → the role as a person typed it (an alias or spelling variant). */
  written?: Record<number, string>;
  /** Row index in the slot → extra roles that person also holds. */
  also?: Record<number, RoleId[]>;
}

/** A slot, one per line in the locality files: its role, sector, organisation and titles, then any other field. */
export function slot(
  role: RoleId,
  sector: Sector,
  org: string,
  titles: string[],
  rest: Omit<Slot, 'role' | 'sector' | 'org' | 'titles'> = {},
): Slot {
  return { org, sector, role, titles, ...rest };
}

/** A tie fixed by hand, naming both ends by job title. */
export interface FixedTie {
  from: string;
  to: string;
  kind: TieKind;
}

export interface LocalitySpec {
  name: string;
  prefix: string;
  /** `mixed`: workstreams that each hold every role; `siloed`: one cluster per slot group. */
  shape: 'mixed' | 'siloed';
  /** Workstream names for a mixed locality. */
  groups: string[];
  pIn: number;
  pOut: number;
  slots: Slot[];
  /** Siloed localities: the only ties between clusters. */
  bridges: FixedTie[];
}

/** One person as generated. */
export interface Actor {
  id: string;
  name: string;
  role: RoleId;
  /** The role as written in the sheet: the id, or an alias or spelling variant of it. */
  written: string;
  extra: RoleId[];
  title: string;
  organisation: string;
  sector: Sector;
  locality: string;
  prefix: string;
  gender: Gender;
  /** Workstream (mixed localities) or cluster (siloed ones); not written out. */
  group: string;
}

export interface Tie {
  source: string;
  target: string;
  kind: TieKind;
  weight: number;
  directed: boolean;
  date: string;
}

export const REGION = 'Firth Valley';
export const LOCALITIES: LocalitySpec[] = [kelderbridge, hollinwell, saltcote];

/** The few ties between localities: Kelderbridge lends Hollinwell the roles it lacks. */
export const CROSS_TIES: { from: [string, string]; to: [string, string]; kind: TieKind }[] = [
  { from: ['kb', 'Design Director'], to: ['hw', 'Director of Communities'], kind: 'collaboration' },
  { from: ['kb', 'Senior Service Designer'], to: ['hw', 'Network Coordinator'], kind: 'collaboration' },
  { from: ['kb', 'Fund Director'], to: ['hw', 'Founder'], kind: 'funding' },
  { from: ['kb', 'Investment Manager'], to: ['hw', 'Director'], kind: 'advice' },
  { from: ['kb', 'Managing Partner'], to: ['hw', 'Chief Executive'], kind: 'advice' },
  { from: ['kb', 'Professor of Public Management'], to: ['hw', 'Community Research Fellow'], kind: 'information' },
  { from: ['kb', 'Director of Public Health'], to: ['sc', 'Locality Director, Saltcote'], kind: 'information' },
];
