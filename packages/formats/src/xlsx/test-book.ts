/**
 * Test helper: a workbook made from raw SpreadsheetML, to test the reader
 * on exactly the XML a producer writes (row gaps, styles, inline strings,
 * missing references, broken parts) without a spreadsheet program.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface RawSheet {
  name: string;
  /** The children of `<sheetData>`: `<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>`… */
  rows: string;
}

export interface RawBook {
  sheets: RawSheet[];
  sharedStrings?: string[];
  /** The children of `<styleSheet>`. */
  styles?: string;
  date1904?: boolean;
  /** Parts to replace or add, by zip path, after the others are made. */
  parts?: Record<string, string>;
}

/** A row of inline-string cells from column A: `row(1, 'id', 'name')`. */
export function row(r: number, ...cells: (string | number | boolean | null)[]): string {
  const xml = cells
    .map((value, c) => {
      const ref = `${String.fromCharCode(65 + c)}${r}`;
      if (value === null) return '';
      if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
      if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
      return `<c r="${ref}" t="inlineStr"><is><t>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;
    })
    .join('');
  return `<row r="${r}">${xml}</row>`;
}

/** The bytes of a workbook with the given sheets and parts. */
export function rawWorkbook(book: RawBook): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/></Types>',
    '_rels/.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${book.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>` +
      book.sheets.map((s, k) => `<sheet name="${s.name}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`).join('') +
      '</sheets></workbook>',
  };
  const rels = book.sheets.map(
    (_, k) => `<Relationship Id="rId${k + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${k + 1}.xml"/>`,
  );
  book.sheets.forEach((s, k) => {
    files[`xl/worksheets/sheet${k + 1}.xml`] =
      `<worksheet xmlns="${MAIN}"><sheetData>${s.rows}</sheetData></worksheet>`;
  });
  if (book.sharedStrings !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    files['xl/sharedStrings.xml'] =
      `<sst xmlns="${MAIN}">${book.sharedStrings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
  }
  if (book.styles !== undefined) {
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
    files['xl/styles.xml'] = `<styleSheet xmlns="${MAIN}">${book.styles}</styleSheet>`;
  }
  files['xl/_rels/workbook.xml.rels'] = `<Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`;
  Object.assign(files, book.parts ?? {});
  const zippable: Zippable = {};
  for (const [path, xml] of Object.entries(files)) zippable[path] = strToU8(xml);
  return zipSync(zippable);
}
