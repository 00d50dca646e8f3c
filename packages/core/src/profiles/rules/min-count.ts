import * as z from 'zod/mini';
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
    recommended: z.optional(count),
    ...ruleBaseShape,
  }),
  fields: [
    { name: 'role', required: true, meaning: 'a role id of the profile' },
    {
      name: 'min',
      required: true,
      meaning: 'the fewest actors of the role the locality must have (a whole number, 0 or more)',
    },
    {
      name: 'recommended',
      required: false,
      meaning: 'the number below which a present role counts as **thin**; at least `min`',
    },
  ],
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
