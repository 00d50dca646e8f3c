import { describe, expect, it } from 'vitest';
import type { MusterInputError } from '../errors.js';
import { findDuplicateKey } from './json-syntax.js';
import { parseDatasetJson } from './read.js';

describe('a key written twice in one JSON object', () => {
  it('is found with the line and character of the second one, escapes decoded', () => {
    expect(findDuplicateKey('{"id": "a1", "id": "a9"}')).toEqual({ line: 1, column: 14, key: 'id' });
    expect(findDuplicateKey('{"a": 1,\n "\\u0061": 2}')).toEqual({ line: 2, column: 2, key: 'a' });
    expect(findDuplicateKey('{"a": {"b": 1}, "b": {"a": 2}, "c": [{"a": 1}, {"a": 2}]}')).toBeUndefined();
    // A string of megabytes is scanned in runs, without a regular expression's backtracking.
    const long = `{"a": "${'x'.repeat(20_000_000)}", "a": 2}`;
    expect(findDuplicateKey(long)).toEqual({ line: 1, column: 20_000_011, key: 'a' });
  });

  it('is a located error in a dataset, not a silent last-wins', () => {
    const text = JSON.stringify({ actors: [], ties: [] }).replace(
      '"actors":[]',
      '"actors":[\n{"id": "a1", "name": "Ann", "role": "politician", "locality": "R",\n "id": "a9"}]',
    );
    try {
      parseDatasetJson(text, { file: 'd.json' });
      expect.unreachable();
    } catch (error) {
      expect((error as MusterInputError).issues).toEqual([
        expect.objectContaining({ code: 'json-shape', file: 'd.json', line: 3 }),
      ]);
      expect((error as MusterInputError).issues[0]!.message).toContain("the key 'id' is written twice");
    }
  });
});
