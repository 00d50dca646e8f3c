/**
 * The cells of a workbook as text, the way a spreadsheet's own "Save as
 * CSV" shows them: numbers as their shortest round-trip text, booleans as
 * `true` and `false`, date-formatted numbers as ISO 8601 (ECMA-376
 * §18.8.30), shared and inline strings as written (phonetic guides left
 * out, `_xHHHH_` escapes undone), formulas by their cached value.
 */
import { builtinFormatKind, formatCodeKind, isoCellText, serialToIso, serialToTime, type FormatKind } from './dates.js';
import { DAMAGED_HINT, WorkbookError, scanPart } from './package.js';
import { unescapeOoxml } from './escape.js';

/** One row of a sheet: its spreadsheet row number and its cells' text by column (A = 0). */
export interface SheetRow {
  row: number;
  cells: string[];
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** Text runs of a string item (`<si>` or `<is>`), phonetic guides (`<rPh>`) left out. */
class RichText {
  private phonetic = 0;
  private inText = false;
  value = '';

  reset(): void {
    this.value = '';
    this.phonetic = 0;
    this.inText = false;
  }
  open(name: string): void {
    if (name === 'rPh') this.phonetic++;
    else if (name === 't' && this.phonetic === 0) this.inText = true;
  }
  close(name: string): void {
    if (name === 'rPh') this.phonetic--;
    else if (name === 't') this.inText = false;
  }
  text(text: string): void {
    if (this.inText) this.value += text;
  }
}

export function readSharedStrings(files: Map<string, Uint8Array>, part: string): string[] {
  const strings: string[] = [];
  const rich = new RichText();
  let inItem = false;
  scanPart(files, part, {
    open({ local }) {
      if (local === 'si') {
        inItem = true;
        rich.reset();
      } else if (inItem) rich.open(local);
    },
    close({ local }) {
      if (local === 'si') {
        inItem = false;
        strings.push(unescapeOoxml(rich.value));
      } else if (inItem) rich.close(local);
    },
    text(text) {
      if (inItem) rich.text(text);
    },
  });
  return strings;
}

/** The kind of number format of each cell style (`s` attribute), from `cellXfs`. */
export function readStyles(files: Map<string, Uint8Array>, part: string): FormatKind[] {
  const codes = new Map<number, string>();
  const styleFormats: number[] = [];
  const stack: string[] = [];
  scanPart(files, part, {
    open({ local, attributes }) {
      const parent = stack[stack.length - 1];
      if (local === 'numFmt' && parent === 'numFmts') {
        codes.set(Number(attributes.get('numFmtId')), attributes.get('formatCode') ?? '');
      } else if (local === 'xf' && parent === 'cellXfs') styleFormats.push(Number(attributes.get('numFmtId') ?? 0));
      stack.push(local);
    },
    close() {
      stack.pop();
    },
    text() {},
  });
  return styleFormats.map((id) => {
    const code = codes.get(id);
    return code !== undefined ? formatCodeKind(code) : builtinFormatKind(id);
  });
}

/** `B12` → column 1; `undefined` when the reference is not a cell's. */
function columnOf(ref: string): number | undefined {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    const upper = c >= 97 && c <= 122 ? c - 32 : c;
    if (upper < 65 || upper > 90) break;
    column = column * 26 + (upper - 64);
  }
  if (i === 0 || i > 3 || !/^\d+$/.test(ref.slice(i))) return undefined;
  return column - 1;
}

/** The shortest text that reads back as the same number (`0.1`, not `0.10000000000000001`). */
function numberText(raw: string): string {
  const value = Number(raw.trim());
  return raw.trim() !== '' && Number.isFinite(value) ? String(value) : raw;
}

export interface CellContext {
  shared: string[];
  formats: FormatKind[];
  date1904: boolean;
  /** Characters of shared strings that cells may still refer to (see {@link MAX_SHARED_TEXT}). */
  budget: { left: number };
}

/**
 * How many characters of shared strings the cells of a workbook may refer
 * to in all (64 Mi, eight times a large real workbook's). Shared strings are
 * stored once and referred to by index, so 8 KB of cells can point at one
 * 5 MB string a thousand times: the budget counts each reference.
 */
