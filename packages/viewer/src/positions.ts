/**
 * Positions computed ahead of time, outside the browser (`muster view` does
 * it in Node), and stored with the page: the browser then only draws. The
 * same seeded ForceAtlas2 and locality separation as the viewer's own
 * layout (`layout.ts`), so a page with stored positions shows what the
 * browser would have computed. The stored form is JSON — `{ "version": 1,
 * "positions": { "<actor id>": [x, y], … } }` — with coordinates rounded
 * to hundredths, so the same data and seed give byte-identical pages.
 */
import type { Dataset } from '@muster/core';
import { displayGraph } from './graph.js';
import { layout } from './layout.js';
import { DEFAULT_SETTINGS, type ViewerSettings } from './settings.js';
import type { LayoutOptions, StoredPositions } from './types.js';

const round = (v: number): number => Math.round(v * 100) / 100 || 0;

/**
 * Lays the dataset out as the viewer would (positions from the data's `x`/`y`
 * columns when every actor has them, else ForceAtlas2 from the seeded start)
 * and returns the positions of every actor, in the dataset's actor order.
 */
export function computePositions(
  dataset: Dataset,
  options: Omit<LayoutOptions, 'run' | 'positions'> = {},
  settings: ViewerSettings = DEFAULT_SETTINGS,
): StoredPositions {
  const positions = layout(displayGraph(dataset), options, settings);
  const out: Record<string, [number, number]> = {};
  for (const actor of dataset.actors) {
    const p = positions.get(actor.id);
    if (p !== undefined) out[actor.id] = [round(p.x), round(p.y)];
  }
  return { version: 1, positions: out };
}

/** The stored form as JSON text (actor order; byte-identical for the same input). */
export function positionsToJson(stored: StoredPositions): string {
  return JSON.stringify(stored);
}

/**
 * Checks stored positions read from a page or a file: a clear error naming
 * what is wrong, rather than a map drawn from garbage.
 */
export function parsePositions(value: unknown, where = 'positions'): StoredPositions {
  const fail = (why: string): never => {
    throw new Error(`${where}: ${why}`);
  };
  if (typeof value !== 'object' || value === null) return fail('expected an object');
  const { version, positions } = value as { version?: unknown; positions?: unknown };
  if (version !== 1) fail(`unsupported version ${JSON.stringify(version)} (expected 1)`);
  if (typeof positions !== 'object' || positions === null || Array.isArray(positions)) {
    return fail("'positions' must be an object of actor id → [x, y]");
  }
  for (const [id, p] of Object.entries(positions)) {
    if (!Array.isArray(p) || p.length !== 2 || !p.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      fail(`actor '${id}': expected [x, y], two finite numbers`);
    }
  }
  return { version: 1, positions: positions as Record<string, [number, number]> };
}
