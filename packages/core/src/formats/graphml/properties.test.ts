/**
 * Property tests of the GraphML reader and writer: every dataset GraphML can
 * carry reads back equal; random bytes and random edits of a valid file
 * give a dataset or a MusterInputError, never another error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lossOf } from '../gexf/loss.js';
import { parseGraphml } from './read.js';
import {
  applyEdits,
  applyValueEdits,
  editsArb,
  expectDatasetOrInputError,
  graphDatasetArb,
  valueEditsArb,
} from '../gexf/test-datasets.js';
import { datasetToGraphml } from './write.js';

describe('GraphML properties', () => {
  it('a dataset reads back equal after writing', () => {
    fc.assert(
      fc.property(graphDatasetArb, (dataset) => {
        expect(lossOf(dataset, 'graphml')).toEqual([]);
        expect(parseGraphml(datasetToGraphml(dataset))).toStrictEqual(dataset);
      }),
      { seed: 20240621, numRuns: 300 },
    );
  });

  it('random bytes give a dataset or a MusterInputError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expectDatasetOrInputError(() => parseGraphml(new TextDecoder().decode(bytes)));
      }),
      { seed: 20240622, numRuns: 500 },
    );
  });

  it('random edits of a valid file give a dataset or a MusterInputError', () => {
    fc.assert(
      fc.property(graphDatasetArb, editsArb, (dataset, edits) => {
        expectDatasetOrInputError(() => parseGraphml(applyEdits(datasetToGraphml(dataset), edits)));
      }),
      { seed: 20240623, numRuns: 500 },
    );
  });

  it('random values in a valid file give a dataset or a MusterInputError', () => {
    fc.assert(
      fc.property(graphDatasetArb, valueEditsArb, (dataset, edits) => {
        expectDatasetOrInputError(() => parseGraphml(applyValueEdits(datasetToGraphml(dataset), edits)));
      }),
      { seed: 20240624, numRuns: 500 },
    );
  });
});
