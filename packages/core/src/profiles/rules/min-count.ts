import { z } from 'zod';
import { asWritten, count, roleRef, ruleBaseShape, type RuleBase, type RuleDefinition } from './define.js';

/** At least `min` actors of the role; fewer than `recommended` is "thin". */
export interface MinCountRule extends RuleBase {
  type: 'minCount';
  role: string;
  min: number;
  recommended?: number;
}

export const minCount: RuleDefinition<MinCountRule> = {
  type: 'minCount',
  schema: z.strictObject({
    type: z.literal('minCount'),
    role: roleRef,
    min: count,
    recommended: count.optional(),
    ...ruleBaseShape,
  }),
  defaultSeverity: 'error',
  checks: 'a role has enough actors',
  roleReferences: (rule) => [{ path: 'role', role: rule.role, wildcard: false }],
  problems: (rule) =>
    rule.recommended !== undefined && rule.recommended < rule.min
      ? [
          {
            path: 'recommended',
            value: String(rule.recommended),
            message: 'recommends fewer actors than its minimum',
            hint: 'recommended must be at least min',
          },
        ]
      : [],
  describe: (rule, name = asWritten) =>
    `At least ${rule.min} of ${name(rule.role)}` +
    (rule.recommended === undefined ? '' : `, thin below ${rule.recommended}`),
};
