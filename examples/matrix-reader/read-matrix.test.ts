import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { issuesOf } from '@muster/core';
import { describe, expect, it } from 'vitest';
import { parseRosterMatrix } from './read-matrix.js';

const ACTORS = [
  'id,name,role,locality',
  'a1,Ann Hale,politician,Riverside',
  'a2,Bo Marsh,service-designer,Riverside',
  'a3,Cy Moss,researcher,Riverside',
].join('\n');

describe('the roster-matrix reader of docs/extending.md', () => {
  it('reads each non-empty cell as a directed tie of that weight', () => {
    const matrix = ['id,a1,a2,a3', 'a1,,2,', 'a2,1,,0', 'a3,,,'].join('\n');
    const dataset = parseRosterMatrix({ 'actors.csv': ACTORS, 'matrix.csv': matrix });
    expect(dataset.actors.map((a) => a.role)).toEqual(['politician', 'service-designer', 'researcher']);
    expect(dataset.ties.map((t) => [t.source, t.target, t.weight, t.directed])).toEqual([
      ['a1', 'a2', 2, true],
      ['a2', 'a1', 1, true],
    ]);
  });

  it('reports unknown ids and bad weights at their cell, through the contract checks', () => {
    const matrix = ['id,a1,a2,a9', 'a1,,x,1', 'a4,1,,'].join('\n');
    expect(issuesOf(() => parseRosterMatrix({ 'actors.csv': ACTORS, 'matrix.csv': matrix }))).toMatchObject([
      { code: 'weight-invalid', file: 'matrix.csv', row: 2, column: 'a2', field: 'weight', value: 'x' },
      { code: 'actor-unknown', file: 'matrix.csv', row: 2, column: 'a9', field: 'target', value: 'a9' },
      { code: 'actor-unknown', file: 'matrix.csv', row: 3, column: 'id', field: 'source', value: 'a4' },
    ]);
  });

  it('is the code docs/extending.md shows', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/extending.md', import.meta.url)), 'utf8');
    const code = readFileSync(fileURLToPath(new URL('./read-matrix.ts', import.meta.url)), 'utf8');
    const block = /```ts\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf('<!-- read-matrix.ts -->')))?.[1];
    expect(block).toBe(code);
  });
});
