/**
 * A guard for the user's column `pattern`: JavaScript's regular
 * expressions backtrack, so a pattern such as `(a+)+$` takes exponential
 * time on a header of thirty `a`s, and `\d*\d*\d*\d*x` polynomial time of a
 * high degree. Patterns that can do that are refused when the settings are
 * read, and every header is matched on its first {@link MATCHED_LENGTH}
 * characters only, so what is left runs in bounded time.
 */

/** How much of a header a pattern is matched against. */
export const MATCHED_LENGTH = 200;
/** How many unbounded repeats (`*`, `+`, `{n,}`) a pattern may have. */
const MAX_REPEATS = 3;

interface Group {
  repeats: boolean;
  alternatives: boolean;
}

/** Why `pattern` could run for too long, or `undefined` when it cannot. */
export function riskyPattern(pattern: string): string | undefined {
  const stack: Group[] = [{ repeats: false, alternatives: false }];
  let unbounded = 0;
  /** The length of a repeat starting at `i` (`*`, `+`, `{2,}`, `{1,5}`), or 0. */
  const repeatAt = (i: number): number => {
    const c = pattern[i];
    if (c === '*' || c === '+') return 1;
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
    if (braces === null || braces[2] === undefined) return 0;
    if (braces[3] !== '' && Number(braces[3]) <= 1) return 0;
    return braces[0].length;
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const top = stack[stack.length - 1]!;
    if (c === '\\') {
      if (/[1-9k]/.test(pattern[i + 1] ?? ''))
        return 'it refers back to a group (\\1), which can take exponential time';
      i++;
    } else if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '(') stack.push({ repeats: false, alternatives: false });
    else if (c === '|') top.alternatives = true;
    else if (c === ')' && stack.length > 1) {
      const group = stack.pop()!;
      const repeated = repeatAt(i + 1) > 0;
      if (repeated && (group.repeats || group.alternatives))
        return `a repeated group holds ${group.repeats ? 'a repeat' : 'alternatives'}, as in (a+)+ or (a|ab)*, which can take exponential time`;
      const parent = stack[stack.length - 1]!;
      parent.repeats ||= group.repeats || repeated;
      parent.alternatives ||= group.alternatives;
    } else if (repeatAt(i) > 0) {
      top.repeats = true;
      if (++unbounded > MAX_REPEATS)
        return `it has more than ${MAX_REPEATS} repeats (*, + or {n,}), which can take a long time`;
    }
  }
  return undefined;
}
