/// <reference lib="dom" />
/**
 * The viewer's public types: its options, the handle it returns, and the
 * shapes of audit and flow results it can show. Those are the parts of
 * `@muster/audit`'s `AuditReport` and `@muster/flow`'s `FlowReport` the
 * viewer reads, declared structurally so that the viewer depends on
 * `@muster/core` only and takes reports as plain data (a report parsed from
 * JSON fits).
 */
import type { Profile } from '@muster/core';
import type Sigma from 'sigma';
import type { PlacedLabel } from './labels.js';
import type { PartialSettings } from './settings.js';

/** The parts of an audit report's locality the viewer shows. */
export interface AuditLocalityOverlay {
  locality: string;
  missingRoles: string[];
  roles?: { role: string; label: string; count: number; status: string }[];
  roleLinks: { roles: [string, string]; ties: number; distance: number | null; max?: number; status: string }[];
  network: { communities: { id: number; actors: string[]; roles: Record<string, number>; silo: boolean }[] };
  actors: { id: string; betweenness: number; community: number }[];
  brokers: string[];
}

/** The parts of `AuditReport` the viewer reads; an `AuditReport` is one. */
export interface AuditOverlay {
  profile: string;
  profileLabel?: string;
  localities: AuditLocalityOverlay[];
}

/** One adoption of a flow report, in adoption order. */
export interface FlowStep {
  actor: string;
  date: string;
  source: string | null;
}

/** The parts of `FlowReport` the viewer reads; a `FlowReport` is one. */
export interface FlowOverlay {
  idea: string;
  title: string;
  adoptions: FlowStep[];
}

/**
 * Positions computed ahead of time and stored with the page
 * (`computePositions` in `@muster/viewer/standalone`; `muster view` does it):
 * actor id → `[x, y]`.
 */
export interface StoredPositions {
  version: 1;
  positions: Record<string, [number, number]>;
}

/** Where node positions come from. */
export interface LayoutOptions {
  /**
   * Positions computed ahead of time (`StoredPositions['positions']`); used
   * when they cover every actor, and then no layout runs in the browser.
   * They come before the `positionAttributes` columns.
   */
  positions?: Record<string, readonly [number, number]>;
  /**
   * Actor attributes (columns) holding positions, read when every actor has
   * a finite number in both; default `{ x: 'x', y: 'y' }`. `null` always
   * computes a layout.
   */
  positionAttributes?: { x: string; y: string } | null;
  /** Seed of the starting positions; default 1. */
  seed?: number;
  /** ForceAtlas2 iterations; default by size (settings `layout.iterations`: 300 up to 500 actors, 200 up to 2,000, 100 up to 10,000, 40 above). */
  iterations?: number;
  /**
   * `worker` (default): draw at once from the starting positions and lay out
   * in a Web Worker (or, where none may start, in short main-thread slices).
   * `blocking`: run every iteration before the first draw, on the main
   * thread, as graphology's synchronous ForceAtlas2 does: positions are
   * final at once, but the page is blocked meanwhile.
   */
  run?: 'worker' | 'blocking';
}

/** Options of {@link createClusterViewer}; every one has a default. */
export interface ViewerOptions {
  /** Roles, their labels and order; default the dataset's profile, else core's default profile. */
  profile?: Profile;
  /** Show only this locality at first. */
  locality?: string | null;
  /** An audit to overlay at once (same as calling `showAudit`). */
  audit?: AuditOverlay;
  /** A flow to load at once (same as calling `playFlow(flow, { autoplay: false })`). */
  flow?: FlowOverlay;
  layout?: LayoutOptions;
  /** Milliseconds per adoption while playing; default 350. */
  playInterval?: number;
  /** Colours by role id; roles left out get the built-in palette. */
  roleColors?: Record<string, string>;
  /** Colours by tie kind (ties of the filtered kind take it); kinds left out get the palette. */
  kindColors?: Record<string, string>;
  /** Accessible name of the map region; default "Cluster map". */
  title?: string;
  /** Sizes, label, layout and colour settings over the defaults (`DEFAULT_SETTINGS`). */
  settings?: PartialSettings;
}

/** What the viewer shows now; for scripts and tests. */
export interface ViewerState {
  locality: string | null;
  role: string | null;
  kind: string | null;
  focus: string | null;
  /** Actor ids adopted by the current time, in adoption order. */
  adopted: string[];
  /** Adoptions shown (0 … number of adoptions). */
  time: number;
  /** Date of the last adoption shown, if any. */
  date: string | null;
  playing: boolean;
  /** Visible actors. */
  visible: number;
  /** The layout is done and a complete frame has been drawn. */
  ready: boolean;
  /**
   * Where the positions came from: stored with the page (computed ahead of
   * time), the data's columns, a Web Worker, main-thread slices (no worker
   * allowed), or a blocking run.
   */
  layout: 'stored' | 'data' | 'worker' | 'main' | 'blocking' | 'pending';
}

/** The handle {@link createClusterViewer} returns. */
export interface ClusterViewer {
  /** Shows one locality (`null`: all). */
  setLocality(locality: string | null): void;
  /** Highlights the actors of one role (`null`: none). */
  highlightRole(role: string | null): void;
  /** Shows only ties of one kind (`null`: all). */
  filterKind(kind: string | null): void;
  /** Focuses an actor's ego network and moves the camera to it (`null`: none). Returns false for an unknown id. */
  focusActor(id: string | null): boolean;
  /** Overlays an audit: sizes by betweenness, rings brokers, tints silos, lists failing role links. */
  showAudit(report: AuditOverlay | null): void;
  /** Loads an idea's flow and plays it (unless `autoplay: false`). */
  playFlow(flow: FlowOverlay | null, options?: { autoplay?: boolean }): void;
  /** Shows the flow up to `t` adoptions (a number) or up to a date (a string). */
  setTime(t: number | string): void;
  /** Stops playback. */
  pause(): void;
  /** Actors whose name contains the text (case-insensitive), at most `limit`. */
  search(text: string, limit?: number): { id: string; name: string }[];
  /**
   * The current view as a PNG `Blob`, drawn again at `scale` image pixels per
   * CSS pixel (default 2: twice the map's size on screen, sharp in print).
   */
  exportImage(options?: { scale?: number }): Promise<Blob>;
  /** The current view as an SVG document (ties, nodes, rings and the labels drawn now). */
  exportSvg(): string;
  getState(): ViewerState;
  /** Settles once the layout is done and the first complete frame is drawn (the `ready` event). */
  readonly ready: Promise<void>;
  /** The node labels drawn now, in viewport pixels (none while the camera moves). */
  labels(): PlacedLabel[];
  /** Shows the text alternative (tables of actors and ties) instead of the map, or the map again. */
  showTable(on: boolean): void;
  /**
   * The sigma renderer, for what the handle does not cover (its camera,
   * events). Change appearance through the handle: the viewer's reducers
   * own what is drawn.
   */
  getRenderer(): Sigma;
  /** Removes the viewer and its listeners; the container is left empty. */
  destroy(): void;
}
