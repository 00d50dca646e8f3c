/**
 * An idea's life cycle from its mentions (press citations, minutes,
 * newsletters per period), read the way one tells a policy's birth and
 * death from newspaper citations.
 *
 * The series runs from the idea's first period to the latest period of any
 * idea in mentions.csv ("now"); for steps and months, periods without a row
 * count as 0. With P the peak of the 3-period centred moving average, R the
 * mean of the last 3 periods and S the least-squares slope of the last 6
 * periods divided by P:
 * - `dormant`: R ≤ 0.1 P — nearly silent compared with its height;
 * - `emerging`: S > 0.02 per period and R ≥ 0.5 P — rising, at or near its height;
 * - `peaking`: R ≥ 0.5 P otherwise — at its height;
 * - `declining`: otherwise — well below its peak but still mentioned.
 * An idea with no mention is `unknown`.
 */
import { compareDates, parseDate, type Mention } from '@muster/core';
import { periodLabel, periodOf } from './periods.js';
import type { LifeCycle } from './report.js';

export function lifeCycle(mentions: readonly Mention[], idea: string): LifeCycle {
  const own = mentions.filter((m) => m.idea === idea).sort((a, b) => compareDates(a.date, b.date));
  const total = own.reduce((s, m) => s + m.count, 0);
  const nonzero = own.filter((m) => m.count > 0);
  if (own.length === 0 || total === 0) {
    return {
      status: 'unknown',
      first: null,
      peak: null,
      last: null,
      total,
      series: own.map((m) => ({ date: m.date, count: m.count })),
    };
  }
  let peakMention = nonzero[0]!;
  for (const m of nonzero) if (m.count > peakMention.count) peakMention = m;

  const series = fill(own, mentions);
  const counts = series.map((s) => s.count);
  const smoothed = counts.map((_, i) => {
    const window = counts.slice(Math.max(0, i - 1), i + 2);
    return window.reduce((s, c) => s + c, 0) / window.length;
  });
  const peak = Math.max(...smoothed);
  const recent = counts.slice(-3);
  const r = recent.reduce((s, c) => s + c, 0) / recent.length;
  const slope = leastSquaresSlope(counts.slice(-6)) / peak;
  const status =
    r <= 0.1 * peak
      ? 'dormant'
      : slope > 0.02 && r >= 0.5 * peak
        ? 'emerging'
        : r >= 0.5 * peak
          ? 'peaking'
          : 'declining';
  return {
    status,
    first: nonzero[0]!.date,
    peak: peakMention.date,
    last: nonzero[nonzero.length - 1]!.date,
    total,
    series,
  };
}

/** The idea's counts per period up to "now", with missing step or month periods as 0; other dates as given. */
function fill(own: readonly Mention[], all: readonly Mention[]): { date: string; count: number }[] {
  const form = parseDate(own[0]!.date)!.form;
  const byMonthOrStep = all.every(
    (m) => parseDate(m.date)!.form === form && (form === 'step' || /^\d{4}-\d{2}$/.test(m.date)),
  );
  if (!byMonthOrStep) return own.map((m) => ({ date: m.date, count: m.count }));
  const counts = new Map<number, number>();
  for (const m of own) {
    const key = periodOf(m.date).key;
    counts.set(key, (counts.get(key) ?? 0) + m.count);
  }
  const first = Math.min(...counts.keys());
  const now = Math.max(...all.map((m) => periodOf(m.date).key));
  const out: { date: string; count: number }[] = [];
  for (let key = first; key <= now; key++)
    out.push({ date: periodLabel(key, own[0]!.date), count: counts.get(key) ?? 0 });
  return out;
}

function leastSquaresSlope(ys: readonly number[]): number {
  const n = ys.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return num / den;
}
