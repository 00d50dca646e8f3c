/**
 * Seeded synthetic clusters for benchmarks.
 *
 * The model is a planted partition — the simplest stochastic block model
 * (Holland, Laskey & Leinhardt 1983) — nested in localities, with a degree
 * correction in the manner of Karrer & Newman (2011):
 *
 * - actors are split into localities of uneven size, and each locality into
 *   planted communities (mean size `communitySize`, log-normal spread);
 * - a share `1 - mixing` of the ties joins two members of one community, a
 *   share `mixing - crossLocality` joins two communities of one locality, and
 *   a share `crossLocality` joins two localities; the ties of each community
 *   are in proportion to its number of pairs, as in the planted partition,
 *   so every community has about the same density;
 * - within those blocks an endpoint is chosen in proportion to the actor's
 *   activity (a role level times a log-normal factor), and ties that leave a
 *   community favour the roles that usually broker (officials, change experts,
 *   researchers, investors);
 * - roles follow the proportions of a public-service innovation cluster, with
 *   homophily: each community leans towards one role; a few localities lack
 *   one rare role altogether, so that an audit has something to find;
 * - tie kinds depend on the roles at the two ends (funding where an investor
 *   is involved, governance where a politician or official is), and weights
 *   (1–5) are higher inside communities than across them.
 *
 * Everything is drawn from one seed; the same options give identical arrays.
 * The result is columnar (typed arrays, no per-tie objects) and generation is
 * linear in actors + ties. There are no self-ties and no duplicate pairs.
 */

import { createRng, defaultProfile, type Rng } from '@muster/core';

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
const ROLE_ACTIVITY = [1.5, 1.6, 1.2, 0.6, 1.0, 1.3, 1.2, 1.1, 1.4];

/** How strongly each role is drawn to ties that leave its community. */
const ROLE_BRIDGING = [1.6, 2.0, 1.0, 0.4, 1.6, 1.3, 1.0, 1.6, 2.0];

/** Rare roles a locality may lack entirely, with the odds of each being the one. */
const LACKABLE_ROLES = [7, 8, 6, 5]; // investor, change-expert, social-entrepreneur, service-designer
const LACKABLE_ODDS = [0.4, 0.35, 0.15, 0.1];

/** Tie kinds of the default vocabulary, in index order. */
export const SYNTHETIC_KIND_NAMES: readonly string[] = [
  'collaboration',
  'information',
  'advice',
  'funding',
  'governance',
];

/** Share of each tie kind between two actors of no special role. */
const BASE_KIND_SHARES = [0.45, 0.3, 0.17, 0.02, 0.06];

/** Weight distributions (weights 1..5) for ties inside and across communities. */
const WEIGHT_SHARES_INSIDE = [0.2, 0.25, 0.25, 0.18, 0.12];
const WEIGHT_SHARES_ACROSS = [0.45, 0.28, 0.15, 0.08, 0.04];

/** Share of a community's members drawn from its favoured role rather than the locality's mix. */
const ROLE_HOMOPHILY = 0.3;

/** No block (community, locality, or all cross-locality pairs) is filled beyond this density. */
const MAX_BLOCK_DENSITY = 0.75;

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

/** A 32-bit integer hash (the murmur3 finaliser). */
export function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** An independent stream for one phase of generation, so phases do not shift each other. */
function stream(seed: number, phase: number): Rng {
  return createRng(mix32((seed >>> 0) ^ mix32(0x5eed0000 + phase)));
}

/** A standard normal deviate (Box–Muller). */
function normal(rng: Rng): number {
  const u = 1 - rng(); // (0, 1]
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A log-normal factor with mean 1 and log-σ `sigma`. */
function logNormal(rng: Rng, sigma: number): number {
  return sigma === 0 ? 1 : Math.exp(sigma * normal(rng) - (sigma * sigma) / 2);
}

/** Index drawn from cumulative shares `cum[from .. from+n)` (the last entry is the total). */
function drawCumulative(cum: ArrayLike<number>, from: number, n: number, u: number): number {
  const x = u * cum[from + n - 1]!;
  for (let k = 0; k < n - 1; k++) if (x < cum[from + k]!) return k;
  return n - 1;
}

function cumulative(shares: readonly number[]): Float64Array {
  const out = new Float64Array(shares.length);
  let sum = 0;
  shares.forEach((s, i) => {
    sum += s;
    out[i] = sum;
  });
  return out;
}

/**
 * Split `total` into whole parts proportional to `weights` (cumulative
 * rounding: the parts sum to `total` exactly, and each is within one of its
 * exact share).
 */
function apportion(total: number, weights: Float64Array): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]!;
  if (sum <= 0 || total === 0) return out;
  let acc = 0;
  let given = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i]!;
    const upTo = i === weights.length - 1 ? total : Math.round((total * acc) / sum);
    out[i] = upTo - given;
    given = upTo;
  }
  return out;
}