export const MAX_SHARED_TEXT = 64 * 1024 * 1024;

function cellText(type: string, value: string, style: number, ctx: CellContext, where: () => string): string {
  switch (type) {
    case 's': {
      if (value.trim() === '') return '';
      const index = Number(value.trim());
      const text = Number.isInteger(index) ? ctx.shared[index] : undefined;
      if (text === undefined) {
        throw new WorkbookError(
          `${where()} refers to shared string ${value.trim() || '(none)'}, which does not exist`,
          DAMAGED_HINT,
        );
      }
      ctx.budget.left -= text.length;
      if (ctx.budget.left < 0) {
        throw new WorkbookError(
          `the cells refer to more than ${MAX_SHARED_TEXT.toLocaleString('en-GB')} characters of shared text in all (at ${where()})`,
          'a workbook whose cells repeat one huge text many times is refused as a decompression bomb; save the table with ordinary cell values',
        );
      }
      return text;
    }
    case 'b':
      return value.trim() === '1' || value.trim() === 'true' ? 'true' : value.trim() === '' ? '' : 'false';
    case 'str':
    case 'inlineStr':
    case 'e':
      return unescapeOoxml(value);
    case 'd':
      return isoCellText(value);
    default: {
      if (value.trim() === '') return '';
      const kind = ctx.formats[style] ?? 'number';
      if (kind !== 'number') {
        const serial = Number(value);
        const iso = kind === 'date' ? serialToIso(serial, ctx.date1904) : serialToTime(serial, ctx.date1904);
        if (iso !== undefined) return iso;
      }
      return numberText(value);
    }
  }
}

export function readSheet(files: Map<string, Uint8Array>, part: string, ctx: CellContext): SheetRow[] {
  const rows = new Map<number, string[]>();
  let rowNumber = 0;
  let column = -1;
  let cells: string[] = [];
  let cell: { type: string; style: number; ref: string } | undefined;
  let value = '';
  let inValue = false;
  let inInline = false;
  const rich = new RichText();
  const damaged = (message: string): never => {
    throw new WorkbookError(message, DAMAGED_HINT, part);
  };
  scanPart(files, part, {
    open({ local, attributes }) {
      if (inInline) {
        rich.open(local);
        return;
      }
      if (local === 'row') {
        const given = attributes.get('r');
        const r = given === undefined ? rowNumber + 1 : Number(given);
        if (!Number.isInteger(r) || r < 1 || r > MAX_ROW) damaged(`a row of the sheet has the number '${given}'`);
        rowNumber = r;
        column = -1;
        cells = rows.get(r) ?? [];
        rows.set(r, cells);
      } else if (local === 'c') {
        const ref = attributes.get('r');
        const at = ref === undefined ? column + 1 : columnOf(ref);
        if (at === undefined || at >= MAX_COLUMN) damaged(`a cell of row ${rowNumber} has the reference '${ref}'`);
        column = at!;
        cell = {
          type: attributes.get('t') ?? 'n',
          style: Number(attributes.get('s') ?? 0),
          ref: ref ?? `row ${rowNumber}`,
        };
        value = '';
      } else if (local === 'v' && cell !== undefined) {
        inValue = true;
      } else if (local === 'is' && cell !== undefined) {
        inInline = true;
        rich.reset();
      }
    },
    close({ local }) {
      if (inInline) {
        if (local === 'is') {
          inInline = false;
          value = rich.value;
        } else rich.close(local);
        return;
      }
      if (local === 'v') inValue = false;
      else if (local === 'c' && cell !== undefined) {
        const current = cell;
        const text = cellText(current.type, value, current.style, ctx, () => `the cell ${current.ref}`);
        // Empty cells are not stored: a sheet formatted out to column XFD is as wide as its values.
        if (text !== '') {
          while (cells.length < column) cells.push('');
          cells[column] = text;
        }
        cell = undefined;
      }
    },
    text(text) {
      if (inInline) rich.text(text);
      else if (inValue) value += text;
    },
  });
  return [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([row, cells]) => ({ row, cells: Array.from(cells, (c) => c ?? '') }));
}
