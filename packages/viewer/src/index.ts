/**
 * `@muster/viewer`: the cluster map in the browser. `createClusterViewer`
 * draws a dataset with sigma.js; `defineMusterMap` registers the
 * `<muster-map>` element; `renderStandaloneHtml` (Node-free, also at
 * `@muster/viewer/standalone` without the browser code) writes a
 * self-contained page.
 *
 * @module @muster/viewer
 */
export { createClusterViewer } from './viewer.js';
export { defineMusterMap, type MusterMapElement } from './element.js';
export {
  escapeJsonForHtml,
  renderMapEmbed,
  renderStandaloneHtml,
  type MapEmbed,
  type StandaloneHtmlOptions,
} from './standalone.js';
export {
  DEFAULT_SETTINGS,
  resolveSettings,
  validateSettings,
  type PartialSettings,
  type SizeBand,
  type ViewerSettings,
} from './settings.js';
export type { PlacedLabel } from './labels.js';
export type {
  AuditLocalityOverlay,
  AuditOverlay,
  ClusterViewer,
  FlowOverlay,
  FlowStep,
  LayoutOptions,
  ViewerOptions,
  ViewerState,
} from './types.js';
