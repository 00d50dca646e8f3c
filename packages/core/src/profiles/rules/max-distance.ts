import * as z from 'zod/mini';
import { asWritten, roleRef, ruleBaseShape, type RuleBase, type RuleDefinition } from './define.js';

/**
 * The two role groups within `max` steps of each other. A role of `*`
 * stands for every role present, so `["*", "*"]` asks every pair of
 * present roles to be that close.
 */
export interface MaxDistanceRule extends RuleBase {
  type: 'maxDistance';
  roles: [string, string];
  max: number;
}

export const maxDistance: RuleDefinition<MaxDistanceRule> = {
  type: 'maxDistance',
  schema: z.strictObject({
    type: z.literal('maxDistance'),
    roles: z.tuple([roleRef, roleRef]),
    max: z.int().check(z.positive()),
    ...ruleBaseShape,
  }),
  fields: [
    { name: 'roles', required: true, meaning: 'two role ids, or `"*"` (see below)' },
    {
      name: 'max',
      required: true,
      meaning: 'the most steps allowed between the two roles (a whole number, 1 or more)',
    },
  ],
  defaultSeverity: 'warning',
  checks: 'two roles are close enough',
  roleReferences: (rule) => rule.roles.map((role, k) => ({ path: `roles.${k}`, role, wildcard: true })),
  describe: (rule, name = asWritten) => {
    const steps = `${rule.max} ${rule.max === 1 ? 'step' : 'steps'}`;
    const [a, b] = rule.roles;
    if (a === '*' && b === '*') return `Every present role within ${steps} of every other`;
    if (a === '*' || b === '*') return `${name(a === '*' ? b : a)} within ${steps} of every other present role`;
    return `${name(a)} and ${name(b)} ${rule.max === 1 ? 'directly tied, within 1 step' : `within ${steps}`}`;
  },
};
