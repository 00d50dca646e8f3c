/**
 * Property tests of the GEXF reader and writer: every dataset GEXF can
 * carry reads back equal; random bytes and random edits of a valid file
 * give a dataset or a MusterInputError, never another error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lossOf } from './loss.js';
import { parseGexf } from './read.js';
import {
  applyEdits,
  applyValueEdits,
  editsArb,
  expectDatasetOrInputError,
  graphDatasetArb,
  valueEditsArb,
} from './test-datasets.js';
import { datasetToGexf } from './write.js';

describe('GEXF properties', () => {
  it('a dataset reads back equal after writing', () => {
    fc.assert(
      fc.property(graphDatasetArb, fc.boolean(), (dataset, colours) => {
        expect(lossOf(dataset, 'gexf')).toEqual([]);
        expect(parseGexf(datasetToGexf(dataset, { colours }))).toStrictEqual(dataset);
      }),
      { seed: 20240611, numRuns: 300 },
    );
  });

  it('random bytes give a dataset or a MusterInputError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expectDatasetOrInputError(() => parseGexf(new TextDecoder().decode(bytes)));
      }),
      { seed: 20240612, numRuns: 500 },
    );
  });

  it('random edits of a valid file give a dataset or a MusterInputError', () => {
    fc.assert(
      fc.property(graphDatasetArb, editsArb, (dataset, edits) => {
        expectDatasetOrInputError(() => parseGexf(applyEdits(datasetToGexf(dataset), edits)));
      }),
      { seed: 20240613, numRuns: 500 },
    );
  });

  it('random values in a valid file give a dataset or a MusterInputError', () => {
    fc.assert(
      fc.property(graphDatasetArb, valueEditsArb, (dataset, edits) => {
        expectDatasetOrInputError(() => parseGexf(applyValueEdits(datasetToGexf(dataset), edits)));
      }),
      { seed: 20240614, numRuns: 500 },
    );
  });
});
