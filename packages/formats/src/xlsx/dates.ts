/**
 * Spreadsheet dates. A workbook stores a date as a number of days (the
 * "serial"; the fraction is the time of day) and marks it as a date only by
 * the cell's number format (ECMA-376 §18.8.30–31). These functions tell date
 * formats from number formats and turn serials into the ISO 8601 text the
 * dataset reader expects.
 *
 * Both date systems are handled: the 1900 system, with Lotus 1-2-3's
 * phantom 29 February 1900 (serial 60) that Excel keeps, and the 1904
 * system of old Mac workbooks (`<workbookPr date1904="1"/>`).
 */

/** What a number format shows: a calendar date (perhaps with a time), a time of day, or a plain number. */
export type FormatKind = 'date' | 'time' | 'number';

/** Built-in format ids (ECMA-376 §18.8.30, with the East Asian and Thai ids) that show dates. */
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 77, 81,
]);
/** Built-in format ids that show a time or a duration only. */
const BUILTIN_TIMES = new Set([18, 19, 20, 21, 32, 33, 34, 35, 45, 46, 47, 75, 76, 78, 79, 80]);

/** The kind of a built-in number format id. */
export function builtinFormatKind(id: number): FormatKind {
  if (BUILTIN_DATES.has(id)) return 'date';
  if (BUILTIN_TIMES.has(id)) return 'time';
  return 'number';
}

/**
 * The kind of a format code such as `yyyy-mm-dd`, `d/m/yy h:mm`, `[h]:mm`
 * or `0.00`. Quoted text, escaped characters, colours and locale tags do not
 * count; `m` is a month unless the code has hours or seconds and no date
 * part, where it is minutes. Only the first section (before `;`) is read.
 */
export function formatCodeKind(code: string): FormatKind {
  let elapsed = false;
  let section = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === ';') break;
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      i = end === -1 ? code.length : end;
    } else if (c === '\\' || c === '_' || c === '*') {
      i++; // an escaped, padding or fill character
    } else if (c === '[') {
      const end = code.indexOf(']', i + 1);
      const inner = code.slice(i + 1, end === -1 ? code.length : end).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inner)) elapsed = true;
      i = end === -1 ? code.length : end;
    } else {
      section += c;
    }
  }
  const plain = section
    .toLowerCase()
    .replace(/general/g, '')
    .replace(/e[+-]/g, '') // scientific notation, not an era year
    .replace(/am\/pm|a\/p/g, 'h');
  const hasDate = /[yde]/.test(plain);
  const hasTime = elapsed || /[hs]/.test(plain);
  if (hasDate) return 'date';
  if (/m/.test(plain)) return hasTime ? 'time' : 'date';
  return hasTime ? 'time' : 'number';
}

const DAY_MS = 86_400_000;
/** The last day Excel shows as a date: 9999-12-31 in the 1900 system. */
const MAX_SERIAL_1900 = 2_958_465;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `HH:MM`, with `:SS` and `.mmm` only when they are not zero. */
function timeText(msOfDay: number): string {
  const h = Math.floor(msOfDay / 3_600_000);
  const m = Math.floor((msOfDay % 3_600_000) / 60_000);
  const s = Math.floor((msOfDay % 60_000) / 1000);
  const ms = msOfDay % 1000;
  let text = `${pad(h)}:${pad(m)}`;
  if (s !== 0 || ms !== 0) text += `:${pad(s)}`;
  if (ms !== 0) text += `.${pad(ms, 3)}`;
  return text;
}

/**
 * A serial as ISO 8601 text: `2024-03-01`, `2024-03-01T09:30` when it has
 * a time of day (rounded to the millisecond), or `09:30` alone for a serial
 * below 1 (a time with no date, which Excel shows as day 0). Returns
 * `undefined` for a serial that is no date (negative, or past 9999).
 */
export function serialToIso(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  const totalMs = Math.round(serial * DAY_MS);
  const days = Math.floor(totalMs / DAY_MS);
  const msOfDay = totalMs - days * DAY_MS;
  if (days === 0 && !date1904) return timeText(msOfDay);
  if (days > MAX_SERIAL_1900 - (date1904 ? 1462 : 0)) return undefined;
  let date: string;
  if (date1904) {
    date = new Date(Date.UTC(1904, 0, 1) + days * DAY_MS).toISOString().slice(0, 10);
  } else if (days === 60) {
    // Excel's phantom leap day, kept so that a reader sees what Excel shows (and refuses it as a date).
    date = '1900-02-29';
  } else {
    const base = days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
    date = new Date(base + days * DAY_MS).toISOString().slice(0, 10);
  }
  return msOfDay === 0 ? date : `${date}T${timeText(msOfDay)}`;
}

/**
 * A time-of-day format's value: `HH:MM[:SS]` below one day; a full
 * date-time otherwise (a duration past 24 hours has no better text).
 */
export function serialToTime(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  if (serial < 1) return timeText(Math.round(serial * DAY_MS) % DAY_MS);
  return serialToIso(serial, date1904);
}

/**
 * The value of a `t="d"` cell (an ISO 8601 date-time in the file) in the
 * reader's form: the date alone at midnight, else `T` and the time with
 * zero seconds dropped. Other text is returned as it is.
 */
export function isoCellText(text: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    text.trim(),
  );
  if (!match) return text;
  const [, date, h = '00', m = '00', s = '00', fraction = '', zone = ''] = match;
  const frac = fraction.replace(/0+$/, '');
  if (h === '00' && m === '00' && s === '00' && frac === '' && zone === '') return date!;
  let time = `${h}:${m}`;
  if (s !== '00' || frac !== '') time += `:${s}`;
  if (frac !== '') time += `.${frac}`;
  return `${date}T${time}${zone}`;
}
