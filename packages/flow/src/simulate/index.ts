/**
 * The simulation engine of `@muster/flow`: independent cascade and linear
 * threshold spread (Monte Carlo, seeded), what-if changes, confidence
 * intervals and seed selection (CELF). Worker threads are in
 * `@muster/flow/node`.
 */
export { probabilitiesFromWeights, spread } from './spread.js';
export { defaultCandidates, selectSeeds, SEED_CANDIDATE_DEFAULTS } from './seeds.js';
export type { SeedMethod, SelectedSeeds, SelectSeedsOptions } from './seeds.js';
export { LIVE_EDGE_LIMIT } from './live.js';
export { meanCi95, pairedDifference, wilson95, Z95, type MeanCi } from './stats.js';
export type { SpreadGroups, SpreadModel, SpreadOptions, SpreadResult } from './types.js';
