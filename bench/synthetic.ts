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

import {
  LACKABLE_ODDS,
  LACKABLE_ROLES,
  MAX_BLOCK_DENSITY,
  ROLE_ACTIVITY,
  ROLE_BRIDGING,
  ROLE_HOMOPHILY,
  SYNTHETIC_KIND_NAMES,
  SYNTHETIC_ROLE_IDS,
  SYNTHETIC_ROLE_SHARES,
  WEIGHT_SHARES_ACROSS,
  WEIGHT_SHARES_INSIDE,
  kindTable,
  makeLocalityNames,
  resolveSyntheticOptions,
  type SyntheticCluster,
  type SyntheticClusterOptions,
} from './synthetic-model.js';
import { PairSet, apportion, cumulative, drawCumulative, logNormal, pickWeighted, stream } from './synthetic-draw.js';

export {
  SYNTHETIC_KIND_NAMES,
  SYNTHETIC_LIMITS,
  SYNTHETIC_ROLE_IDS,
  SYNTHETIC_ROLE_SHARES,
  resolveSyntheticOptions,
  type SyntheticCluster,
  type SyntheticClusterOptions,
} from './synthetic-model.js';
export { mix32 } from './synthetic-draw.js';

/** Caps each block's ties at {@link MAX_BLOCK_DENSITY} of its pairs; returns how many ties that took away. */
function capBlocks(ties: Float64Array, pairs: ArrayLike<number>): number {
  let spill = 0;
  for (let b = 0; b < ties.length; b++) {
    const cap = Math.floor(MAX_BLOCK_DENSITY * pairs[b]!);
    if (ties[b]! > cap) {
      spill += ties[b]! - cap;
      ties[b] = cap;
    }
  }
  return spill;
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
  const acrossCom = wantAcrossCom + capBlocks(comTies, comPairs);
  const locTies = apportion(acrossCom, locCrossPairs);
  // Where every locality is a single community, these ties have nowhere to go here.
  let spill = locCrossPairs.every((x) => x === 0) ? acrossCom : 0;
  spill += capBlocks(locTies, locCrossPairs);
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

  /**
   * Places `want` ties between the positions [a, b) of `members`, drawn in
   * proportion to `cum` (uniformly once heavy actors have run out of
   * partners), with no duplicate pair and only pairs that `apart` accepts.
   */
  const placeTies = (
    want: number,
    a: number,
    b: number,
    cum: Float64Array,
    apart: (i: number, j: number) => boolean,
  ): void => {
    if (want === 0) return;
    seen.reset(want);
    for (let t = 0; t < want; t++) {
      for (let attempt = 0; ; attempt++) {
        const p = attempt < 32 ? pickWeighted(cum, a, b, rngTie()) : a + Math.floor(rngTie() * (b - a));
        const q = attempt < 32 ? pickWeighted(cum, a, b, rngTie()) : a + Math.floor(rngTie() * (b - a));
        const i = members[p]!;
        const j = members[q]!;
        if (p === q || !apart(i, j) || !seen.add(p < q ? p : q, p < q ? q : p)) continue;
        tieSource[k] = i;
        tieTarget[k] = j;
        k++;
        break;
      }
    }
  };
  // Inside communities; across communities, inside localities; across localities.
  for (let c = 0; c < nCom; c++) placeTies(comTies[c]!, comStart[c]!, comStart[c + 1]!, cumInside, () => true);
  const otherCommunity = (i: number, j: number): boolean => actorCommunity[i] !== actorCommunity[j];
  for (let l = 0; l < nLoc; l++) placeTies(locTies[l]!, locStart[l]!, locStart[l + 1]!, cumAcross, otherCommunity);
  placeTies(globalTies, 0, n, cumAcross, (i, j) => actorLocality[i] !== actorLocality[j]);
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
