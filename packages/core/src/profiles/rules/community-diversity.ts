import * as z from 'zod/mini';
import { ruleBaseShape, type RuleBase, type RuleDefinition } from './define.js';

/** A community made of fewer than `minRoles` distinct roles is a silo. */
export interface CommunityDiversityRule extends RuleBase {
  type: 'communityDiversity';
  minRoles: number;
}

export const communityDiversity: RuleDefinition<CommunityDiversityRule> = {
  type: 'communityDiversity',
  schema: z.strictObject({
    type: z.literal('communityDiversity'),
    minRoles: z.int().check(z.positive()),
    ...ruleBaseShape,
  }),
  fields: [{ name: 'minRoles', required: true, meaning: 'the fewest distinct roles a community must mix (1 or more)' }],
  defaultSeverity: 'warning',
  checks: 'communities are not single-profession silos',
  roleReferences: () => [],
  describe: (rule) => `Every community mixes at least ${rule.minRoles} ${rule.minRoles === 1 ? 'role' : 'roles'}`,
};
