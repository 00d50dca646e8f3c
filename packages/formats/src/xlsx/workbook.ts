/**
 * Opening an Office Open XML workbook (`.xlsx`, ECMA-376 Part 1,
 * SpreadsheetML): the sheets it lists, and each sheet's cells as text
 * (`cells.ts`) when asked for. The container is checked first, to tell a
 * user what they gave instead: an old `.xls` or password-protected file, an
 * OpenDocument spreadsheet, some other zip, or not a zip at all.
 *
 * Anything wrong becomes a {@link WorkbookError} naming the part and where
 * in it, never an exception of another kind.
 */
import { MAX_SHARED_TEXT, readSharedStrings, readSheet, readStyles, type SheetRow } from './cells.js';
import {
  NOT_A_WORKBOOK_HINT,
  REL,
  WorkbookError,
  byType,
  readRels,
  relsPath,
  resolveTarget,
  scanPart,
  unzip,
} from './package.js';
import { attributeNamed } from '../xml/scan.js';

/** A sheet as read: its name as the tab shows it, and its non-empty rows in order. */
export interface Sheet {
  name: string;
  rows: SheetRow[];
}

/** A sheet listed in the workbook, before its cells are read. */
export interface SheetEntry {
  name: string;
  /** The zip path of its part; `undefined` for a chart sheet or a missing relationship. */
  part: string | undefined;
}

/** Why bytes are not a zip: an old binary workbook, a password, or something else entirely. */
function notAZip(bytes: Uint8Array): WorkbookError {
  const cfb = bytes.length >= 8 && [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b);
  if (cfb) {
    return new WorkbookError(
      'the file is an old-style .xls workbook or a password-protected one, not an .xlsx workbook',
      'remove the password, or save it as "Excel Workbook (.xlsx)"',
    );
  }
  return new WorkbookError('the file is not an .xlsx workbook (it is not a zip archive)', NOT_A_WORKBOOK_HINT);
}

/** A workbook opened: its sheets listed, ready to read the ones wanted. */
export interface OpenWorkbook {
  sheets: SheetEntry[];
  read(entry: SheetEntry): Sheet;
}

/**
 * Opens a workbook: checks the container, reads the workbook part, its
 * relationships, shared strings and styles. Throws a {@link WorkbookError}.
 */
export function openWorkbook(bytes: Uint8Array): OpenWorkbook {
  const zipped = bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!zipped) throw notAZip(bytes);
  const root = unzip(bytes, (name) => name === '_rels/.rels' || name === 'mimetype');
  const main = byType(readRels(root, '_rels/.rels'), REL.officeDocument);
  if (main === undefined) {
    const ods = root.has('mimetype');
    throw new WorkbookError(
      ods
        ? 'the file is an OpenDocument spreadsheet (.ods), not an .xlsx workbook'
        : 'the zip archive holds no workbook',
      ods ? 'save it as "Excel 2007-365 (.xlsx)"' : NOT_A_WORKBOOK_HINT,
    );
  }
  const workbookPart = resolveTarget('', main.target);
  const base = unzip(bytes, (name) => name === workbookPart || name === relsPath(workbookPart));
  const rels = readRels(base, relsPath(workbookPart));
  const listed: { name: string; rel: string | undefined }[] = [];
  let date1904 = false;
  scanPart(base, workbookPart, {
    open({ local, attributes }) {
      const name = attributes.get('name');
      if (local === 'sheet' && name !== undefined) listed.push({ name, rel: attributeNamed(attributes, 'id') });
      else if (local === 'workbookPr') date1904 = ['1', 'true'].includes(attributes.get('date1904') ?? '');
    },
    close() {},
    text() {},
  });
  const sheets: SheetEntry[] = listed.map(({ name, rel }) => {
    const target = rel === undefined ? undefined : rels.get(rel);
    return {
      name,
      part: target && target.type.endsWith(REL.worksheet) ? resolveTarget(workbookPart, target.target) : undefined,
    };
  });
  const sharedPart = byType(rels, REL.sharedStrings);
  const stylesPart = byType(rels, REL.styles);
  const sharedPath = sharedPart && resolveTarget(workbookPart, sharedPart.target);
  const stylesPath = stylesPart && resolveTarget(workbookPart, stylesPart.target);
  const extras = unzip(bytes, (name) => name === sharedPath || name === stylesPath);
  const shared = sharedPath !== undefined && extras.has(sharedPath) ? readSharedStrings(extras, sharedPath) : [];
  const formats = stylesPath !== undefined && extras.has(stylesPath) ? readStyles(extras, stylesPath) : [];
  // One budget for every sheet read from this workbook: a bomb spread over many sheets is still one bomb.
  const budget = { left: MAX_SHARED_TEXT };
  return {
    sheets,
    read(entry) {
      if (entry.part === undefined) {
        throw new WorkbookError(
          `the sheet '${entry.name}' is a chart or is missing from the file`,
          'keep the table on an ordinary worksheet',
        );
      }
      const part = entry.part;
      const files = unzip(bytes, (name) => name === part);
      return { name: entry.name, rows: readSheet(files, part, { shared, formats, date1904, budget }) };
    },
  };
}
