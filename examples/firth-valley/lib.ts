/**
 * Small helpers for the Firth Valley generator: seeded choices, calendar
 * days, CSV text, and a seeded cascade that spreads an idea along ties.
 */
import { randomInt, type Rng } from '@muster/core';

/** Element `i`, or an error naming what was missing. */
export function at<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new Error(`index ${i} out of range (length ${xs.length})`);
  return x;
}

export function pick<T>(rng: Rng, xs: readonly T[]): T {
  return at(xs, randomInt(rng, xs.length));
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    [out[i], out[j]] = [at(out, j), at(out, i)];
  }
  return out;
}

/** A Poisson-distributed count (Knuth's method; fine for small means). */
export function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export function dayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

/** The ISO date (YYYY-MM-DD) of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A uniformly random day between two ISO dates, both included. */
export function randomDay(rng: Rng, from: string, to: string): number {
  const start = dayOf(from);
  return start + randomInt(rng, dayOf(to) - start + 1);
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break, or would read as a comment. */
function field(value: string | number | boolean): string {
  const text = String(value);
  return /[",\r\n]|^#|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV table: header row first, `\n` line ends, no BOM. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean)[])[]): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\n') + '\n';
}

/** How one idea spreads: who starts it, who may take it up, and how readily. */
export interface CascadeSpec {
  origin: string;
  start: string;
  /** Last date an adoption may carry. */
  end: string;
  /** Chance that an adopter passes the idea on along one tie, or 0 to block that tie. */
  chance: (from: string, to: string) => number;
  /** Days between hearing of an idea and taking it up: `min` plus up to `spread`. */
  minDelay: number;
  spread: number;
}

export interface Adoption {
  actor: string;
  day: number;
  source: string | undefined;
}

/**
 * A seeded independent cascade in continuous time: each adopter gets one
 * chance to pass the idea to each neighbour, after a random delay; a
 * neighbour adopts at the earliest time anyone reaches it, and that person
 * is its source. The result is in adoption order.
 */
export function cascade(rng: Rng, neighbours: ReadonlyMap<string, readonly string[]>, spec: CascadeSpec): Adoption[] {
  const end = dayOf(spec.end);
  const done = new Map<string, Adoption>();
  const pending = new Map<string, Adoption>([
    [spec.origin, { actor: spec.origin, day: dayOf(spec.start), source: undefined }],
  ]);
  for (;;) {
    let next: Adoption | undefined;
    for (const a of pending.values()) {
      if (!next || a.day < next.day || (a.day === next.day && a.actor < next.actor)) next = a;
    }
    if (!next) break;
    pending.delete(next.actor);
    done.set(next.actor, next);
    for (const v of neighbours.get(next.actor) ?? []) {
      if (done.has(v)) continue;
      const p = spec.chance(next.actor, v);
      if (p <= 0 || rng() >= p) continue;
      const day = next.day + spec.minDelay + randomInt(rng, spec.spread + 1);
      const current = pending.get(v);
      if (day <= end && (!current || day < current.day)) pending.set(v, { actor: v, day, source: next.actor });
    }
  }
  return [...done.values()];
}
