/**
 * Dates as a dataset writes them: an ISO 8601 calendar date (`2024-03`,
 * `2024-03-01`), an ISO 8601 date-time (`2024-03-01T09:30`, with seconds,
 * fraction and zone optional), or a whole-number step (`12`, for studies
 * that count months or waves). Datasets keep the text as written; this
 * module checks it and turns it into a number that orders correctly.
 */

/** The two forms a date can take. Steps and calendar dates do not compare. */
export type DateForm = 'step' | 'calendar';

/** A parsed date: its form and a number that orders dates of the same form. */
export interface DateValue {
  form: DateForm;
  /** The step itself, or milliseconds since 1970-01-01T00:00Z. */
  value: number;
}

const STEP = /^-?\d{1,15}$/;
const CALENDAR =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Date.UTC reads years 0–99 as 1900–1999; this does not. */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millis = 0): number {
  const date = new Date(Date.UTC(2000, month, day, hour, minute, second, millis));
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

/**
 * Parses a date as written in a dataset, or returns `undefined` if it is not
 * one of the accepted forms (including impossible dates such as 2023-02-30).
 * A four-digit number alone is read as a step, not a year: write `2019-01`
 * for a calendar month.
 */
export function parseDate(text: string): DateValue | undefined {
  const s = text.trim();
  if (STEP.test(s)) return { form: 'step', value: Number(s) };
  const m = CALENDAR.exec(s);
  if (!m || m[2] === undefined) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const millis = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  let offset = 0;
  const zone = m[8];
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const zh = Number(digits.slice(0, 2));
    const zm = Number(digits.slice(2));
    if (zh > 23 || zm > 59) return undefined;
    offset = sign * (zh * 60 + zm) * 60_000;
  }
  const value = utc(year, month - 1, day, hour, minute, second, millis) - offset;
  return { form: 'calendar', value };
}

/** True if `text` is an accepted date. */
export function isValidDate(text: string): boolean {
  return parseDate(text) !== undefined;
}

/**
 * Orders two dates as written. Both must be valid and of the same form;
 * otherwise ordering falls back to text order, which callers avoid by
 * validating first.
 */
export function compareDates(a: string, b: string): number {
  const x = parseDate(a);
  const y = parseDate(b);
  if (x && y && x.form === y.form) return x.value - y.value;
  return a < b ? -1 : a > b ? 1 : 0;
}
