/**
 * Telling a Kumu export from Muster's own form of the same file type, from
 * its text or bytes (in Node and in the browser alike).
 */
import { sheetRole } from './xlsx/read.js';
import { openWorkbook } from './xlsx/workbook.js';

/** A Kumu JSON export: an object with `elements` and no `actors`. */
export function isKumuJson(text: string): boolean {
  try {
    const value = JSON.parse(text) as unknown;
    return value !== null && typeof value === 'object' && 'elements' in value && !('actors' in value);
  } catch {
    return false;
  }
}

/** A Kumu workbook: an `Elements` sheet and no `actors` sheet. */
export function isKumuWorkbook(bytes: Uint8Array): boolean {
  try {
    const names = openWorkbook(bytes).sheets.map((s) => s.name.trim().toLowerCase());
    return names.includes('elements') && !names.some((n) => sheetRole(n) === 'actors');
  } catch {
    return false;
  }
}
