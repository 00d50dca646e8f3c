/**
 * Writing a minimal, valid `.xlsx` workbook (ECMA-376 SpreadsheetML): one
 * worksheet per table, strings in a shared-string table, numbers as
 * numbers, `true`/`false` as booleans, a bold and frozen header row, and
 * column widths fitted to the content. No dates are written as date
 * serials: a dataset's dates are text in one of several ISO forms (month,
 * day, date-time, step), and text keeps each exactly.
 *
 * The bytes are deterministic (fixed zip timestamps), so the same data
 * gives the same file.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { escapeAttribute, escapeText } from '../xml/escape.js';
import { escapeOoxml } from './escape.js';

/** A cell to write: text, a number, a boolean, or nothing. */
export type CellValue = string | number | boolean | undefined;

/** A sheet to write: its tab name and its rows; the first row is a header unless `header` is false. */
export interface SheetData {
  name: string;
  rows: readonly (readonly CellValue[])[];
  /** Bold and freeze the first row (default true). */
  header?: boolean;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Zip entries get this time, so that output is byte-for-byte repeatable. */
const FIXED_TIME = new Date(2000, 0, 1, 0, 0, 0);

const STYLES =
  `<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** `0` → `A`, `27` → `AB`. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Text content of a `<t>`, with `xml:space="preserve"` where spaces at either end or line breaks must survive. */
function textElement(text: string): string {
  const escaped = escapeText(escapeOoxml(text));
  return /^\s|\s$|\n/.test(text) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];
  count = 0;

  add(text: string): number {
    this.count++;
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.items.length;
      this.index.set(text, at);
      this.items.push(`<si>${textElement(text)}</si>`);
    }
    return at;
  }

  xml(): string {
    return `${DECLARATION}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.items.length}">${this.items.join('')}</sst>`;
  }
}

function cellXml(value: CellValue, ref: string, style: string, strings: SharedStrings): string {
  if (value === undefined || value === '') return '';
  if (typeof value === 'boolean') return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${style}><v>${String(value)}</v></c>`;
  return `<c r="${ref}"${style} t="s"><v>${strings.add(String(value))}</v></c>`;
}

function sheetXml(sheet: SheetData, strings: SharedStrings): string {
  const header = sheet.header !== false && sheet.rows.length > 0;
  const widths: number[] = [];
  const rows: string[] = [];
  sheet.rows.forEach((row, r) => {
    const style = header && r === 0 ? ' s="1"' : '';
    let cells = '';
    row.forEach((value, c) => {
      cells += cellXml(value, `${columnLetters(c)}${r + 1}`, style, strings);
      const length =
        value === undefined
          ? 0
          : Math.max(
              ...String(value)
                .split('\n')
                .map((line) => line.length),
            );
      widths[c] = Math.max(widths[c] ?? 0, length);
    });
    rows.push(`<row r="${r + 1}">${cells}</row>`);
  });
  const lastColumn = Math.max(widths.length - 1, 0);
  const dimension = `A1:${columnLetters(lastColumn)}${Math.max(sheet.rows.length, 1)}`;
  const pane = header
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const cols =
    widths.length === 0
      ? ''
      : `<cols>${widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${Math.min(Math.max(w + 2, 8), 60)}" customWidth="1"/>`).join('')}</cols>`;
  return (
    `${DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="${dimension}"/>${pane}<sheetFormatPr defaultRowHeight="15"/>${cols}` +
    `<sheetData>${rows.join('')}</sheetData></worksheet>`
  );
}

/** The bytes of an `.xlsx` workbook holding `sheets`, in order. */
export function writeWorkbook(sheets: readonly SheetData[]): Uint8Array {
  const strings = new SharedStrings();
  const files: Zippable = {};
  const put = (path: string, xml: string): void => {
    files[path] = [strToU8(xml), { mtime: FIXED_TIME }];
  };
  const overrides: string[] = [];
  const sheetEntries: string[] = [];
  const rels: string[] = [];
  sheets.forEach((sheet, k) => {
    const n = k + 1;
    put(`xl/worksheets/sheet${n}.xml`, sheetXml(sheet, strings));
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}.worksheet+xml"/>`);
    sheetEntries.push(`<sheet name="${escapeAttribute(sheet.name)}" sheetId="${n}" r:id="rId${n}"/>`);
    rels.push(`<Relationship Id="rId${n}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
  });
  const n = sheets.length;
  rels.push(`<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  rels.push(`<Relationship Id="rId${n + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
  put(
    '[Content_Types].xml',
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
      overrides.join('') +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` +
      '</Types>',
  );
  put(
    '_rels/.rels',
    `${DECLARATION}<Relationships xmlns="${PKG_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    'xl/workbook.xml',
    `${DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      `<bookViews><workbookView/></bookViews><sheets>${sheetEntries.join('')}</sheets></workbook>`,
  );
  put(
    'xl/_rels/workbook.xml.rels',
    `${DECLARATION}<Relationships xmlns="${PKG_REL_NS}">${rels.join('')}</Relationships>`,
  );
  put('xl/styles.xml', DECLARATION + STYLES);
  // Written last, after every sheet has added its strings.
  put('xl/sharedStrings.xml', strings.xml());
  return zipSync(files, { level: 6 });
}
