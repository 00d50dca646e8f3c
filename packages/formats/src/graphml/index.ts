/**
 * `@muster/formats/graphml`: GraphML (yEd's and NetworkX's format) in and out.
 *
 * @module @muster/formats/graphml
 */
export { parseGraphml } from './read.js';
export { datasetToGraphml } from './write.js';
export { lossOf, type FormatLoss, type GraphFileFormat } from '../graph/loss.js';
