import * as z from 'zod/mini';
import { asWritten, roleRef, ruleBaseShape, type RuleBase, type RuleDefinition } from './define.js';

/** The two role groups must not be joined through a single actor only. */
export interface RedundancyRule extends RuleBase {
  type: 'redundancy';
  roles: [string, string];
}

export const redundancy: RuleDefinition<RedundancyRule> = {
  type: 'redundancy',
  schema: z.strictObject({
    type: z.literal('redundancy'),
    roles: z.tuple([roleRef, roleRef]),
    ...ruleBaseShape,
  }),
  fields: [{ name: 'roles', required: true, meaning: 'two role ids (no wildcard)' }],
  defaultSeverity: 'warning',
  checks: 'two roles are not joined through one person only',
  roleReferences: (rule) => rule.roles.map((role, k) => ({ path: `roles.${k}`, role, wildcard: false })),
  describe: (rule, name = asWritten) =>
    `${name(rule.roles[0])} and ${name(rule.roles[1])} joined through more than one actor`,
};
