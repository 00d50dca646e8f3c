import type { MinCountRule } from '@muster/core';
import { finding, type RuleContext, type RuleResults } from './context.js';

/** Fails when the locality has fewer than `min` actors of the role. */
export function checkMinCount(rule: MinCountRule, context: RuleContext, results: RuleResults): void {
  const where = context.view.locality;
  const c = context.coverage[context.roleOf(rule.role)]!;
  if (c.count >= rule.min) return;
  results.findings.push(
    finding(
      rule,
      c.count === 0
        ? `${where} has no ${c.label.toLowerCase()} (at least ${rule.min} needed).`
        : `${where} has ${c.count} of ${c.label.toLowerCase()} where at least ${rule.min} are needed.`,
      { role: rule.role, count: c.count, min: rule.min },
    ),
  );
}
