import { describe, expect, it } from 'vitest';
import { compareDates, parseDate } from './dates.js';

describe('parseDate', () => {
  it('reads steps, calendar dates and date-times', () => {
    expect(parseDate('12')).toEqual({ form: 'step', value: 12 });
    expect(parseDate('2024-03')).toEqual({ form: 'calendar', value: Date.UTC(2024, 2, 1) });
    expect(parseDate('2024-03-05')).toEqual({ form: 'calendar', value: Date.UTC(2024, 2, 5) });
    expect(parseDate('2024-03-05T09:30')?.value).toBe(Date.UTC(2024, 2, 5, 9, 30));
    expect(parseDate('2024-03-05T09:30:15.250Z')?.value).toBe(Date.UTC(2024, 2, 5, 9, 30, 15, 250));
    expect(parseDate('2024-03-05T09:30+01:00')?.value).toBe(Date.UTC(2024, 2, 5, 8, 30));
  });

  it('refuses impossible and malformed dates', () => {
    for (const bad of [
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-01-32',
      '24-01-01',
      '1.5',
      'March 2024',
      '2024-03-05T25:00',
      '',
    ]) {
      expect(parseDate(bad), bad).toBeUndefined();
    }
    expect(parseDate('2024-02-29')).toBeDefined();
    expect(parseDate('0004-02-29')).toBeDefined();
    expect(parseDate('0100-02-29')).toBeUndefined();
    expect(parseDate('0050-01-01')!.value).toBeLessThan(parseDate('1950-01-01')!.value);
  });

  it('orders dates of one form', () => {
    expect(compareDates('2', '10')).toBeLessThan(0);
    expect(compareDates('2024-01-31', '2024-02')).toBeLessThan(0);
  });
});
