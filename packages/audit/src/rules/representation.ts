import { normaliseKey, type RepresentationRule } from '@muster/core';
import type { LocalityView } from '../locality.js';
import { finding, type RuleContext, type RuleResults } from './context.js';

/** Fails when an attribute's shares differ from the reference by more than `tolerance`, or nobody has the attribute. */
export function checkRepresentation(rule: RepresentationRule, context: RuleContext, results: RuleResults): void {
  const where = context.view.locality;
  const result = representation(context.view, rule.attribute, rule.reference, rule.tolerance);
  if (result === null) {
    results.findings.push(
      finding(rule, `No actor in ${where} has a value for '${rule.attribute}', so representation cannot be checked.`, {
        attribute: rule.attribute,
        known: 0,
      }),
    );
    return;
  }
  results.structure.push(1 - result.off.length / Math.max(1, Object.keys(rule.reference).length));
  if (result.off.length === 0) return;
  results.findings.push(
    finding(
      rule,
      `In ${where}, the shares of '${rule.attribute}' differ from the reference: ${result.off
        .map((o) => `${o.value} ${pct(o.share)} (reference ${pct(o.reference)})`)
        .join(', ')}.`,
      { attribute: rule.attribute, known: result.known, shares: result.shares, tolerance: rule.tolerance },
    ),
  );
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Shares of an attribute's values among actors that have one; values compared case-insensitively. */
function representation(
  view: LocalityView,
  attribute: string,
  reference: Record<string, number>,
  tolerance: number,
): {
  known: number;
  shares: Record<string, number>;
  off: { value: string; share: number; reference: number }[];
} | null {
  const counts = new Map<string, number>();
  let known = 0;
  const key = normaliseKey(attribute);
  for (const actor of view.actors) {
    const entry = Object.entries(actor.attributes).find(([k]) => normaliseKey(k) === key);
    if (entry === undefined) continue;
    const value = normaliseKey(String(entry[1]));
    counts.set(value, (counts.get(value) ?? 0) + 1);
    known++;
  }
  if (known === 0) return null;
  const shares: Record<string, number> = {};
  const off: { value: string; share: number; reference: number }[] = [];
  for (const [value, expected] of Object.entries(reference)) {
    const share = (counts.get(normaliseKey(value)) ?? 0) / known;
    shares[value] = share;
    if (Math.abs(share - expected) > tolerance) off.push({ value, share, reference: expected });
  }
  return { known, shares, off };
}
