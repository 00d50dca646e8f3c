/**
 * The Kumu readers never fail with anything but a MusterInputError naming
 * the export (or the mapping), whatever the bytes, the JSON or the mapping.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MusterInputError } from '@muster/core';
import { parseKumuMapping, validateKumuMapping, type KumuMapping } from './mapping.js';
import { parseKumuJson, parseKumuWorkbook } from './read.js';

const WORKBOOK = readFileSync(fileURLToPath(new URL('fixtures/riverside-kumu.xlsx', import.meta.url)));

function readsOrRefuses(read: () => unknown, ...files: string[]): void {
  try {
    read();
  } catch (error) {
    if (!(error instanceof MusterInputError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) expect(files.some((f) => issue.file.startsWith(f))).toBe(true);
  }
}

const KEYS = [
  'label',
  'Label',
  'type',
  'element type',
  'id',
  '_id',
  'tags',
  'Locality',
  'locality',
  'Role',
  'name',
  'from',
  'to',
  'direction',
  'strength',
  'weight',
  'connection type',
  'attributes',
  'date',
  'organization',
];
const value = fc.oneof(
  fc.constantFrom(
    'Ann',
    'Bo',
    'MP',
    'Designer',
    'X',
    'directed',
    'mutual',
    'Ann|Bo',
    '',
    ' ',
    '2',
    '-1',
    'Strong',
    '2024-03',
  ),
  fc.integer({ min: -3, max: 3 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.constantFrom('a', 'b', ''), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('label', 'locality', 'element type', 'x'), fc.constantFrom('Ann', 'MP', 'X', 1)),
);
const item = fc.oneof(fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 8 }), value);
const exportArb = fc.record(
  {
    elements: fc.oneof(fc.array(item, { maxLength: 6 }), value),
    connections: fc.oneof(fc.array(item, { maxLength: 6 }), value),
  },
  { requiredKeys: [] },
);
/** Exports close to valid, so that many are read and the mapping and checks run to the end. */
const nearlyValid = fc.record({
  elements: fc.array(
    fc.record(
      {
        label: fc.constantFrom('Ann', 'Bo', 'Cy', ''),
        type: fc.constantFrom('MP', 'Designer', 'Mystic'),
        Locality: fc.constantFrom('X', '', 'Y'),
        tags: fc.constantFrom('a|b', 'c;d', ''),
      },
      { requiredKeys: ['label'] },
    ),
    { maxLength: 4 },
  ),
  connections: fc.array(
    fc.record(
      {
        from: fc.constantFrom('Ann', 'Bo', 'Zed'),
        to: fc.constantFrom('Bo', 'Cy|Ann', 'Ann', ''),
        direction: fc.constantFrom('directed', 'mutual', 'up'),
        strength: fc.constantFrom(2, '0.5', 'Strong', 0),
      },
      { requiredKeys: [] },
    ),
    { maxLength: 4 },
  ),
});
const mappingArb: fc.Arbitrary<KumuMapping> = fc.record(
  {
    roles: fc.dictionary(fc.constantFrom('MP', 'Designer', 'Ann'), fc.constantFrom('politician', 'designer')),
    tieKinds: fc.dictionary(fc.constantFrom('works with', 'Strong'), fc.constantFrom('advice', 'x y')),
    locality: fc
      .record(
        { field: fc.constantFrom('Locality', 'Role', 'label'), value: fc.constant('Riverside') },
        { requiredKeys: [] },
      )
      .filter((l) => l.field !== undefined || l.value !== undefined),
    id: fc.constantFrom('id' as const, 'label' as const),
    roleField: fc.constantFrom('Role', 'type', 'label'),
  },
  { requiredKeys: [] },
);

describe('Kumu reader properties', () => {
  /** Reads `text` as a Kumu JSON export (with `mapping` from m.json, if given): a dataset or located problems. */
  const readsKumuJson = (text: string, mapping?: KumuMapping): void =>
    mapping === undefined
      ? readsOrRefuses(() => parseKumuJson(text, { file: 'k.json' }), 'k.json')
      : readsOrRefuses(
          () => parseKumuJson(text, { file: 'k.json', mapping, mappingFile: 'm.json' }),
          'k.json',
          'm.json',
        );

  it('any JSON text or value is read or refused', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => readsKumuJson(text)),
      { seed: 21, numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (json) => readsKumuJson(JSON.stringify(json))),
      { seed: 22, numRuns: 500 },
    );
  });

  it('exports of arbitrary elements and connections, under arbitrary mappings, are read or refused', () => {
    const exports: [fc.Arbitrary<unknown>, number, number][] = [
      [exportArb, 23, 1500],
      [nearlyValid, 27, 1000],
    ];
    for (const [arb, seed, numRuns] of exports) {
      fc.assert(
        fc.property(arb, fc.option(mappingArb, { nil: undefined }), (json, mapping) =>
          readsKumuJson(JSON.stringify(json), mapping),
        ),
        { seed, numRuns },
      );
    }
  });

  it('seeded byte noise in the Kumu workbook is read or refused', () => {
    const noise = fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(noise, (changes) => {
        const bytes = WORKBOOK.slice();
        for (const { at, value } of changes) bytes[at % bytes.length] = value;
        readsOrRefuses(() => parseKumuWorkbook(bytes, { file: 'k.xlsx' }), 'k.xlsx');
      }),
      { seed: 24, numRuns: 600 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) =>
        readsOrRefuses(() => parseKumuWorkbook(bytes, { file: 'k.xlsx' }), 'k.xlsx'),
      ),
      {
        seed: 25,
        numRuns: 300,
      },
    );
  });

  it('any mapping is accepted or refused', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        readsOrRefuses(() => validateKumuMapping(json, 'm.json'), 'm.json');
        readsOrRefuses(() => parseKumuMapping(JSON.stringify(json) ?? '', 'm.json'), 'm.json');
      }),
      { seed: 26, numRuns: 500 },
    );
  });
});
