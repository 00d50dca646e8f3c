import * as z from 'zod/mini';
import {
  asWritten,
  count,
  listInWords as list,
  roleRef,
  ruleBaseShape,
  type RuleBase,
  type RuleDefinition,
} from './define.js';

/** No actor of `role` has ties to more than `max` distinct actors of the `from` roles. */
export interface MaxContactsRule extends RuleBase {
  type: 'maxContacts';
  role: string;
  from: string[];
  max: number;
}

export const maxContacts: RuleDefinition<MaxContactsRule> = {
  type: 'maxContacts',
  schema: z.strictObject({
    type: z.literal('maxContacts'),
    role: roleRef,
    from: z.array(roleRef).check(z.minLength(1)),
    max: count,
    ...ruleBaseShape,
  }),
  fields: [
    { name: 'role', required: true, meaning: 'the role whose actors are checked, one by one' },
    { name: 'from', required: true, meaning: 'a list of one or more role ids: the people who are counted' },
    {
      name: 'max',
      required: true,
      meaning: 'the most distinct actors of the `from` roles one actor may be tied to (0 or more)',
    },
  ],
  defaultSeverity: 'warning',
  checks: 'nobody of a role is tied to too many people of other roles',
  roleReferences: (rule) => [
    { path: 'role', role: rule.role, wildcard: false },
    ...rule.from.map((role, k) => ({ path: `from.${k}`, role, wildcard: false })),
  ],
  describe: (rule, name = asWritten) =>
    `No ${name(rule.role)} tied to more than ${rule.max} distinct actors of ${list(rule.from.map(name))}`,
};
