/**
 * The viewer's tunable numbers and colours in one place, as sigma v3 does
 * it: an interface, exported defaults, `validateSettings` (throws on a
 * value that cannot work) and `resolveSettings` (defaults deep-merged with
 * a partial). Everything else reads them from the resolved object; no
 * magic numbers elsewhere.
 */

/** Node sizes (radii in screen pixels at the default zoom) for graphs up to `upTo` actors. */
export interface SizeBand {
  upTo: number;
  min: number;
  max: number;
}

export interface ViewerSettings {
  nodes: {
    /**
     * Radius = min + (max − min) × √(value / largest value), the value being
     * the degree (betweenness when an audit is shown). The first band whose
     * `upTo` is at least the actor count applies.
     */
    sizes: SizeBand[];
  };
  edges: {
    /** Width = min(base + weight × perWeight, max). */
    base: number;
    perWeight: number;
    max: number;
    /** Width of highlighted ties (a role link, a flow arrow). */
    highlighted: number;
  };
  labels: {
    font: string;
    /** Font size in pixels. */
    size: number;
    /** Names longer than this are cut with an ellipsis. */
    maxChars: number;
    /** Unforced labels only for nodes drawn at least this radius (pixels)… */
    minNodeRadius: number;
    /** …unless fewer actors than this are in view: then any actor may be labelled. */
    everyoneBelow: number;
    /** Space kept around each label, in pixels. */
    padding: number;
    /** At most this many labels at once. */
    maxLabels: number;
    color: string;
    /** Halo drawn under the text, so that it reads over ties. */
    halo: string;
  };
  layout: {
    /** ForceAtlas2 iterations for graphs up to `upTo` actors. */
    iterations: { upTo: number; iterations: number }[];
    /** Barnes–Hut approximation above this many actors. */
    barnesHutAbove: number;
    /** Lower bound of ForceAtlas2's scaling ratio (spreads clusters apart). */
    minScalingRatio: number;
    /** Starting disc of a locality: radius = √actors × this. */
    discRadius: number;
    /** Ring of locality discs: radius = √actors × this. */
    ringRadius: number;
    /** Gap between neighbouring localities on the final ring, as a share of the largest locality's radius. */
    localityGap: number;
    /** ForceAtlas2 settings over those graphology infers from the graph's size (default: LinLog mode, which draws clusters apart more clearly; Noack 2007). */
    forceAtlas2: { gravity?: number; strongGravityMode?: boolean; linLogMode?: boolean; scalingRatio?: number };
  };
  camera: {
    /** Milliseconds of camera animations. */
    animation: number;
    /** Zoom ratio when focusing an actor. */
    focusRatio: number;
    /** Margin around a framed locality (1 = none). */
    frameMargin: number;
  };
  /** Above this many ties, ties are hidden while the camera moves. */
  hideEdgesOnMoveAbove: number;
  /** Level of detail for large maps (`lod.ts`). */
  lod: {
    /** Above this many actors the map opens as an overview: one node per role in each locality; a click opens a locality. */
    aggregateAbove: number;
    /** Radius of an overview group: min + (max − min) × √(actors / largest group). */
    groupSize: { min: number; max: number };
    /**
     * Without positions, a locality's groups sit on a ring round its centre
     * of this radius, as a share of its actors' mean distance from the centre.
     */
    groupRing: number;
    /** Above this many drawn ties, ties are 1-pixel lines (sigma's simplest edge program) instead of quads. */
    simpleEdgesAbove: number;
  };
  /** Timings of the page's own work. */
  timing: {
    /** Labels come back this many milliseconds after the camera stops. */
    labelSettle: number;
    /** Milliseconds of layout per slice when it runs on the main thread (no worker allowed). */
    layoutSlice: number;
    /** Progress reports from the layout worker per run. */
    layoutReports: number;
  };
  /** Milliseconds per adoption while playing. */
  playInterval: number;
  colors: {
    edge: string;
    mutedNode: string;
    mutedEdge: string;
    egoEdge: string;
    flowEdge: string;
    linkEdge: string;
    brokerRing: string;
    /** Tints of silo communities' rings. */
    siloTints: string[];
  };
  /** Broker and silo rings: share of the node's radius. */
  ringWidth: number;
}

