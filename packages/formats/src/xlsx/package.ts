/**
 * The package layer of an `.xlsx` file (ECMA-376 Part 2, Open Packaging
 * Conventions): a zip archive whose parts are found through relationship
 * parts (`_rels/*.rels`). Only the parts asked for are inflated, each at
 * most {@link MAX_PART_BYTES}, so a zip bomb or an image-heavy workbook
 * costs nothing. Every failure is a {@link WorkbookError}.
 *
 * Why our own reader and writer over fflate, rather than a spreadsheet
 * library (measured as esbuild browser bundles, minified / gzipped):
 *
 * - `read-excel-file` + `write-excel-file` (maintained, browser and Node):
 *   118 KB / 32 KB before any glue, four more dependencies, and they hand
 *   back typed values with rows renumbered, where Muster needs each cell as
 *   the text a CSV export shows and the spreadsheet row it came from.
 * - `exceljs`: 947 KB / 270 KB, last released in 2023, Node streams.
 * - SheetJS `xlsx` from npm: 0.18.5 is stale and carries a
 *   prototype-pollution advisory fixed only in builds outside npm.
 * - fflate (zip, 0 dependencies, browser and Node, tree-shaken to inflate
 *   and deflate) plus Muster's own strict XML scanner (`../xml/scan.ts`): the whole
 *   XLSX reader and writer adds 34 KB / 14 KB to a browser bundle, never
 *   expands XML entities, and reports every malformation with the part and
 *   line where it is.
 */
import { unzipSync } from 'fflate';
import { XmlSyntaxError, scanXml, type XmlHandler } from '../xml/scan.js';

/** A workbook that cannot be read, with a message for the user and, when known, the part at fault. */
export class WorkbookError extends Error {
  override readonly name = 'WorkbookError';
  constructor(
    message: string,
    readonly hint: string,
    readonly part?: string,
  ) {
    super(message);
  }
}

/** The largest part inflated (512 MiB): a longer string would not fit in a JavaScript string anyway. */
export const MAX_PART_BYTES = 512 * 1024 * 1024;
/** More entries than this is no workbook. */
const MAX_ENTRIES = 100_000;

/** Relationship types, matched by their ending so that Strict OOXML's namespace matches too. */
export const REL = {
  officeDocument: '/officeDocument',
  worksheet: '/worksheet',
  sharedStrings: '/sharedStrings',
  styles: '/styles',
};

/** The hint for a file that is no workbook at all. */
export const NOT_A_WORKBOOK_HINT = 'save the file from your spreadsheet program as an Excel workbook (.xlsx)';
/** The hint for a workbook whose parts are broken. */
export const DAMAGED_HINT = 'the workbook is damaged: save it again from your spreadsheet program';

/** Reads the entries of the zip that `keep` accepts (by lower-cased name). */
export function unzip(bytes: Uint8Array, keep: (name: string) => boolean): Map<string, Uint8Array> {
  let entries = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (++entries > MAX_ENTRIES)
          throw new WorkbookError('the zip has too many entries to be a workbook', NOT_A_WORKBOOK_HINT);
        if (!keep(normalisePath(file.name))) return false;
        if (file.originalSize > MAX_PART_BYTES) {
          throw new WorkbookError(
            `the part ${file.name} is too large to read (${file.originalSize} bytes)`,
            'split the data over several workbooks, or save the sheets as CSV',
            file.name,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError(
      `the file is a damaged zip archive (${(error as Error).message || 'unreadable'})`,
      'open the file in your spreadsheet program and save it again as .xlsx',
    );
  }
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) out.set(normalisePath(name), data);
  return out;
}

/** Zip paths compared as OPC part names are: case-insensitively, `/`-separated, without a leading `/`. */
export function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

/** Resolves a relationship target against the folder of the part that holds it. */
export function resolveTarget(base: string, target: string): string {
  const parts = target.startsWith('/') ? [] : base.split('/').slice(0, -1);
  for (const piece of target.replace(/\\/g, '/').split('/')) {
    if (piece === '' || piece === '.') continue;
    if (piece === '..') parts.pop();
    else parts.push(piece);
  }
  return normalisePath(parts.join('/'));
}

/** The `_rels/x.rels` part that holds a part's relationships. */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function decodePart(data: Uint8Array, part: string): string {
  try {
    if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(data);
    if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(data);
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new WorkbookError(`the part ${part} is not UTF-8 text`, DAMAGED_HINT, part);
  }
}

export function scanPart(files: Map<string, Uint8Array>, part: string, handler: XmlHandler): void {
  const data = files.get(part);
  if (data === undefined) throw new WorkbookError(`the part ${part} is missing`, DAMAGED_HINT, part);
  try {
    scanXml(decodePart(data, part), handler);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      const where = `line ${error.line}, character ${error.column}`;
      throw new WorkbookError(
        `the part ${part} is not well-formed XML: ${error.message} (${where})`,
        DAMAGED_HINT,
        part,
      );
    }
    throw error;
  }
}

export interface Relationship {
  type: string;
  target: string;
}

export function readRels(files: Map<string, Uint8Array>, part: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  if (!files.has(part)) return rels;
  scanPart(files, part, {
    open({ local, attributes }) {
      if (local !== 'Relationship' || attributes.get('TargetMode') === 'External') return;
      const id = attributes.get('Id');
      const target = attributes.get('Target');
      if (id !== undefined && target !== undefined) rels.set(id, { type: attributes.get('Type') ?? '', target });
    },
    close() {},
    text() {},
  });
  return rels;
}

export function byType(rels: Map<string, Relationship>, suffix: string): Relationship | undefined {
  for (const rel of rels.values()) if (rel.type.endsWith(suffix)) return rel;
  return undefined;
}
