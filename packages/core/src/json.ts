/**
 * Reading a JSON file for Muster's readers (datasets, profiles, mappings,
 * survey settings): an empty file, a syntax error, nesting deeper than
 * {@link MAX_JSON_DEPTH} and a key written twice in one object (which
 * `JSON.parse` would silently resolve) become issues naming the file and
 * the line.
 */
import { findDuplicateKey, locateJsonError } from './dataset/json-syntax.js';
import { shownValue } from './escape.js';
import type { InputIssue, IssueList } from './errors.js';

/**
 * `JSON.parse` of a file's text (a leading byte order mark skipped), or
 * `undefined` with one issue added to `issues`: `file-empty`,
 * `json-too-deep`, `json-syntax`, or `json-shape` for a key written twice.
 * `emptyHint` says what the file must hold.
 */
export function parseJsonText(
  text: string,
  file: string,
  issues: IssueList,
  emptyHint = 'it must hold one JSON object',
): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = parseChecked(body, emptyHint);
  if ('value' in parsed) return parsed.value;
  const { code, ...rest } = parsed.problem;
  issues.add({ code, file, ...rest });
  return undefined;
}

/** The value of a JSON text, or its first problem (an issue but for its file). */
function parseChecked(body: string, emptyHint: string): { value: unknown } | { problem: Omit<InputIssue, 'file'> } {
  if (body.trim() === '') return { problem: { code: 'file-empty', message: 'the file is empty', hint: emptyHint } };
  const deep = tooDeep(body);
  if (deep !== undefined) {
    const message = `values are nested more than ${MAX_JSON_DEPTH} deep here (character ${deep.column} of the line)`;
    const hint = 'Muster reads flat records: write nested values as text, or leave them out';
    return { problem: { code: 'json-too-deep', line: deep.line, message, hint } };
  }
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch (error) {
    const at = locateJsonError(body);
    const where = at ? ` (character ${at.column} of the line)` : '';
    const message = `the file is not valid JSON${where}: ${(error as Error).message.slice(0, 120)}`;
    const hint = 'check for a missing comma, quote or bracket near that place';
    return { problem: { code: 'json-syntax', message, hint, ...(at ? { line: at.line } : {}) } };
  }
  const duplicate = findDuplicateKey(body);
  if (duplicate === undefined) return { value };
  const { line, column, key } = duplicate;
  const message = `the key '${shownValue(key)}' is written twice in one object (line ${line}, character ${column}); only the last would be kept`;
  return { problem: { code: 'json-shape', line, message, hint: 'keep one of the two, or rename one of them' } };
}

/**
 * How deep arrays and objects may nest in a JSON input: 128 levels, as
 * serde_json allows. Muster's own forms need four; the limit keeps every
 * walk of a parsed value (checks, error messages) within the call stack.
 */
export const MAX_JSON_DEPTH = 128;

/** Where the nesting of `text` first goes past {@link MAX_JSON_DEPTH}: one pass, strings skipped. */
function tooDeep(text: string): { line: number; column: number } | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string; an escaped character (\" too) is skipped with its backslash.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) return { line, column: i - lineStart + 1 };
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    } else if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return undefined;
}

/**
 * The entries of a JSON array that are objects, each with its place in the
 * array from 1 (its `row`). An entry that is not an object is a
 * `json-shape` issue (`entry 3 of 'actors' is not an object`) with `hint`.
 */
export function jsonObjects(
  entries: readonly unknown[],
  array: string,
  file: string,
  issues: IssueList,
  hint: string,
): { row: number; entry: Record<string, unknown> }[] {
  const objects: { row: number; entry: Record<string, unknown> }[] = [];
  entries.forEach((entry, index) => {
    const row = index + 1;
    if (entry !== null && typeof entry === 'object' && !Array.isArray(entry)) {
      objects.push({ row, entry: entry as Record<string, unknown> });
      return;
    }
    issues.add({
      code: 'json-shape',
      file,
      row,
      value: JSON.stringify(entry)?.slice(0, 80),
      message: `entry ${row} of '${array}' is not an object`,
      hint,
    });
  });
  return objects;
}
