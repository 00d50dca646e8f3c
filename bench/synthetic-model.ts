/**
 * The parameters of the synthetic cluster model (see synthetic.ts): role
 * and tie-kind shares, activity and bridging by role, the options with
 * their defaults and limits, the shape of the result, and locality names.
 */

import { defaultProfile } from '@muster/core';
import { mix32 } from './synthetic-draw.js';

/** Role ids of the default `public-service-innovation` profile, in index order. */
export const SYNTHETIC_ROLE_IDS: readonly string[] = defaultProfile().roles.map((role) => role.id);

/** Share of each role (same order as {@link SYNTHETIC_ROLE_IDS}); sums to 1. */
export const SYNTHETIC_ROLE_SHARES: readonly number[] = [
  0.06, // politician
  0.12, // senior-official
  0.18, // stakeholder-group
  0.3, // service-user
  0.1, // researcher
  0.08, // service-designer
  0.08, // social-entrepreneur
  0.04, // investor
  0.04, // change-expert
];

/** How many ties an actor of each role tends to have, relative to the others. */
export const ROLE_ACTIVITY = [1.5, 1.6, 1.2, 0.6, 1.0, 1.3, 1.2, 1.1, 1.4];

/** How strongly each role is drawn to ties that leave its community. */
export const ROLE_BRIDGING = [1.6, 2.0, 1.0, 0.4, 1.6, 1.3, 1.0, 1.6, 2.0];

/** Rare roles a locality may lack entirely, with the odds of each being the one. */
export const LACKABLE_ROLES = [7, 8, 6, 5]; // investor, change-expert, social-entrepreneur, service-designer
export const LACKABLE_ODDS = [0.4, 0.35, 0.15, 0.1];

/** Tie kinds of the default vocabulary, in index order. */
export const SYNTHETIC_KIND_NAMES: readonly string[] = [
  'collaboration',
  'information',
  'advice',
  'funding',
  'governance',
];

/** Share of each tie kind between two actors of no special role. */
export const BASE_KIND_SHARES = [0.45, 0.3, 0.17, 0.02, 0.06];

/** Weight distributions (weights 1..5) for ties inside and across communities. */
export const WEIGHT_SHARES_INSIDE = [0.2, 0.25, 0.25, 0.18, 0.12];
export const WEIGHT_SHARES_ACROSS = [0.45, 0.28, 0.15, 0.08, 0.04];

/** Share of a community's members drawn from its favoured role rather than the locality's mix. */
export const ROLE_HOMOPHILY = 0.3;

/** No block (community, locality, or all cross-locality pairs) is filled beyond this density. */
export const MAX_BLOCK_DENSITY = 0.75;

export const SYNTHETIC_LIMITS = {
  minActors: 100,
  maxActors: 1_000_000,
  maxTies: 100_000_000,
  maxLocalities: 65_535,
  defaultMaxLocalities: 1_000,
} as const;

export interface SyntheticClusterOptions {
  /** Number of actors, 100 to 1,000,000. */
  actors: number;
  /** Number of ties; default 10 × actors. At most half the possible pairs. */
  ties?: number;
  /** Seed of the random stream; default 1. */
  seed?: number;
  /** Number of localities; default round(actors / 700), at least 1 and at most 1,000. */
  localities?: number;
  /** Mean planted community size; default 40. */
  communitySize?: number;
  /** Share of ties that leave their community (including those across localities); default 0.1. */
  mixing?: number;
  /** Share of ties across localities; default 0.01, at most `mixing`. */
  crossLocality?: number;
  /**
   * Spread (σ of the log-normal factor) of actors' activity; default 0.6.
   * 0 gives the classic planted partition, with every actor of a block
   * equally likely to be an endpoint whatever its role.
   */
  degreeSpread?: number;
}

export interface SyntheticCluster {
  /** The options after defaults were applied. */
  options: Required<SyntheticClusterOptions>;
  actorCount: number;
  tieCount: number;
  communityCount: number;
  /** Role ids; `actorRole` indexes into this. */
  roleIds: string[];
  /** Locality names; `actorLocality` indexes into this. */
  localityNames: string[];
  /** Tie kind names; `tieKind` indexes into this. */
  kindNames: string[];
  actorRole: Uint8Array;
  actorLocality: Uint16Array;
  /** Planted community of each actor, 0..communityCount-1; communities never span localities. */
  actorCommunity: Int32Array;
  /** For each locality, the index of the role it was built to lack, or -1. */
  localityLacks: Int8Array;
  tieSource: Int32Array;
  tieTarget: Int32Array;
  tieKind: Uint8Array;
  /** Tie weights, whole numbers 1..5. */
  tieWeight: Uint8Array;
}

function checkInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}; got ${value}`);
  }
}

function checkShare(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new RangeError(`${name} must be a share between 0 and 1; got ${value}`);
  }
}

/** The options with defaults applied and checked. */
export function resolveSyntheticOptions(options: SyntheticClusterOptions): Required<SyntheticClusterOptions> {
  const actors = options.actors;
  checkInteger('actors', actors, SYNTHETIC_LIMITS.minActors, SYNTHETIC_LIMITS.maxActors);
  const maxTies = Math.min(SYNTHETIC_LIMITS.maxTies, Math.floor((actors * (actors - 1)) / 4));
  const ties = options.ties ?? Math.min(10 * actors, maxTies);
  checkInteger('ties', ties, 0, maxTies);
  const seed = options.seed ?? 1;
  checkInteger('seed', seed, -(2 ** 31), 2 ** 32 - 1);
  const maxLocalities = Math.min(SYNTHETIC_LIMITS.maxLocalities, Math.floor(actors / 10));
  const localities =
    options.localities ??
    Math.min(SYNTHETIC_LIMITS.defaultMaxLocalities, maxLocalities, Math.max(1, Math.round(actors / 700)));
  checkInteger('localities', localities, 1, maxLocalities);
  const communitySize = options.communitySize ?? 40;
  if (!Number.isFinite(communitySize) || communitySize < 3 || communitySize > actors) {
    throw new RangeError(`communitySize must be from 3 to the number of actors; got ${communitySize}`);
  }
  const mixing = options.mixing ?? 0.1;
  checkShare('mixing', mixing);
  const crossLocality = options.crossLocality ?? Math.min(0.01, mixing);
  checkShare('crossLocality', crossLocality);
  if (crossLocality > mixing) {
    throw new RangeError(
      `crossLocality (${crossLocality}) cannot exceed mixing (${mixing}): ties across localities also leave their community`,
    );
  }
  const degreeSpread = options.degreeSpread ?? 0.6;
  if (!Number.isFinite(degreeSpread) || degreeSpread < 0 || degreeSpread > 3) {
    throw new RangeError(`degreeSpread must be from 0 to 3; got ${degreeSpread}`);
  }
  return { actors, ties, seed, localities, communitySize, mixing, crossLocality, degreeSpread };
}

/** Cumulative kind shares for every ordered pair of roles (role × role × kind). */
export function kindTable(): Float64Array {
  const nRoles = SYNTHETIC_ROLE_IDS.length;
  const nKinds = SYNTHETIC_KIND_NAMES.length;
  const isRole = (r: number, ...ids: string[]): boolean => ids.includes(SYNTHETIC_ROLE_IDS[r]!);
  const table = new Float64Array(nRoles * nRoles * nKinds);
  for (let a = 0; a < nRoles; a++) {
    for (let b = 0; b < nRoles; b++) {
      const shares = [...BASE_KIND_SHARES];
      const either = (...ids: string[]): boolean => isRole(a, ...ids) || isRole(b, ...ids);
      if (either('investor'))
        shares[3] = 0.4; // funding
      else if (either('social-entrepreneur', 'stakeholder-group')) shares[3] = 0.06;
      if (either('politician', 'senior-official')) shares[4] = 0.25; // governance
      if (either('researcher', 'change-expert')) shares[2] = 0.3; // advice
      if (isRole(a, 'service-user') && isRole(b, 'service-user')) shares[1] = 0.45; // information
      let sum = 0;
      for (let k = 0; k < nKinds; k++) {
        sum += shares[k]!;
        table[(a * nRoles + b) * nKinds + k] = sum;
      }
    }
  }
  return table;
}

// prettier-ignore
const SYLLABLES_FIRST = [
  'Ash', 'Bal', 'Bel', 'Brae', 'Carr', 'Clay', 'Cold', 'Dun', 'East', 'Elm',
  'Fair', 'Fern', 'Glen', 'Gran', 'Hal', 'Hart', 'Holm', 'Inver', 'Kil', 'Kirk',
  'Lang', 'Lin', 'Mill', 'Mor', 'New', 'North', 'Oak', 'Pen', 'Red', 'Ross',
  'Sand', 'South', 'Stan', 'Strath', 'Thorn', 'Upper', 'Wes', 'Whit', 'Wood', 'Yar',
];
// prettier-ignore
const SYLLABLES_LAST = [
  'ton', 'bury', 'field', 'ford', 'ham', 'ley', 'mouth', 'wick', 'by', 'dale',
  'gate', 'haven', 'stead', 'well', 'brook', 'side', 'burn', 'hill', 'moor', 'port',
  'holme', 'worth', 'mere', 'cross', 'vale',
];

/** Unique locality names from syllables, in a seed-dependent order. */
export function makeLocalityNames(count: number, seed: number): string[] {
  const first = SYLLABLES_FIRST.length;
  const total = first * SYLLABLES_LAST.length;
  const offset = mix32(seed ^ 0x10ca1) % total;
  // A stride coprime with `total` (= 1000 = 2^3·5^3) visits every combination once.
  let stride = (mix32(seed ^ 0x57a1de) % total) | 1;
  while (stride % 5 === 0) stride += 2;
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const k = (offset + (i % total) * stride) % total;
    const base = SYLLABLES_FIRST[k % first]! + SYLLABLES_LAST[Math.floor(k / first)]!;
    const round = Math.floor(i / total);
    names.push(round === 0 ? base : `${base} ${round + 1}`);
  }
  return names;
}
