/**
 * The property tests every graph file format passes: every dataset it can
 * carry reads back equal; random bytes and random edits of a valid file
 * give a dataset or a MusterInputError, never another error. (Not part of
 * the build: `test-*.ts`.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@muster/core';
import { lossOf, type GraphFileFormat } from './loss.js';
import {
  applyEdits,
  applyValueEdits,
  editsArb,
  expectDatasetOrInputError,
  graphDatasetArb,
  valueEditsArb,
} from './test-datasets.js';

/** A graph file format under test. */
export interface GraphFormatCase {
  /** The name tests are described by (`GEXF`). */
  name: string;
  format: GraphFileFormat;
  read(text: string): Dataset;
  /** The writer with each set of options worth a round trip; the first writes the files that are edited. */
  writers: readonly ((dataset: Dataset) => string)[];
  /** The seed of the first property; each next property takes the next seed. */
  seed: number;
}

/** Describes the properties of one format's reader and writer. */
export function describeGraphProperties({ name, format, read, writers, seed }: GraphFormatCase): void {
  const write = writers[0]!;
  describe(`${name} properties`, () => {
    it('a dataset reads back equal after writing', () => {
      fc.assert(
        fc.property(graphDatasetArb, fc.constantFrom(...writers), (dataset, writer) => {
          expect(lossOf(dataset, format)).toEqual([]);
          expect(read(writer(dataset))).toStrictEqual(dataset);
        }),
        { seed, numRuns: 300 },
      );
    });

    it('random bytes give a dataset or a MusterInputError', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
          expectDatasetOrInputError(() => read(new TextDecoder().decode(bytes)));
        }),
        { seed: seed + 1, numRuns: 500 },
      );
    });

    it('random edits of a valid file give a dataset or a MusterInputError', () => {
      fc.assert(
        fc.property(graphDatasetArb, editsArb, (dataset, edits) => {
          expectDatasetOrInputError(() => read(applyEdits(write(dataset), edits)));
        }),
        { seed: seed + 2, numRuns: 500 },
      );
    });

    it('random values in a valid file give a dataset or a MusterInputError', () => {
      fc.assert(
        fc.property(graphDatasetArb, valueEditsArb, (dataset, edits) => {
          expectDatasetOrInputError(() => read(applyValueEdits(write(dataset), edits)));
        }),
        { seed: seed + 3, numRuns: 500 },
      );
    });
  });
}
