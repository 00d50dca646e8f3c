/**
 * The viewer's explicit state: the dataset and the drawn graph, the view
 * state the reducers read, the resolved settings, the DOM, sigma and the
 * player. The viewer's parts are functions over this one object.
 */
import type Sigma from 'sigma';
import type { Dataset } from '@muster/core';
import type { DisplayGraph, DrawnEdge, DrawnNode } from './graph.js';
import type { Overview } from './lod.js';
import type { LabelLayer } from './label-layer.js';
import type { Player } from './player.js';
import type { ViewState } from './reducers.js';
import type { ViewerSettings } from './settings.js';
import type { AuditLocalityOverlay, ViewerState } from './types.js';
import type { ViewerDom } from './ui.js';

export interface ViewerContext {
  dataset: Dataset;
  graph: DisplayGraph;
  settings: ViewerSettings;
  state: ViewState;
  dom: ViewerDom;
  /** Draws `graph`, or on large maps `overview.drawn`. */
  sigma: Sigma<DrawnNode, DrawnEdge>;
  /** The level-of-detail overview (large maps), else null. */
  overview: Overview | null;
  /** Whether the actors' positions are final (stored, from the data, or laid out); else each locality is laid out when opened. */
  positionsFinal: boolean;
  /** Seed of the layout (`layout.seed`). */
  layoutSeed: number;
  /** Layouts running (a large map's localities), cancelled by `destroy`. */
  pending: Set<{ cancel(): void }>;
  player: Player;
  labels: LabelLayer;
  /** Profile roles in order, then roles found only in the data. */
  roles: { id: string; label: string }[];
  /** Profile roles only (the legend's fixed rows). */
  profileRoles: { id: string; label: string }[];
  roleLabel(role: string): string;
  /** Degree of each actor (node size without an audit). */
  degrees: Map<string, number>;
  audits: AuditLocalityOverlay[];
  layout: ViewerState['layout'];
  /** The map's accessible name, also the exported SVG's title. */
  title: string;
  ready: boolean;
}
