/**
 * `@muster/flow`: how ideas travel through a cluster — the observed
 * cascade of an idea from its adoptions, simulations of how it would
 * spread, what-ifs of an introduction, seed selection and life cycles.
 *
 * @module @muster/flow
 */
export {
  TRACE_DEFAULTS,
  introductionWhatIfs,
  traceIdea,
  type RecommendingAudit,
  type SimulationOptions,
  type TraceOptions,
  type WhatIf,
} from './trace.js';
export { adopterCategories } from './categories.js';
export { lifeCycle } from './lifecycle.js';
export type * from './report.js';
export { flowLabels, renderFlow, renderFlowJson, renderFlowMarkdown, type FlowLabels } from './render/index.js';
export * from './simulate/index.js';
