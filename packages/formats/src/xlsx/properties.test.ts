/**
 * Properties of the workbook reader and writer: any dataset reads back
 * equal; no bytes, however garbled, make the reader fail with anything but a
 * MusterInputError that names the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MusterInputError } from '@muster/core';
import type { Actor, Dataset, Tie } from '@muster/core';
import { parseWorkbook } from './read.js';
import { rawWorkbook, row } from './test-book.js';
import { datasetToWorkbook } from './write.js';
import { actorFieldsArb } from '../graph/test-datasets.js';

/**
 * Text as a reader keeps it (trimmed, not empty), with what XML and OOXML make hard. Control
 * characters other than tab and line feed are refused by the dataset contract; the writer's
 * escaping of them (`_x0001_`) is tested in escape.test.ts.
 */
const text = fc
  .string({
    unit: fc.constantFrom('a', 'B', 'é', ' ', '#', '_x0041_', '\t', '\n', '1', '0', '.', '😀', '&', '<', '"', '\ufffe'),
    minLength: 1,
    maxLength: 10,
  })
  .map((s) => s.trim())
  .filter((s) => s !== '');

/** Text for a contract field: no tabs or line breaks, which ids, names and labels may not hold. */
const fieldText = text.filter((s) => !/[\n\t\r]/.test(s));

const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    actors: fc.array(
      fc.record({
        id: fieldText,
        ...actorFieldsArb(fieldText),
        note: fc.option(text, { nil: undefined }),
      }),
      { minLength: 2, maxLength: 6 },
    ),
    ties: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        kind: fc.constantFrom('collaboration', 'advice', 'peer-support'),
        weight: fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        directed: fc.boolean(),
        date: fc.option(fc.constantFrom('2024-03', '2024-03-01', '2024-03-01T09:30', '2024-03-01T09:30:15.250Z'), {
          nil: undefined,
        }),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ actors, ties }) => {
    const list: Actor[] = actors.map((a, i) => {
      const actor: Actor = {
        id: `${a.id}${i}`,
        name: a.name,
        role: a.role,
        roles: a.roles.filter((r) => r !== a.role),
        locality: a.locality,
        attributes: a.note === undefined ? {} : { note: a.note },
      };
      if (a.organisation !== undefined) actor.organisation = a.organisation;
      return actor;
    });
    const tieList: Tie[] = [];
    for (const t of ties) {
      const source = list[t.from % list.length]!.id;
      const target = list[(t.from + 1 + (t.to % (list.length - 1))) % list.length]!.id;
      const tie: Tie = { source, target, kind: t.kind, weight: t.weight, directed: t.directed, attributes: {} };
      if (t.date !== undefined) tie.date = t.date;
      tieList.push(tie);
    }
    return { actors: list, ties: tieList, ideas: [], adoptions: [], mentions: [] };
  });

/** Reading must end in a dataset or in a MusterInputError whose every issue names the workbook. */
function readsOrRefuses(bytes: Uint8Array): void {
  try {
    parseWorkbook(bytes, { file: 'noise.xlsx' });
  } catch (error) {
    if (!(error instanceof MusterInputError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) expect(issue.file.startsWith('noise.xlsx')).toBe(true);
  }
}

const VALID = rawWorkbook({
  sharedStrings: ['Councillor', 'Riverside'],
  styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
  sheets: [
    {
      name: 'actors',
      rows:
        row(1, 'id', 'name', 'role', 'locality') +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>a1</t></is></c><c r="B2" t="inlineStr"><is><t>Ann</t></is></c><c r="C2" t="s"><v>0</v></c><c r="D2" t="s"><v>1</v></c></row>' +
        row(3, 'a2', 'Bo', 'designer', 'Riverside'),
    },
    {
      name: 'ties',
      rows:
        row(1, 'source', 'target', 'weight', 'date') +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>a1</t></is></c><c r="B2" t="inlineStr"><is><t>a2</t></is></c><c r="C2"><v>2</v></c><c r="D2" s="1"><v>45352</v></c></row>',
    },
  ],
});

describe('workbook properties', () => {
  it('any dataset reads back equal', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        expect(parseWorkbook(datasetToWorkbook(dataset))).toEqual(dataset);
      }),
      { seed: 11, numRuns: 150 },
    );
  });

  it('the valid fixture reads', () => {
    expect(parseWorkbook(VALID).ties[0]).toMatchObject({ weight: 2, date: '2024-03-01' });
  });

  it('random bytes are refused with a located MusterInputError', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), readsOrRefuses), { seed: 12, numRuns: 500 });
    // Bytes that start like a zip, and ones that end with a zip's end record, get past the first check.
    const zipLike = fc.tuple(fc.uint8Array({ maxLength: 300 }), fc.boolean()).map(([body, tail]) => {
      const end = [0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, 46, 0, 0, 0, 4, 0, 0, 0, 0, 0];
      return Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...body, ...(tail ? end : [])]);
    });
    fc.assert(fc.property(zipLike, readsOrRefuses), { seed: 15, numRuns: 500 });
  });

  it('seeded byte noise in a valid workbook reads or is refused, never crashes', () => {
    const noise = fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(noise, fc.option(fc.nat(), { nil: undefined }), (changes, cut) => {
        const bytes = VALID.slice(0, cut === undefined ? VALID.length : cut % (VALID.length + 1));
        for (const { at, value } of changes) if (bytes.length > 0) bytes[at % bytes.length] = value;
        readsOrRefuses(bytes);
      }),
      { seed: 13, numRuns: 1500 },
    );
  });

  it('noise inside the uncompressed XML of a part is refused as damaged, never crashes', () => {
    const unit = fc.constantFrom('<', '>', '/', '"', '&', ';', 'c', 'r', 'v', 't', '=', ' ', 'x', '1', 's');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), fc.nat(), (junk, at) => {
        const rows = row(1, 'source', 'target') + row(2, 'a1', 'a2');
        const cut = at % (rows.length + 1);
        const bytes = rawWorkbook({
          sheets: [
            {
              name: 'actors',
              rows:
                row(1, 'id', 'name', 'role', 'locality') + row(2, 'a1', 'A', 'mp', 'X') + row(3, 'a2', 'B', 'mp', 'X'),
            },
            { name: 'ties', rows: rows.slice(0, cut) + junk + rows.slice(cut) },
          ],
        });
        readsOrRefuses(bytes);
      }),
      { seed: 14, numRuns: 400 },
    );
  });

  it('a part that claims to be huge is refused without being inflated', () => {
    const bytes = VALID.slice();
    // Patch the uncompressed size of every central directory entry to 2 GiB.
    for (let i = 0; i + 46 <= bytes.length; i++) {
      if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x01 && bytes[i + 3] === 0x02)
        bytes.set([0, 0, 0, 0x80], i + 24);
    }
    expect(() => parseWorkbook(bytes)).toThrow(/too large to read/);
  });
});
