import { describe, expect, it } from 'vitest';
import { issuesOf } from '../errors.js';
import { parseDatasetFiles, parseDatasetJson } from './read.js';

const composed = 'caf\u00e9'; // é as one code point (NFC), as Windows tools write it
const decomposed = 'cafe\u0301'; // e + combining acute (NFD), as macOS tools write it

describe('text from other tools', () => {
  it('takes an id written composed in one file and decomposed in another for one actor', () => {
    const dataset = parseDatasetFiles({
      'actors.csv': `id,name,role,locality\n${composed},Café Owner,social-entrepreneur,Riverside\nb1,Bo,politician,Riverside`,
      'ties.csv': `source,target\n${decomposed},b1`,
    });
    expect(dataset.actors[0]!.id).toBe(composed);
    expect(dataset.ties[0]!.source).toBe(composed);
  });

  it('puts localities and names in one form too, so they group as one', () => {
    const dataset = parseDatasetFiles({
      'actors.csv': `id,name,role,locality\na1,Zo\u00eb,politician,Montr\u00e9al\na2,Zoe\u0308,researcher,Montre\u0301al`,
      'ties.csv': 'source,target\na1,a2',
    });
    expect(new Set(dataset.actors.map((a) => a.locality)).size).toBe(1);
    expect(dataset.actors[1]!.name).toBe('Zo\u00eb');
  });

  it('refuses NUL, ESC and C1 controls in any field, where they stand, shown escaped', () => {
    const issues = issuesOf(() =>
      parseDatasetFiles({
        'actors.csv':
          'id,name,role,locality,notes\na1,Ann\u0000Hale,politician,Riverside,ok\na2,\u001b]0;pwned\u0007,researcher,Riverside,x\u0085y',
        'ties.csv': 'source,target\na1,a2',
      }),
    );
    expect(issues).toMatchObject([
      { code: 'value-invalid', file: 'actors.csv', row: 2, column: 'name', field: 'name', value: 'Ann\\x00Hale' },
      { code: 'value-invalid', file: 'actors.csv', row: 3, column: 'name', value: '\\x1b]0;pwned\\x07' },
      { code: 'value-invalid', file: 'actors.csv', row: 3, column: 'notes', value: 'x\\x85y' },
    ]);
    expect(issues[0]!.message).toBe('the value holds the control character U+0000 at character 4');
    const controls = (value = ''): number[] =>
      [...value].map((c) => c.charCodeAt(0)).filter((c) => c < 0x20 || (c >= 0x7f && c <= 0x9f));
    for (const issue of issues) expect(controls(issue.value)).toEqual([]);
  });

  it('lets free text keep its tabs and line breaks, but not an id or a name', () => {
    const dataset = parseDatasetJson(
      JSON.stringify({
        actors: [{ id: 'a1', name: 'Ann', role: 'politician', locality: 'R', notes: 'line one\nline two\tend' }],
        ties: [],
      }),
    );
    expect(dataset.actors[0]!.attributes.notes).toBe('line one\nline two\tend');
    const issues = issuesOf(() =>
      parseDatasetJson(
        JSON.stringify({ actors: [{ id: 'a\n1', name: 'Ann', role: 'politician', locality: 'R' }], ties: [] }),
      ),
    );
    expect(issues).toMatchObject([{ code: 'value-invalid', row: 1, field: 'id', value: 'a\\n1' }]);
  });
});
