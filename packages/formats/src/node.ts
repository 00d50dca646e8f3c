/**
 * `@muster/formats/node`: reading and writing a dataset on disk in any form
 * Muster knows, chosen by the path's ending — a folder of CSV files, a
 * `.json` file (Muster's own or a Kumu export), an `.xlsx` workbook (Muster's
 * own or a Kumu export), `.gexf` or `.graphml`. Folders and Muster's JSON
 * are read and written by `@muster/node`; this adds the other forms.
 *
 * @module @muster/formats/node
 */
import { existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseDatasetJson, type Dataset } from '@muster/core';
import {
  readDataset as readCoreDataset,
  readRegularFile,
  readText,
  refuseFormat,
  writeAtomically,
  writeDataset as writeCoreDataset,
  type ReadDatasetOptions as CoreReadOptions,
  type WriteOptions,
} from '@muster/node';
import { IssueList } from '@muster/core/reader';
import { isKumuJson, isKumuWorkbook } from './detect.js';
import { parseGexf } from './gexf/read.js';
import { datasetToGexf } from './gexf/write.js';
import { parseGraphml } from './graphml/read.js';
import { datasetToGraphml } from './graphml/write.js';
import type { KumuMapping } from './kumu/mapping.js';
import { parseKumuJson, parseKumuWorkbook } from './kumu/read.js';
import { parseWorkbook } from './xlsx/read.js';
import { datasetToWorkbook } from './xlsx/write.js';

/** The forms a dataset takes on disk. */
export type DatasetForm = 'folder' | 'json' | 'xlsx' | 'gexf' | 'graphml';

/** File endings of each file form. */
const FILE_FORMS: Readonly<Record<string, DatasetForm>> = {
  '.json': 'json',
  '.xlsx': 'xlsx',
  '.gexf': 'gexf',
  '.graphml': 'graphml',
};

/** File types Muster does not read or write as a dataset: a path ending so is refused, not taken for a folder. */
const OTHER_FORMATS = new Set(['.csv', '.tsv', '.txt', '.xls', '.ods', '.gml', '.net', '.zip']);

const EVERY_FORM_HINT =
  'use a folder of CSV files (actors.csv, ties.csv, …), or a .json, .xlsx, .gexf or .graphml file';

/**
 * The form of a dataset path by its ending: a `.json`, `.xlsx`, `.gexf` or
 * `.graphml` file, `folder` for a folder or a name without a known file
 * ending, and `undefined` for a file type Muster cannot take as a dataset.
 */
export function datasetForm(path: string): DatasetForm | undefined {
  const ending = extname(path).toLowerCase();
  const form = FILE_FORMS[ending];
  if (form !== undefined) return form;
  return OTHER_FORMATS.has(ending) ? undefined : 'folder';
}

/** Options of {@link readDataset}. */
export interface ReadDatasetOptions extends CoreReadOptions {
  /** For a Kumu export: how Kumu's element types, fields and connection types map to the dataset. */
  kumu?: { mapping: KumuMapping; file?: string };
}

/**
 * Reads a dataset from a folder of CSV files or a `.json`, `.xlsx`, `.gexf`
 * or `.graphml` file (a Kumu export is recognised by its shape). Throws a
 * `MusterInputError` naming every problem (file, row, column).
 */
export function readDataset(path: string, options: ReadDatasetOptions = {}): Dataset {
  const { kumu, ...rest } = options;
  if (!existsSync(path) || statSync(path).isDirectory()) return readCoreDataset(path, rest);
  const form = datasetForm(path);
  if (form === undefined || form === 'folder') throw refuseFormat(path, EVERY_FORM_HINT);
  const file = { ...rest, file: path };
  const kumuOptions = {
    ...file,
    ...(kumu === undefined ? {} : { mapping: kumu.mapping, mappingFile: kumu.file ?? 'mapping.json' }),
  };
  const issues = new IssueList();
  if (form === 'xlsx') {
    const bytes = readRegularFile(path, path, issues);
    issues.throwIfAny();
    return isKumuWorkbook(bytes!) ? parseKumuWorkbook(bytes!, kumuOptions) : parseWorkbook(bytes!, file);
  }
  const text = readText(path, path, issues);
  issues.throwIfAny();
  if (form === 'gexf') return parseGexf(text!, file);
  if (form === 'graphml') return parseGraphml(text!, file);
  // The text is read once: Muster's own JSON is parsed from it, not read again through core's readDataset.
  return isKumuJson(text!) ? parseKumuJson(text!, kumuOptions) : parseDatasetJson(text!, file);
}

/**
 * Writes a dataset in the form its path's ending names (see
 * {@link datasetForm}); all or nothing, and refuses to replace an existing
 * file or non-empty folder unless `force` is set.
 */
export function writeDataset(dataset: Dataset, path: string, options: WriteOptions = {}): void {
  const form = datasetForm(path);
  if (form === undefined) throw refuseFormat(path, EVERY_FORM_HINT);
  if (form === 'folder' || form === 'json') return writeCoreDataset(dataset, path, options);
  const content =
    form === 'xlsx' ? datasetToWorkbook(dataset) : form === 'gexf' ? datasetToGexf(dataset) : datasetToGraphml(dataset);
  writeAtomically(path, content, options);
}

export type { WriteOptions };
