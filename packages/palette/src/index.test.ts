import { describe, expect, it } from 'vitest';
import {
  OTHER_COLOR,
  ROLE_PALETTE,
  ROLE_PALETTE_TESTED,
  TIE_KIND_PALETTE,
  roleColors,
  tieKindColors,
} from './index.js';

// Machado, Oliveira & Fernandes (2009), severity 1, on linear RGB.
const SIMULATIONS: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const linear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** CIELAB (D65) of a colour as seen with a simulated deficiency. */
function lab(hex: string, matrix: number[][]): [number, number, number] {
  const rgb = [1, 3, 5].map((k) => linear(parseInt(hex.slice(k, k + 2), 16) / 255));
  const [r, g, b] = matrix.map((row) =>
    Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)),
  ) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** The closest pair's distance (CIE76) under a simulation. */
function closest(colors: readonly string[], matrix: number[][]): number {
  let min = Infinity;
  for (let i = 0; i < colors.length; i++) {
    for (let j = i + 1; j < colors.length; j++) {
      const [a, b] = [lab(colors[i]!, matrix), lab(colors[j]!, matrix)];
      min = Math.min(min, Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]));
    }
  }
  return min;
}

describe('the palette', () => {
  it('keeps the tested role colours apart under every simulated colour-vision deficiency', () => {
    const tested = ROLE_PALETTE.slice(0, ROLE_PALETTE_TESTED);
    for (const [name, matrix] of Object.entries(SIMULATIONS)) {
      expect(closest(tested, matrix), name).toBeGreaterThanOrEqual(13);
    }
    // The check can fail: a red and a green of equal lightness merge for deuteranopes.
    expect(closest(['#D55E00', '#6F8F00'], SIMULATIONS.deuteranopia!)).toBeLessThan(13);
  });

  it('has no colour twice', () => {
    expect(new Set(ROLE_PALETTE).size).toBe(ROLE_PALETTE.length);
    expect(new Set(TIE_KIND_PALETTE).size).toBe(TIE_KIND_PALETTE.length);
  });

  it('colours roles by profile order, then extra roles, with profile colours and overrides', () => {
    const colors = roleColors([{ id: 'a' }, { id: 'b', color: '#123456' }], ['b', 'z', 'z', 'y'], { a: '#abcdef' });
    expect([...colors]).toEqual([
      ['a', '#abcdef'],
      ['b', '#123456'],
      ['z', ROLE_PALETTE[2]],
      ['y', ROLE_PALETTE[3]],
    ]);
    expect(tieKindColors(['x', 'y'], { y: '#000000' }).get('y')).toBe('#000000');
    expect(tieKindColors(['x']).get('x')).toBe(TIE_KIND_PALETTE[0]);
    expect(OTHER_COLOR).toMatch(/^#[0-9A-F]{6}$/);
  });
});
