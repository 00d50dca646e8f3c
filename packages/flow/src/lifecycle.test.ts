import type { Mention } from '@muster/core';
import { describe, expect, it } from 'vitest';
import { lifeCycle } from './lifecycle.js';

const series = (idea: string, counts: number[]): Mention[] =>
  counts.map((count, i) => ({ idea, date: `2024-${String(i + 1).padStart(2, '0')}`, count, attributes: {} }));

describe('lifeCycle', () => {
  it('tells emerging, peaking, declining and dormant ideas apart', () => {
    const mentions = [
      ...series('rising', [0, 0, 1, 1, 2, 3, 4, 6, 8, 10, 12, 14]),
      ...series('top', [1, 3, 6, 9, 12, 12, 11, 12, 12, 11, 12, 12]),
      ...series('falling', [20, 18, 16, 14, 12, 10, 8, 7, 6, 6, 5, 5]),
      ...series('quiet', [5, 9, 12, 8, 4, 2, 1, 0, 1, 0, 0, 0]),
    ];
    expect(lifeCycle(mentions, 'rising').status).toBe('emerging');
    expect(lifeCycle(mentions, 'top').status).toBe('peaking');
    expect(lifeCycle(mentions, 'falling').status).toBe('declining');
    expect(lifeCycle(mentions, 'quiet')).toMatchObject({
      status: 'dormant',
      first: '2024-01',
      peak: '2024-03',
      last: '2024-09',
      total: 42,
    });
    expect(lifeCycle(mentions, 'none')).toMatchObject({ status: 'unknown', first: null });
  });

  it('counts missing months up to the latest month of any idea as silence', () => {
    const mentions = [...series('early', [3, 8, 9]), ...series('late', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])];
    const early = lifeCycle(mentions, 'early');
    expect(early.series.length).toBe(12);
    expect(early.status).toBe('dormant');
  });
});
