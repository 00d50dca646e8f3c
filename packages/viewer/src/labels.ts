/**
 * The label layer: the viewer draws node labels itself (sigma's own labels
 * are off) on a canvas over the map, choosing them greedily by priority —
 * the focused and hovered actor, the latest adopter, brokers, then larger
 * nodes first — and placing each at the first of its candidate spots
 * (right, left, above, below the node) that stays inside the canvas and
 * overlaps no label already placed. So no two labels overlap and none runs
 * off the canvas; brokers and the focused actor come before everyone else.
 * Labels are hidden while the camera moves and placed again when it stops.
 */
import type { ViewerSettings } from './settings.js';

/** A label as drawn, in viewport pixels. */
export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A node that may be labelled, in viewport pixels. */
export interface LabelCandidate {
  id: string;
  text: string;
  x: number;
  y: number;
  radius: number;
  /** Higher first; above 0 the label is forced (drawn whatever the node's size). */
  priority: number;
}

/** Cuts a name to `max` characters with an ellipsis. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Boxes in a uniform grid, for overlap tests in constant time. */
class BoxGrid {
  #cells = new Map<number, PlacedLabel[]>();
  constructor(private readonly cell: number) {}

  #keys(b: { x: number; y: number; width: number; height: number }): number[] {
    const keys: number[] = [];
    for (let i = Math.floor(b.x / this.cell); i <= Math.floor((b.x + b.width) / this.cell); i++) {
      for (let j = Math.floor(b.y / this.cell); j <= Math.floor((b.y + b.height) / this.cell); j++) {
        keys.push(i * 65_536 + j);
      }
    }
    return keys;
  }

  hits(b: { x: number; y: number; width: number; height: number }, pad: number): boolean {
    for (const key of this.#keys(b)) {
      for (const o of this.#cells.get(key) ?? []) {
        if (
          b.x < o.x + o.width + pad &&
          o.x < b.x + b.width + pad &&
          b.y < o.y + o.height + pad &&
          o.y < b.y + b.height + pad
        ) {
          return true;
        }
      }
    }
    return false;
  }

  add(b: PlacedLabel): void {
    for (const key of this.#keys(b)) {
      const cell = this.#cells.get(key);
      if (cell === undefined) this.#cells.set(key, [b]);
      else cell.push(b);
    }
  }
}

/** Rings of spots tried for a forced label (one for the others: right, left, above, below). */
const FORCED_RINGS = 4;

/**
 * Top-left corners to try for a label of `width` × `height` beside a node:
 * right, left, above, below, then the four diagonals, on `rings` rings of
 * growing distance (a forced label moves away from a crowd rather than
 * disappear).
 */
function candidateSpots(c: LabelCandidate, width: number, height: number, rings: number): { x: number; y: number }[] {
  const spots: { x: number; y: number }[] = [];
  for (let ring = 0; ring < rings; ring++) {
    const gap = c.radius + 3 + ring * height;
    const [left, right] = [c.x - gap - width, c.x + gap];
    const [above, below] = [c.y - gap - height, c.y + gap];
    const middle = c.y - height / 2;
    const centre = c.x - width / 2;
    spots.push({ x: right, y: middle }, { x: left, y: middle }, { x: centre, y: above }, { x: centre, y: below });
    if (ring > 0 || rings > 1) {
      spots.push({ x: right, y: above }, { x: left, y: above }, { x: right, y: below }, { x: left, y: below });
    }
  }
  return spots;
}

/**
 * Chooses and places labels among the candidates (the caller leaves out
 * those too small to label). `measure` gives a text's width in pixels.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  size: { width: number; height: number },
  settings: ViewerSettings['labels'],
  measure: (text: string) => number,
): PlacedLabel[] {
  const sorted = [...candidates].sort(
    (a, b) => b.priority - a.priority || b.radius - a.radius || (a.id < b.id ? -1 : 1),
  );
  const height = Math.ceil(settings.size * 1.25);
  const grid = new BoxGrid(Math.max(32, height * 3));
  const placed: PlacedLabel[] = [];
  for (const c of sorted) {
    if (placed.length >= settings.maxLabels) break;
    if (c.x < 0 || c.y < 0 || c.x > size.width || c.y > size.height) continue;
    const text = shorten(c.text, settings.maxChars);
    const width = Math.ceil(measure(text));
    // Forced labels, and every label of a small view, may move farther out before giving up.
    const rings = c.priority > 0 || candidates.length < settings.everyoneBelow ? FORCED_RINGS : 1;
    const spots = candidateSpots(c, width, height, rings);
    for (const spot of spots) {
      const box = { id: c.id, text, x: spot.x, y: spot.y, width, height };
      const inside = box.x >= 0 && box.y >= 0 && box.x + width <= size.width && box.y + height <= size.height;
      if (!inside || grid.hits(box, settings.padding)) continue;
      grid.add(box);
      placed.push(box);
      break;
    }
  }
  return placed;
}

/** Width of the halo stroked round each label, in CSS pixels (canvas and SVG export alike). */
export const HALO_WIDTH = 3;

/** Draws placed labels with a halo on a 2D canvas (already scaled to CSS pixels). */
export function drawLabels(
  context: CanvasRenderingContext2D,
  labels: readonly PlacedLabel[],
  settings: ViewerSettings['labels'],
): void {
  context.font = `${settings.size}px ${settings.font}`;
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  context.lineWidth = HALO_WIDTH;
  context.strokeStyle = settings.halo;
  context.fillStyle = settings.color;
  for (const label of labels) {
    const y = label.y + label.height / 2;
    // Right-to-left names are laid out by the browser; the box is the same either way.
    context.strokeText(label.text, label.x, y);
    context.fillText(label.text, label.x, y);
  }
}
