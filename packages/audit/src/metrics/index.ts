/**
 * The audit's metric kernels: plain functions over the compact (CSR) view of
 * `@muster/core`, each in its own module with its formula, source,
 * convention and complexity in the banner.
 */
export {
  BETWEENNESS_CHUNKS,
  BETWEENNESS_DEFAULTS,
  betweenness,
  betweennessChunks,
  betweennessSources,
  combineBetweenness,
  rescaleBetweenness,
  samplePivots,
  type BetweennessOptions,
  type BetweennessScaleOptions,
} from './betweenness.js';
export { constraint, effectiveSize, structuralHoles, type StructuralHoles } from './burt.js';
export { brokerage, type Brokerage } from './brokerage.js';
export { eiIndex } from './ei.js';
export { modularity, type ModularityOptions } from './modularity.js';
export { LOUVAIN_DEFAULTS, louvain, type LouvainOptions, type LouvainResult } from './louvain.js';
