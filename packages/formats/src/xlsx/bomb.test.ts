import { describe, expect, it } from 'vitest';
import type { MusterInputError } from '@muster/core';
import { MAX_SHARED_TEXT } from './cells.js';
import { parseWorkbook } from './read.js';
import { writeWorkbook } from './workbook-write.js';

describe('a workbook whose cells repeat one huge shared string', () => {
  it('is refused once the cells refer to more shared text than the budget, with a clear error', () => {
    const huge = 'Z'.repeat(4 * 1024 * 1024);
    const copies = Math.ceil(MAX_SHARED_TEXT / huge.length) + 1;
    const ties = [['source', 'target'], ...Array.from({ length: copies }, () => ['a1', huge])];
    const bytes = writeWorkbook([
      {
        name: 'actors',
        rows: [
          ['id', 'name', 'role', 'locality'],
          ['a1', 'Ann', 'politician', 'R'],
        ],
      },
      { name: 'ties', rows: ties },
    ]);
    // One shared string, stored once: the file is small.
    expect(bytes.length).toBeLessThan(100_000);
    try {
      parseWorkbook(bytes, { file: 'bomb.xlsx' });
      expect.unreachable();
    } catch (error) {
      const issues = (error as MusterInputError).issues;
      expect(issues).toHaveLength(1);
      expect(issues[0]!.message).toMatch(/more than 67,108,864 characters of shared text/);
      expect(issues[0]!.hint).toMatch(/decompression bomb/);
    }
  });

  it('reads a workbook within the budget', () => {
    const big = 'Y'.repeat(1024 * 1024);
    const bytes = writeWorkbook([
      {
        name: 'actors',
        rows: [
          ['id', 'name', 'role', 'locality', 'notes'],
          ['a1', 'Ann', 'politician', 'R', big],
          ['a2', 'Bo', 'politician', 'R', big],
        ],
      },
      {
        name: 'ties',
        rows: [
          ['source', 'target'],
          ['a1', 'a2'],
        ],
      },
    ]);
    expect(parseWorkbook(bytes, { file: 'ok.xlsx' }).actors[1]!.attributes.notes).toBe(big);
  });
});
