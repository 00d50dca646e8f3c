/**
 * Reading a JSON file for Muster's readers (datasets, profiles, mappings,
 * survey settings): an empty file and a syntax error become issues naming
 * the file, the syntax error with its line and character; so does a key
 * written twice in one object, which `JSON.parse` would silently resolve.
 */
import { findDuplicateKey, locateJsonError } from './dataset/json-syntax.js';
import { shownValue } from './escape.js';
import type { InputIssue, IssueList } from './errors.js';

/**
 * `JSON.parse` of a file's text (a leading byte order mark skipped), or
 * `undefined` with a `file-empty` or `json-syntax` issue added to `issues`.
 * `emptyHint` says what the file must hold.
 */
export function parseJsonText(
  text: string,
  file: string,
  issues: IssueList,
  emptyHint = 'it must hold one JSON object',
): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    issues.add({ code: 'file-empty', file, message: 'the file is empty', hint: emptyHint });
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch (error) {
    const at = locateJsonError(body);
    const issue: InputIssue = {
      code: 'json-syntax',
      file,
      message: `the file is not valid JSON${at ? ` (character ${at.column} of the line)` : ''}: ${(error as Error).message.slice(0, 120)}`,
      hint: 'check for a missing comma, quote or bracket near that place',
    };
    if (at) issue.line = at.line;
    issues.add(issue);
    return undefined;
  }
  const duplicate = findDuplicateKey(body);
  if (duplicate !== undefined) {
    issues.add({
      code: 'json-shape',
      file,
      row: duplicate.line,
      message: `the key '${shownValue(duplicate.key)}' is written twice in one object (line ${duplicate.line}, character ${duplicate.column}); only the last would be kept`,
      hint: 'keep one of the two, or rename one of them',
    });
    return undefined;
  }
  return value;
}
