import * as z from 'zod/mini';
import { ruleBaseShape, type RuleBase, type RuleDefinition } from './define.js';

/** An attribute's shares within `tolerance` of a reference population. */
export interface RepresentationRule extends RuleBase {
  type: 'representation';
  attribute: string;
  reference: Record<string, number>;
  tolerance: number;
}

const points = (share: number): number => Math.round(share * 1000) / 10;

export const representation: RuleDefinition<RepresentationRule> = {
  type: 'representation',
  schema: z.strictObject({
    type: z.literal('representation'),
    attribute: z.string().check(z.minLength(1)),
    reference: z.record(z.string(), z.number().check(z.minimum(0), z.maximum(1))),
    tolerance: z.number().check(z.minimum(0), z.maximum(1)),
    ...ruleBaseShape,
  }),
  fields: [
    {
      name: 'attribute',
      required: true,
      meaning: 'a column of `actors.csv` (an extra column such as `gender` or `age-band`)',
    },
    {
      name: 'reference',
      required: true,
      meaning: 'each value of the attribute and its share of the reference population, from 0 to 1',
    },
    {
      name: 'tolerance',
      required: true,
      meaning: 'how far, from 0 to 1, a share on the map may be from the reference share',
    },
  ],
  defaultSeverity: 'info',
  checks: 'the people on the map reflect a reference population',
  roleReferences: () => [],
  describe: (rule) =>
    `The shares of '${rule.attribute}' within ${points(rule.tolerance)} percentage points of the reference: ` +
    Object.entries(rule.reference)
      .map(([value, share]) => `${value} ${points(share)}%`)
      .join(', '),
};
