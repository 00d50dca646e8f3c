import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataset } from '@muster/formats/node';
import { describe, expect, it } from 'vitest';
import { FIRTH_VALLEY, run, useScratchFolder } from './test-run.js';

const KUMU = fileURLToPath(new URL('../../formats/src/kumu/fixtures/', import.meta.url));

const dir = useScratchFolder('formats');

describe('muster convert between formats', () => {
  const original = readDataset(FIRTH_VALLEY);

  it('round-trips a workbook with nothing lost', async () => {
    const book = join(dir(), 'fv.xlsx');
    expect((await run(['convert', FIRTH_VALLEY, book])).code).toBe(0);
    expect((await run(['validate', book])).code).toBe(0);
    expect(readDataset(book)).toEqual(original);
  });

  for (const ending of ['gexf', 'graphml']) {
    it(`round-trips actors and ties through ${ending}, saying what it leaves behind`, async () => {
      const file = join(dir(), `fv.${ending}`);
      const result = await run(['convert', FIRTH_VALLEY, file]);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('ideas are not written');
      const back = readDataset(file);
      expect(back.actors).toEqual(original.actors);
      expect(back.ties).toEqual(original.ties);
      const audited = await run(['audit', file, '--format', 'json']);
      expect(JSON.parse(audited.stdout).localities.map((l: { score: number }) => l.score)).toEqual(
        JSON.parse((await run(['audit', FIRTH_VALLEY, '--format', 'json'])).stdout).localities.map(
          (l: { score: number }) => l.score,
        ),
      );
    });
  }

  it('reads a Kumu export with a mapping, and explains what is missing without one', async () => {
    const mapping = join(KUMU, 'riverside-mapping.json');
    for (const file of ['riverside-kumu.json', 'riverside-kumu.xlsx'].map((name) => join(KUMU, name))) {
      const mapped = await run(['validate', file, '--mapping', mapping]);
      expect(mapped.code, mapped.stderr).toBe(0);
    }
    const unmapped = await run(['validate', join(KUMU, 'riverside-kumu.json')]);
    expect(unmapped.code).toBe(2);
    expect(unmapped.stderr).toContain('role');
  });
});
