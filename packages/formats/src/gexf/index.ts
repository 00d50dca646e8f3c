/**
 * `@muster/formats/gexf`: GEXF (Gephi's format) in and out.
 *
 * @module @muster/formats/gexf
 */
export { parseGexf } from './read.js';
export { datasetToGexf, type GexfWriteOptions } from './write.js';
export { lossOf, type FormatLoss, type GraphFileFormat } from '../graph/loss.js';
