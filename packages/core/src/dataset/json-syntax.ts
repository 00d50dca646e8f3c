/**
 * Where a JSON text goes wrong. `JSON.parse` does not always say (V8 gives a
 * position for some errors only), so on failure this small scanner walks
 * the text by the JSON grammar (RFC 8259) and returns the line and column of
 * the first character that cannot be right.
 */

/** 1-based line and column of the first syntax error, or undefined if the text is valid JSON. */
export function locateJsonError(text: string): { line: number; column: number } | undefined {
  const found = scan(text, false);
  return found === undefined ? undefined : { line: found.line, column: found.column };
}

/**
 * The first key written twice in one object of a valid JSON text, with its
 * 1-based line and column (of the second one), or undefined. `JSON.parse`
 * silently keeps the last, so `{"id": "a1", "id": "a9"}` would lose `a1`.
 */
export function findDuplicateKey(text: string): { line: number; column: number; key: string } | undefined {
  const found = scan(text, true);
  return found?.key === undefined ? undefined : { line: found.line, column: found.column, key: found.key };
}

function scan(text: string, duplicates: boolean): { line: number; column: number; key?: string } | undefined {
  let i = 0;
  const n = text.length;
  const ws = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fail = (): never => {
    throw new SyntaxAt(i);
  };
  /** The object's key that starts at `start` and ends before `i`, decoded. */
  const keyAt = (start: number): string => {
    const raw = text.slice(start, i);
    return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = (): void => {
    i++; // opening quote
    while (i < n) {
      // A run of plain characters in one step (a character class loop: no backtracking, any length).
      PLAIN.lastIndex = i;
      PLAIN.test(text);
      i = PLAIN.lastIndex;
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) fail();
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            fail();
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          fail();
        }
      } else i++;
    }
    fail();
  };
  const number = (): void => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m || m[0] === '' || m[0] === '-') fail();
    i += m![0].length;
  };
  /** The members of an object or array after its opening bracket, each read by `member`, up to `close`. */
  const members = (close: string, member: () => void): void => {
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      member();
      ws();
      if (text[i] === ',') i++;
      else if (text[i] === close) {
        i++;
        return;
      } else fail();
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      const keys = duplicates ? new Set<string>() : undefined;
      members('}', () => {
        ws();
        if (text[i] !== '"') fail();
        const start = i;
        string();
        if (keys !== undefined) {
          const key = keyAt(start);
          if (keys.has(key)) throw new SyntaxAt(start, key);
          keys.add(key);
        }
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
      });
    } else if (c === '[') {
      members(']', value);
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value();
    ws();
    if (i < n) fail();
    return undefined;
  } catch (error) {
    // A stack overflow on absurdly deep nesting: no location, but no crash either.
    if (!(error instanceof SyntaxAt)) return undefined;
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    const column = error.offset - before.lastIndexOf('\n');
    return error.key === undefined ? { line, column } : { line, column, key: error.key };
  }
}

/** A JSON number at the sticky position. */
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
/** Characters that stand for themselves in a JSON string, at the sticky position. */
// eslint-disable-next-line no-control-regex
const PLAIN = /[^"\\\u0000-\u001f]*/y;

class SyntaxAt {
  constructor(
    readonly offset: number,
    readonly key?: string,
  ) {}
}
