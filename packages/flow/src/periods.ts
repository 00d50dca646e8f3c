/**
 * Periods for counting over time: whole-number steps as they are, calendar
 * dates by month (`YYYY-MM`). Used for the hazard rate and life cycles.
 */
import { parseDate } from '@muster/core';

/** The period a date falls in, as a sortable key and a label. */
export function periodOf(date: string): { key: number; label: string } {
  const parsed = parseDate(date)!;
  if (parsed.form === 'step') return { key: parsed.value, label: String(parsed.value) };
  const d = new Date(parsed.value);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  return { key: year * 12 + month, label: `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}` };
}

/** The label of a period key of the same form as `sample`. */
export function periodLabel(key: number, sample: string): string {
  if (parseDate(sample)!.form === 'step') return String(key);
  const year = Math.floor(key / 12);
  return `${String(year).padStart(4, '0')}-${String((key % 12) + 1).padStart(2, '0')}`;
}
