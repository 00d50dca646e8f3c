/**
 * `@muster/formats`: the dataset in the file formats of other tools — Excel
 * workbooks, Kumu exports, GEXF and GraphML — read from text or bytes, so
 * they run in the browser too. Each format also has its own entry point
 * (`@muster/formats/xlsx`, `/kumu`, `/gexf`, `/graphml`); reading and
 * writing files by their ending is in `@muster/formats/node`.
 *
 * @module @muster/formats
 */
export { parseWorkbook, datasetToWorkbook, writeWorkbook, type CellValue, type SheetData } from './xlsx/index.js';
export {
  parseKumuJson,
  parseKumuWorkbook,
  parseKumuMapping,
  validateKumuMapping,
  type KumuMapping,
  type KumuReadOptions,
} from './kumu/index.js';
export { parseGexf, datasetToGexf, type GexfWriteOptions } from './gexf/index.js';
export { parseGraphml, datasetToGraphml } from './graphml/index.js';
export { isKumuJson, isKumuWorkbook } from './detect.js';
export { lossOf, type FormatLoss, type GraphFileFormat } from './graph/loss.js';
