/**
 * Node sizes: radius = min + (max − min) × √(value / largest value), so that
 * area grows with the value (degree, or betweenness with an audit) and the
 * smallest actor stays visible; the band of min and max depends on the
 * graph's size (settings `nodes.sizes`).
 */
import { bandFor, type ViewerSettings } from './settings.js';

export function scaleSizes(
  values: ReadonlyMap<string, number>,
  nodes: readonly string[],
  settings: ViewerSettings,
): Map<string, number> {
  let max = 0;
  for (const v of values.values()) if (v > max) max = v;
  const { min, max: top } = bandFor(settings.nodes.sizes, nodes.length);
  const sizes = new Map<string, number>();
  for (const key of nodes) {
    const share = max > 0 ? Math.sqrt(Math.max(0, values.get(key) ?? 0) / max) : 0;
    sizes.set(key, min + (top - min) * share);
  }
  return sizes;
}
