/**
 * The shape checks of profiles, Kumu mappings and survey settings, in
 * people's words. They are written with `zod/mini`, which carries no
 * messages of its own (that keeps the command small and quick to start);
 * {@link SHAPE_MESSAGES}, passed to `safeParse`, says each problem as a
 * sentence. A message a schema gives itself still wins.
 */
import type { core } from 'zod/mini';

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  record: 'an object',
};

const bound = (inclusive: boolean | undefined, atLeast: string, beyond: string): string =>
  inclusive === false ? beyond : atLeast;

function tooSmall(issue: core.$ZodRawIssue<core.$ZodIssueTooSmall>): string {
  const min = String(issue.minimum);
  if (issue.origin === 'string') return min === '1' ? 'must not be empty' : `must have at least ${min} characters`;
  if (issue.origin === 'array' || issue.origin === 'set')
    return min === '1' ? 'must list at least one' : `must list at least ${min}`;
  return `must be ${bound(issue.inclusive, 'at least', 'more than')} ${min}`;
}

function tooBig(issue: core.$ZodRawIssue<core.$ZodIssueTooBig>): string {
  const max = String(issue.maximum);
  if (issue.origin === 'string') return `must have at most ${max} characters`;
  if (issue.origin === 'array' || issue.origin === 'set') return `must list at most ${max}`;
  return `must be ${bound(issue.inclusive, 'at most', 'less than')} ${max}`;
}

/** One shape problem as a sentence about the field ("must be a whole number"). */
export function describeShapeIssue(issue: core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v));
      return `must be ${values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : values[0]}`;
    }
    case 'invalid_format':
      return issue.format === 'regex' ? 'is not written in the expected form' : `is not a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `has the unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return 'matches none of the forms allowed here';
    default:
      return 'is not valid here';
  }
}

/** The parse context that words every shape problem: `schema.safeParse(value, SHAPE_MESSAGES)`. */
export const SHAPE_MESSAGES = { error: describeShapeIssue } as const;
