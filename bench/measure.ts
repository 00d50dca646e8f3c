/**
 * Small helpers the benchmarks share: peak memory, timing, formatting,
 * and a scratch folder that is removed on exit.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The RSS high-water mark of this process in bytes (VmHWM where /proc has it, else maxRSS). */
export function peakRss(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match !== null) return Number(match[1]) * 1024;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS * 1024;
}

/** Runs `f` and returns its result, the wall time and the CPU time in seconds. */
export function timed<T>(f: () => T): Timed<T> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = f();
  return { value, seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSince(cpu) };
}

/** As {@link timed}, for an async `f`. */
export async function timedAsync<T>(f: () => Promise<T>): Promise<Timed<T>> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = await f();
  return { value, seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSince(cpu) };
}

/** A value with the wall time and the CPU time (every thread of the process, user + system) it took. */
export interface Timed<T> {
  value: T;
  seconds: number;
  cpuSeconds: number;
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** Seconds with a precision that suits their size: 0.012 s, 0.48 s, 5.3 s, 41 s. */
export function seconds(s: number): string {
  if (!Number.isFinite(s)) return '–';
  if (s < 0.1) return `${s.toFixed(3)} s`;
  if (s < 1) return `${s.toFixed(2)} s`;
  if (s < 10) return `${s.toFixed(1)} s`;
  return `${s.toFixed(0)} s`;
}

/** Megabytes, whole. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1e6).toLocaleString('en')} MB`;
}

/** The middle value (the mean of the two middle ones when their number is even). */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A ratio as "12×" or "0.5×". */
export function ratio(x: number): string {
  if (!Number.isFinite(x)) return '–';
  return x >= 10 ? `${x.toFixed(0)}×` : `${x.toFixed(x >= 1 ? 1 : 2)}×`;
}

/** `1,000` style. */
export function count(x: number): string {
  return x.toLocaleString('en');
}

/** Pads the cells of a table to line up; the first column left, the rest right. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '))
    .join('\n');
}

/** A fresh folder under the system's temporary folder, removed when the process exits unless `keep`. */
export function scratchFolder(prefix: string, keep = false): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (!keep) process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
