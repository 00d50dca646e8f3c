/**
 * `@muster/node`: Muster on Node.js. Datasets (a folder of CSV files or one
 * `.json` file) and profiles read from disk with every problem located,
 * input files read safely (only regular files, within a size limit), and
 * all-or-nothing writes that a second writer or an interrupted one cannot
 * corrupt. The parsing is `@muster/core`'s, which stays browser-safe;
 * `@muster/formats/node` adds the other file forms on top of this.
 * Starting worker threads is in `@muster/node/worker`.
 *
 * @module @muster/node
 */
export {
  datasetForm,
  loadProfile,
  readDataset,
  readText,
  refuseFormat,
  writeDataset,
  type DatasetForm,
  type ReadDatasetOptions,
} from './dataset.js';
export { MAX_FILE_BYTES, readRegularFile } from './files.js';
export { WRITE_PHASES, writeAtomically, type WriteOptions } from './atomic.js';
