/** Settings (defaults, merge, validation), label placement and locality separation, in Node. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, bandFor, resolveSettings, validateSettings } from '../src/settings.js';
import { placeLabels, shorten, type LabelCandidate } from '../src/labels.js';
import { separateLocalities, type Positions } from '../src/layout.js';

describe('settings', () => {
  it('resolves to the defaults, and merges a partial one level deep', () => {
    expect(resolveSettings()).toEqual(DEFAULT_SETTINGS);
    const s = resolveSettings({ labels: { size: 16 }, playInterval: 100 });
    expect(s.labels.size).toBe(16);
    expect(s.labels.font).toBe(DEFAULT_SETTINGS.labels.font);
    expect(s.playInterval).toBe(100);
    // The defaults are not changed by resolving.
    expect(DEFAULT_SETTINGS.labels.size).toBe(13);
  });

  it('rejects settings that cannot work, naming them', () => {
    expect(() => resolveSettings({ labels: { size: 0 } })).toThrow(/labels\.size/);
    expect(() => resolveSettings({ nodes: { sizes: [{ upTo: 10, min: 1, max: 2 }] } })).toThrow(/Infinity/);
    expect(() => resolveSettings({ nodes: { sizes: [{ upTo: Infinity, min: 3, max: 2 }] } })).toThrow(/min <= max/);
    expect(() => resolveSettings({ colors: { ...DEFAULT_SETTINGS.colors, edge: 'url(x)' } })).toThrow(/url\(x\)/);
    expect(() => resolveSettings({ ringWidth: 1 })).toThrow(/ringWidth/);
    expect(() => validateSettings(DEFAULT_SETTINGS)).not.toThrow();
  });

  it('picks the first band that holds a size', () => {
    const bands = DEFAULT_SETTINGS.nodes.sizes;
    expect(bandFor(bands, 20)).toBe(bands[0]);
    expect(bandFor(bands, 5_000)).toBe(bands[1]);
    expect(bandFor(bands, 50_000)).toBe(bands[2]);
  });
});

describe('label placement', () => {
  const settings = { ...DEFAULT_SETTINGS.labels, minNodeRadius: 5 };
  const measure = (text: string): number => text.length * 7;
  const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  it('never overlaps two labels, keeps them inside, and places forced ones first', () => {
    // A crowd: 60 nodes on a 10 px grid, the last one forced.
    const crowd: LabelCandidate[] = Array.from({ length: 60 }, (_, i) => ({
      id: `n${i}`,
      text: `Actor number ${i}`,
      x: 40 + (i % 10) * 10,
      y: 40 + Math.floor(i / 10) * 10,
      radius: 6,
      priority: i === 59 ? 1 : 0,
    }));
    const placed = placeLabels(crowd, { width: 300, height: 200 }, settings, measure);
    expect(placed[0]!.id).toBe('n59');
    for (const a of placed) {
      expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= 300 && a.y + a.height <= 200).toBe(true);
      for (const b of placed) if (a !== b) expect(overlaps(a, b)).toBe(false);
    }
    expect(placed.length).toBeGreaterThan(3);
    expect(placed.length).toBeLessThan(60);
  });

  it('moves a label to the left of a node at the right edge, and cuts long names', () => {
    const edge = placeLabels(
      [{ id: 'a', text: 'Edge', x: 295, y: 100, radius: 6, priority: 1 }],
      { width: 300, height: 200 },
      settings,
      measure,
    );
    expect(edge[0]!.x + edge[0]!.width).toBeLessThanOrEqual(300);
    expect(edge[0]!.x).toBeLessThan(295);
    expect(shorten('Abcdefghij', 5)).toBe('Abcd…');
    expect(shorten('عبد الرحمن', 40)).toBe('عبد الرحمن');
  });
});

describe('locality separation', () => {
  it('moves overlapping localities apart without changing their shapes', () => {
    const positions: Positions = new Map();
    const nodes: string[] = [];
    const localities: string[] = [];
    for (const [locality, count] of [
      ['A', 30],
      ['B', 10],
      ['C', 20],
    ] as const) {
      for (let i = 0; i < count; i++) {
        const id = `${locality}${i}`;
        nodes.push(id);
        localities.push(locality);
        // All three piled on the same spot.
        positions.set(id, { x: Math.cos(i) * 5, y: Math.sin(i) * 5 });
      }
    }
    const before = new Map(positions);
    separateLocalities(positions, nodes, localities);
    const discs = ['A', 'B', 'C'].map((l) => {
      const members = nodes.filter((_, i) => localities[i] === l);
      const cx = members.reduce((s, m) => s + positions.get(m)!.x, 0) / members.length;
      const cy = members.reduce((s, m) => s + positions.get(m)!.y, 0) / members.length;
      const r = Math.max(...members.map((m) => Math.hypot(positions.get(m)!.x - cx, positions.get(m)!.y - cy)));
      // Same shape: every member moved by the same offset.
      const dx = positions.get(members[0]!)!.x - before.get(members[0]!)!.x;
      for (const m of members) expect(positions.get(m)!.x - before.get(m)!.x).toBeCloseTo(dx, 9);
      return { cx, cy, r };
    });
    for (let i = 0; i < discs.length; i++) {
      for (let j = i + 1; j < discs.length; j++) {
        const [a, b] = [discs[i]!, discs[j]!];
        expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThan(a.r + b.r);
      }
    }
  });
});