/** The defaults. */
export const DEFAULT_SETTINGS: ViewerSettings = {
  nodes: {
    sizes: [
      { upTo: 1_000, min: 4, max: 14 },
      { upTo: 10_000, min: 2.5, max: 10 },
      { upTo: Infinity, min: 1.5, max: 7 },
    ],
  },
  edges: { base: 0.5, perWeight: 0.5, max: 3, highlighted: 2.5 },
  labels: {
    font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    size: 13,
    maxChars: 28,
    minNodeRadius: 5,
    everyoneBelow: 60,
    padding: 2,
    maxLabels: 400,
    color: '#1b1f24',
    halo: 'rgba(255,255,255,0.85)',
  },
  layout: {
    iterations: [
      { upTo: 500, iterations: 300 },
      { upTo: 2_000, iterations: 200 },
      { upTo: 10_000, iterations: 100 },
      { upTo: Infinity, iterations: 40 },
    ],
    barnesHutAbove: 400,
    minScalingRatio: 10,
    discRadius: 8,
    ringRadius: 12,
    localityGap: 0.3,
    forceAtlas2: { linLogMode: true },
  },
  camera: { animation: 300, focusRatio: 0.6, frameMargin: 1.15 },
  hideEdgesOnMoveAbove: 2_000,
  lod: { aggregateAbove: 5_000, groupSize: { min: 4, max: 24 }, groupRing: 0.6, simpleEdgesAbove: 20_000 },
  timing: { labelSettle: 120, layoutSlice: 12, layoutReports: 20 },
  playInterval: 350,
  colors: {
    edge: '#b9c1cb',
    mutedNode: '#d3d8de',
    mutedEdge: '#eceff2',
    egoEdge: '#4a5360',
    flowEdge: '#b43c00',
    linkEdge: '#c01c28',
    brokerRing: '#111111',
    siloTints: ['#f4a259', '#8cb369', '#5b8e7d', '#bc4b51', '#7d5ba6', '#3d5a80'],
  },
  ringWidth: 0.28,
};

/** Partial settings: any part may be left out, at any depth (arrays are replaced whole). */
export type PartialSettings = {
  [K in keyof ViewerSettings]?: ViewerSettings[K] extends unknown[]
    ? ViewerSettings[K]
    : ViewerSettings[K] extends object
      ? Partial<ViewerSettings[K]>
      : ViewerSettings[K];
};

const COLOR = /^(#[0-9a-fA-F]{3,8}|rgba?\([\d.,\s%]+\))$/;

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(`viewer settings: ${message}`);
}

const positive = (n: number): boolean => Number.isFinite(n) && n > 0;

/** Throws an error naming the first setting that cannot work. */
export function validateSettings(settings: ViewerSettings): void {
  const bands = settings.nodes.sizes;
  check(bands.length > 0 && bands.at(-1)!.upTo === Infinity, 'nodes.sizes must end with a band up to Infinity');
  for (const band of bands) {
    check(
      positive(band.min) && band.max >= band.min,
      `nodes.sizes: need 0 < min <= max (got ${band.min}, ${band.max})`,
    );
  }
  const steps = settings.layout.iterations;
  check(steps.length > 0 && steps.at(-1)!.upTo === Infinity, 'layout.iterations must end with a band up to Infinity');
  for (const step of steps) {
    check(Number.isInteger(step.iterations) && step.iterations >= 0, 'layout.iterations: whole numbers, 0 or more');
  }
  check(positive(settings.labels.size), 'labels.size must be positive');
  check(
    Number.isInteger(settings.labels.maxChars) && settings.labels.maxChars >= 4,
    'labels.maxChars must be 4 or more',
  );
  check(Number.isInteger(settings.labels.maxLabels) && settings.labels.maxLabels >= 0, 'labels.maxLabels: 0 or more');
  check(positive(settings.playInterval), 'playInterval must be positive');
  check(settings.camera.animation >= 0, 'camera.animation must be 0 or more');
  check(positive(settings.camera.focusRatio), 'camera.focusRatio must be positive');
  check(settings.ringWidth > 0 && settings.ringWidth < 1, 'ringWidth must be between 0 and 1');
  check(settings.lod.aggregateAbove >= 0, 'lod.aggregateAbove must be 0 or more');
  const group = settings.lod.groupSize;
  check(positive(group.min) && group.max >= group.min, 'lod.groupSize: need 0 < min <= max');
  check(positive(settings.timing.layoutSlice), 'timing.layoutSlice must be positive');
  check(
    Number.isInteger(settings.timing.layoutReports) && settings.timing.layoutReports > 0,
    'timing.layoutReports: 1 or more',
  );
  const colors = [settings.labels.color, settings.labels.halo, ...Object.values(settings.colors).flat()];
  for (const color of colors) check(COLOR.test(color), `'${color}' is not a #hex or rgb() colour`);
  check(settings.colors.siloTints.length > 0, 'colors.siloTints must not be empty');
}

/** The defaults with `partial` merged in, validated. */
export function resolveSettings(partial: PartialSettings = {}): ViewerSettings {
  const out = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(partial)) {
    if (value === undefined) continue;
    const base = out[key];
    out[key] =
      typeof value === 'object' && !Array.isArray(value) && typeof base === 'object' && base !== null
        ? { ...base, ...Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) }
        : value;
  }
  const settings = out as unknown as ViewerSettings;
  validateSettings(settings);
  return settings;
}

/** The band of a table of `{ upTo }` bands that applies to `n`. */
export function bandFor<T extends { upTo: number }>(bands: readonly T[], n: number): T {
  return bands.find((b) => n <= b.upTo) ?? bands.at(-1)!;
}
