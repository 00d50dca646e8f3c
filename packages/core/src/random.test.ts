import { describe, expect, it } from 'vitest';
import { createRng, randomInt } from './random.js';

describe('createRng', () => {
  it('gives the same sequence for the same seed, and pinned values', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(xs).toEqual(
      JSON.parse(
        '[0.23955312534235418,0.5859209857881069,0.09323416277766228,0.19866962218657136,0.44710162095725536]',
      ),
    );
  });

  it('gives different sequences for neighbouring seeds, in [0, 1), roughly uniform', () => {
    expect(createRng(1)()).not.toBe(createRng(2)());
    const rng = createRng(7);
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const x = rng();
      expect(x >= 0 && x < 1).toBe(true);
      bins[randomInt(() => x, 10)]!++;
    }
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});
