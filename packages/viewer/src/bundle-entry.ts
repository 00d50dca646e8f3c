/**
 * The one-file bundle (`dist/muster-map.js`): registers `<muster-map>` and
 * exposes the library as the global `MusterViewer` (`createClusterViewer`,
 * `defineMusterMap`, and core's `parseDatasetJson` to read a dataset).
 */
import { defineMusterMap } from './element.js';

defineMusterMap();

export { createClusterViewer } from './viewer.js';
export { defineMusterMap } from './element.js';
export { parseDatasetJson } from '@muster/core';
