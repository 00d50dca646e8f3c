import { describe, expect, it } from 'vitest';
import { builtinFormatKind, formatCodeKind, isoCellText, serialToIso, serialToTime } from './dates.js';

describe('number formats', () => {
  it.each([
    ['yyyy-mm-dd', 'date'],
    ['d/m/yyyy', 'date'],
    ['mmm d, yyyy', 'date'],
    ['[$-409]mmmm d, yyyy;@', 'date'],
    ['dd/mm/yyyy hh:mm', 'date'],
    ['yyyy"年"m"月"d"日"', 'date'],
    ['mmmm', 'date'],
    ['h:mm', 'time'],
    ['hh:mm:ss AM/PM', 'time'],
    ['[h]:mm:ss', 'time'],
    ['mm:ss.0', 'time'],
    ['[mm]:ss', 'time'],
    ['0.00', 'number'],
    ['0.00E+00', 'number'],
    ['#,##0 "days"', 'number'],
    ['[Red]0.0;[Blue]-0.0', 'number'],
    ['"Day "0', 'number'],
    ['\\d0', 'number'],
    ['General', 'number'],
    ['@', 'number'],
  ] as const)('%s shows a %s', (code, kind) => {
    expect(formatCodeKind(code)).toBe(kind);
  });

  it('knows the built-in formats', () => {
    expect([14, 15, 16, 17, 22].map(builtinFormatKind)).toEqual(['date', 'date', 'date', 'date', 'date']);
    expect([18, 19, 20, 21, 45, 46, 47].every((id) => builtinFormatKind(id) === 'time')).toBe(true);
    expect([0, 1, 2, 9, 10, 11, 49].every((id) => builtinFormatKind(id) === 'number')).toBe(true);
  });
});

describe('serials', () => {
  it('turns 1900-system serials into ISO dates, Excel leap-year bug included', () => {
    expect(serialToIso(45352, false)).toBe('2024-03-01');
    expect(serialToIso(1, false)).toBe('1900-01-01');
    expect(serialToIso(59, false)).toBe('1900-02-28');
    expect(serialToIso(60, false)).toBe('1900-02-29'); // the phantom day Excel shows
    expect(serialToIso(61, false)).toBe('1900-03-01');
    expect(serialToIso(2958465, false)).toBe('9999-12-31');
    expect(serialToIso(2958466, false)).toBeUndefined();
    expect(serialToIso(-1, false)).toBeUndefined();
  });

  it('adds the time of day when there is one, rounded to the millisecond', () => {
    expect(serialToIso(45352.395833333336, false)).toBe('2024-03-01T09:30');
    expect(serialToIso(45352 + (9 * 3600 + 30 * 60 + 15.25) / 86400, false)).toBe('2024-03-01T09:30:15.250');
    expect(serialToIso(45352.99999999999, false)).toBe('2024-03-02'); // rounds to midnight
    expect(serialToIso(0.5, false)).toBe('12:00');
  });

  it('reads the 1904 system', () => {
    expect(serialToIso(0, true)).toBe('1904-01-01');
    expect(serialToIso(43890, true)).toBe('2024-03-01');
  });

  it('shows time formats as times of day', () => {
    expect(serialToTime(0.75, false)).toBe('18:00');
    expect(serialToTime(0.0001157407407, false)).toBe('00:00:10');
    expect(serialToTime(45352.5, false)).toBe('2024-03-01T12:00');
  });

  it('reads t="d" cells', () => {
    expect(isoCellText('2024-03-01T00:00:00')).toBe('2024-03-01');
    expect(isoCellText('2024-03-01T09:30:00')).toBe('2024-03-01T09:30');
    expect(isoCellText('2024-03-01T09:30:15.500Z')).toBe('2024-03-01T09:30:15.5Z');
    expect(isoCellText('soon')).toBe('soon');
  });
});
