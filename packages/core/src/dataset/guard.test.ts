import { describe, expect, it } from 'vitest';
import { parseDatasetFiles, parseDatasetJson } from './read.js';
import { datasetToFiles } from './write.js';

const HOSTILE = ['=HYPERLINK("https://evil.example","x")', '+1+1', '@SUM(A1)', "'=already", '-Ann', '\tTab'];

const dataset = parseDatasetJson(
  JSON.stringify({
    actors: HOSTILE.map((name, i) => ({
      id: `a${i}`,
      name,
      role: 'councillor',
      locality: i === 0 ? '=cmd|x' : 'Riverside',
      note: name,
      staff: -3,
    })),
    ties: [{ source: 'a0', target: 'a1', kind: 'advice', context: '-2+3' }],
  }),
);

describe('the CSV folder and the formula guard', () => {
  const files = datasetToFiles(dataset);

  it('starts no cell of the written CSV like a formula', () => {
    for (const text of [files['actors.csv']!, files['ties.csv']!]) {
      const cells = text.split(/[\n,]/).map((c) => c.replace(/^"/, ''));
      expect(cells.filter((c) => /^[=+@\t\r]/.test(c) || /^-[^0-9]/.test(c))).toEqual([]);
    }
    expect(files['actors.csv']).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    expect(files['actors.csv']).toContain(`''=already`);
  });

  it('keeps plain numbers as numbers', () => {
    expect(files['actors.csv']).toMatch(/,-3\n/);
  });

  it('reads back exactly what was written', () => {
    const back = parseDatasetFiles(files);
    expect(back.actors.map((a) => a.name)).toEqual(dataset.actors.map((a) => a.name));
    expect(back.actors.map((a) => a.attributes.note)).toEqual(dataset.actors.map((a) => a.attributes.note));
    expect(back.actors[0]!.locality).toBe('=cmd|x');
    expect(back.ties[0]!.attributes.context).toBe('-2+3');
    expect(datasetToFiles(back)).toEqual(files);
  });
});