/**
 * Position in [a, b) drawn in proportion to the weights whose exclusive
 * prefix sums are `cum` (so position p carries weight cum[p+1] - cum[p]).
 */
function pickWeighted(cum: Float64Array, a: number, b: number, u: number): number {
  const base = cum[a]!;
  const x = base + u * (cum[b]! - base);
  let lo = a;
  let hi = b - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (cum[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A set of unordered pairs of positions (open addressing; generation stamps
 * make clearing free). Reused for every block.
 */
class PairSet {
  private lo = new Int32Array(0);
  private hi = new Int32Array(0);
  private stamp = new Uint32Array(0);
  private mask = 0;
  private generation = 0;

  /** Empty the set and make room for `expected` pairs at load ≤ 1/2. */
  reset(expected: number): void {
    let size = 16;
    while (size < expected * 2) size *= 2;
    if (size > this.stamp.length) {
      this.lo = new Int32Array(size);
      this.hi = new Int32Array(size);
      this.stamp = new Uint32Array(size);
      this.generation = 0;
    }
    this.mask = size - 1;
    this.generation++;
  }

  /** Add the pair {a, b} (a < b); false if it was there already. */
  add(a: number, b: number): boolean {
    const { lo, hi, stamp, mask, generation } = this;
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ (b >>> 15), 0x85ebca77)) >>> 0;
    slot = (slot ^ (slot >>> 16)) & mask;
    for (;;) {
      if (stamp[slot] !== generation) {
        stamp[slot] = generation;
        lo[slot] = a;
        hi[slot] = b;
        return true;
      }
      if (lo[slot] === a && hi[slot] === b) return false;
      slot = (slot + 1) & mask;
    }
  }
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
function makeLocalityNames(count: number, seed: number): string[] {
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

/** Generate a synthetic cluster (see the module comment for the model). */
export function generateSyntheticCluster(options: SyntheticClusterOptions): SyntheticCluster {
  const opts = resolveSyntheticOptions(options);
  const { actors: n, ties: m, seed, localities: nLoc, communitySize, mixing, crossLocality, degreeSpread } = opts;
  const nRoles = SYNTHETIC_ROLE_IDS.length;

  // --- Localities: uneven sizes, each at least `minSize` actors. -----------
  const rngLoc = stream(seed, 1);
  const locStart = new Int32Array(nLoc + 1);
  {
    const minSize = Math.min(10, Math.floor(n / nLoc));
    const w = new Float64Array(nLoc);
    for (let l = 0; l < nLoc; l++) w[l] = logNormal(rngLoc, 0.6);
    const extra = apportion(n - minSize * nLoc, w);
    for (let l = 0; l < nLoc; l++) locStart[l + 1] = locStart[l]! + minSize + extra[l]!;
  }
  const actorLocality = new Uint16Array(n);
  for (let l = 0; l < nLoc; l++) actorLocality.fill(l, locStart[l]!, locStart[l + 1]!);

  // --- Which localities lack a rare role, and each locality's role mix. ----
  const localityLacks = new Int8Array(nLoc).fill(-1);
  if (nLoc >= 2) {
    const lacking = Math.max(1, Math.round(nLoc * 0.1));
    const order = new Int32Array(nLoc);
    for (let l = 0; l < nLoc; l++) order[l] = l;
    const lackCum = cumulative(LACKABLE_ODDS);
    for (let k = 0; k < lacking; k++) {
      const j = k + Math.floor(rngLoc() * (nLoc - k));
      const l = order[j]!;
      order[j] = order[k]!;
      order[k] = l;
      localityLacks[l] = LACKABLE_ROLES[drawCumulative(lackCum, 0, lackCum.length, rngLoc())]!;
    }
  }
  const locRoleCum = new Float64Array(nLoc * nRoles);
  for (let l = 0; l < nLoc; l++) {
    let sum = 0;
    for (let r = 0; r < nRoles; r++) {
      const share = r === localityLacks[l] ? 0 : SYNTHETIC_ROLE_SHARES[r]! * (0.75 + 0.5 * rngLoc());
      sum += share;
      locRoleCum[l * nRoles + r] = sum;
    }
  }

  // --- Communities: consecutive runs of a shuffled order of each locality. --
  // `members[p]` is the actor at position p; a community is a range of
  // positions, and so is a locality (positions and actor indices of a
  // locality span the same range).
  const rngCom = stream(seed, 2);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[i] = i;
  const comStartList: number[] = [];
  for (let l = 0; l < nLoc; l++) {
    const a = locStart[l]!;
    const b = locStart[l + 1]!;
    for (let i = b - 1; i > a; i--) {
      const j = a + Math.floor(rngCom() * (i - a + 1));
      const t = members[i]!;
      members[i] = members[j]!;
      members[j] = t;
    }
    let p = a;
    while (p < b) {
      comStartList.push(p);
      const size = Math.max(3, Math.round(communitySize * logNormal(rngCom, 0.5)));
      // Leave no remnant smaller than half a community: fold it into this one.
      p = b - (p + size) < communitySize / 2 ? b : p + size;
    }
  }
  const nCom = comStartList.length;
  const comStart = new Int32Array(nCom + 1);
  comStart.set(comStartList);
  comStart[nCom] = n;
  const actorCommunity = new Int32Array(n);
  const comLocality = new Uint16Array(nCom);
  for (let c = 0; c < nCom; c++) {
    const loc = actorLocality[members[comStart[c]!]!]!;
    comLocality[c] = loc;
    for (let p = comStart[c]!; p < comStart[c + 1]!; p++) actorCommunity[members[p]!] = c;
  }

  // --- Roles: the locality's mix, with each community leaning to one role. --
  const rngRole = stream(seed, 3);
  const actorRole = new Uint8Array(n);
  for (let c = 0; c < nCom; c++) {
    const base = comLocality[c]! * nRoles;
    const favoured = drawCumulative(locRoleCum, base, nRoles, rngRole());
    for (let p = comStart[c]!; p < comStart[c + 1]!; p++) {
      actorRole[members[p]!] =
        rngRole() < ROLE_HOMOPHILY ? favoured : drawCumulative(locRoleCum, base, nRoles, rngRole());
    }
  }
  // A locality of a fair size that misses a role by chance (not by design)
  // gets one member of its commonest role re-assigned.
  {
    const counts = new Int32Array(nRoles);
    for (let l = 0; l < nLoc; l++) {
      const a = locStart[l]!;
      const b = locStart[l + 1]!;
      if (b - a < 4 * nRoles) continue;
      counts.fill(0);
      for (let i = a; i < b; i++) counts[actorRole[i]!]!++;
      for (let r = 0; r < nRoles; r++) {
        if (counts[r] !== 0 || r === localityLacks[l]) continue;
        let commonest = 0;
        for (let q = 1; q < nRoles; q++) if (counts[q]! > counts[commonest]!) commonest = q;
        let i: number;
        do i = a + Math.floor(rngRole() * (b - a));
        while (actorRole[i] !== commonest);
        actorRole[i] = r;
        counts[commonest]!--;
        counts[r]!++;
      }
    }
  }

  // --- Activity: prefix sums over positions, inside and across communities. --
  const rngAct = stream(seed, 4);
  const cumInside = new Float64Array(n + 1);
  const cumAcross = new Float64Array(n + 1);
  for (let p = 0; p < n; p++) {
    const role = actorRole[members[p]!]!;
    const activity = degreeSpread === 0 ? 1 : ROLE_ACTIVITY[role]! * logNormal(rngAct, degreeSpread);
    const bridging = degreeSpread === 0 ? 1 : ROLE_BRIDGING[role]!;
    cumInside[p + 1] = cumInside[p]! + activity;
    cumAcross[p + 1] = cumAcross[p]! + activity * bridging;
  }

  // --- How many ties each block gets. ---------------------------------------
  const comPairs = new Float64Array(nCom);
  for (let c = 0; c < nCom; c++) {
    const s = comStart[c + 1]! - comStart[c]!;
    comPairs[c] = (s * (s - 1)) / 2;
  }
  const locCrossPairs = new Float64Array(nLoc);
  let allLocalPairs = 0;
  for (let l = 0; l < nLoc; l++) {
    const s = locStart[l + 1]! - locStart[l]!;
    locCrossPairs[l] = (s * (s - 1)) / 2;
    allLocalPairs += (s * (s - 1)) / 2;
  }
  for (let c = 0; c < nCom; c++) locCrossPairs[comLocality[c]!]! -= comPairs[c]!;
  const globalPairs = (n * (n - 1)) / 2 - allLocalPairs;

  const wantAcrossLoc = nLoc >= 2 ? Math.round(crossLocality * m) : 0;
  const wantAcrossCom = Math.max(0, Math.round(mixing * m) - wantAcrossLoc);
  const wantInside = m - wantAcrossLoc - wantAcrossCom;

  const comTies = apportion(wantInside, comPairs);
  let spill = 0;
  for (let c = 0; c < nCom; c++) {
    const cap = Math.floor(MAX_BLOCK_DENSITY * comPairs[c]!);
    if (comTies[c]! > cap) {
      spill += comTies[c]! - cap;
      comTies[c] = cap;
    }
  }
  const acrossCom = wantAcrossCom + spill;
  const locTies = apportion(acrossCom, locCrossPairs);
  // Where every locality is a single community, these ties have nowhere to go here.
  spill = locCrossPairs.every((x) => x === 0) ? acrossCom : 0;
  for (let l = 0; l < nLoc; l++) {
    const cap = Math.floor(MAX_BLOCK_DENSITY * locCrossPairs[l]!);
    if (locTies[l]! > cap) {
      spill += locTies[l]! - cap;
      locTies[l] = cap;
    }
  }
  let globalTies = wantAcrossLoc + spill;
  spill = 0;
  const globalCap = nLoc >= 2 ? Math.floor(MAX_BLOCK_DENSITY * globalPairs) : 0;
  if (globalTies > globalCap) {
    spill = globalTies - globalCap;
    globalTies = globalCap;
  }
  // Anything still unplaced goes wherever there is room, in a fixed order.
  for (let c = 0; c < nCom && spill > 0; c++) {
    const room = Math.floor(MAX_BLOCK_DENSITY * comPairs[c]!) - comTies[c]!;
    const take = Math.min(room, spill);
    comTies[c]! += take;
    spill -= take;
  }
  for (let l = 0; l < nLoc && spill > 0; l++) {
    const room = Math.floor(MAX_BLOCK_DENSITY * locCrossPairs[l]!) - locTies[l]!;
    const take = Math.min(room, spill);
    locTies[l]! += take;
    spill -= take;
  }
  if (spill > 0) throw new RangeError(`cannot place ${m} ties among ${n} actors without duplicates`);

  // --- Ties. ------------------------------------------------------------------
  const rngTie = stream(seed, 5);
  const tieSource = new Int32Array(m);
  const tieTarget = new Int32Array(m);
  const seen = new PairSet();
  let k = 0;

  // Inside communities.
  for (let c = 0; c < nCom; c++) {
    const want = comTies[c]!;
    if (want === 0) continue;
    const a = comStart[c]!;
    const b = comStart[c + 1]!;
    seen.reset(want);
    for (let t = 0; t < want; t++) {
      for (let attempt = 0; ; attempt++) {
        // Weighted draws first; uniform ones if heavy actors have run out of partners.
        const p = attempt < 32 ? pickWeighted(cumInside, a, b, rngTie()) : a + Math.floor(rngTie() * (b - a));
        const q = attempt < 32 ? pickWeighted(cumInside, a, b, rngTie()) : a + Math.floor(rngTie() * (b - a));
        if (p === q || !seen.add(p < q ? p : q, p < q ? q : p)) continue;
        tieSource[k] = members[p]!;
        tieTarget[k] = members[q]!;
        k++;
        break;
      }
    }
  }
  // Across communities, inside localities.
  for (let l = 0; l < nLoc; l++) {
    const want = locTies[l]!;
    if (want === 0) continue;
    const a = locStart[l]!;
    const b = locStart[l + 1]!;
    seen.reset(want);
    for (let t = 0; t < want; t++) {
      for (let attempt = 0; ; attempt++) {
        const p = attempt < 32 ? pickWeighted(cumAcross, a, b, rngTie()) : a + Math.floor(rngTie() * (b - a));
        const q = attempt < 32 ? pickWeighted(cumAcross, a, b, rngTie()) : a + Math.floor(rngTie() * (b - a));
        const i = members[p]!;
        const j = members[q]!;
        if (actorCommunity[i] === actorCommunity[j] || !seen.add(p < q ? p : q, p < q ? q : p)) continue;
        tieSource[k] = i;
        tieTarget[k] = j;
        k++;
        break;
      }
    }
  }
  // Across localities.
  if (globalTies > 0) {
    seen.reset(globalTies);
    for (let t = 0; t < globalTies; t++) {
      for (let attempt = 0; ; attempt++) {
        const p = attempt < 32 ? pickWeighted(cumAcross, 0, n, rngTie()) : Math.floor(rngTie() * n);
        const q = attempt < 32 ? pickWeighted(cumAcross, 0, n, rngTie()) : Math.floor(rngTie() * n);
        const i = members[p]!;
        const j = members[q]!;
        if (actorLocality[i] === actorLocality[j] || !seen.add(p < q ? p : q, p < q ? q : p)) continue;
        tieSource[k] = i;
        tieTarget[k] = j;
        k++;
        break;
      }
    }
  }
  if (k !== m) throw new Error(`internal error: placed ${k} of ${m} ties`);

  // --- Kinds and weights, then shuffle the order of the ties. -----------------
  // Kinds and weights are drawn while the ties are still grouped by block (the
  // role and community look-ups stay in cache), packed kind·8 + weight into
  // one byte for the shuffle, and unpacked after it.
  const rngMark = stream(seed, 6);
  const nKinds = SYNTHETIC_KIND_NAMES.length;
  const kindCum = kindTable();
  const weightInside = cumulative(WEIGHT_SHARES_INSIDE);
  const weightAcross = cumulative(WEIGHT_SHARES_ACROSS);
  const tieKind = new Uint8Array(m);
  const tieWeight = new Uint8Array(m);
  const packed = tieWeight;
  for (let e = 0; e < m; e++) {
    const i = tieSource[e]!;
    const j = tieTarget[e]!;
    const kind = drawCumulative(kindCum, (actorRole[i]! * nRoles + actorRole[j]!) * nKinds, nKinds, rngMark());
    const inside = actorCommunity[i] === actorCommunity[j];
    packed[e] = (kind << 3) | (1 + drawCumulative(inside ? weightInside : weightAcross, 0, 5, rngMark()));
  }
  for (let i = m - 1; i > 0; i--) {
    const j = Math.floor(rngMark() * (i + 1));
    const s = tieSource[i]!;
    const t = tieTarget[i]!;
    const x = packed[i]!;
    tieSource[i] = tieSource[j]!;
    tieTarget[i] = tieTarget[j]!;
    packed[i] = packed[j]!;
    tieSource[j] = s;
    tieTarget[j] = t;
    packed[j] = x;
  }
  for (let e = 0; e < m; e++) {
    const x = packed[e]!;
    tieKind[e] = x >>> 3;
    tieWeight[e] = x & 7;
  }

  return {
    options: opts,
    actorCount: n,
    tieCount: m,
    communityCount: nCom,
    roleIds: [...SYNTHETIC_ROLE_IDS],
    localityNames: makeLocalityNames(nLoc, seed),
    kindNames: [...SYNTHETIC_KIND_NAMES],
    actorRole,
    actorLocality,
    actorCommunity,
    localityLacks,
    tieSource,
    tieTarget,
    tieKind,
    tieWeight,
  };
}

/** Cumulative kind shares for every ordered pair of roles (role × role × kind). */
function kindTable(): Float64Array {
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
