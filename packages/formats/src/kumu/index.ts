/**
 * `@muster/formats/kumu`: Kumu's JSON and workbook exports read into a
 * dataset, with a mapping from Kumu's element types, fields and connection
 * types to roles, columns and tie kinds.
 *
 * @module @muster/formats/kumu
 */
export { parseKumuJson, parseKumuWorkbook, type KumuReadOptions } from './read.js';
export { parseKumuMapping, validateKumuMapping, type KumuMapping } from './mapping.js';
