/**
 * The discrete-time hazard of adoption (Allison 1984; as in network
 * diffusion studies, Valente 1995): per period from the first adoption to
 * the last, the adoptions in the period divided by the actors still at risk
 * at its start (every actor of the dataset who had not yet adopted).
 */
import { periodLabel, periodOf } from './periods.js';
import type { AdoptionStep, HazardPoint } from './report.js';

export function hazardRate(steps: readonly AdoptionStep[], population: number): HazardPoint[] {
  if (steps.length === 0) return [];
  const counts = new Map<number, number>();
  for (const step of steps) {
    const { key } = periodOf(step.date);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys = [...counts.keys()];
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  const out: HazardPoint[] = [];
  let before = 0;
  for (let key = first; key <= last; key++) {
    const adopted = counts.get(key) ?? 0;
    const atRisk = population - before;
    out.push({ date: periodLabel(key, steps[0]!.date), adopted, atRisk, hazard: atRisk > 0 ? adopted / atRisk : 0 });
    before += adopted;
  }
  return out;
}
