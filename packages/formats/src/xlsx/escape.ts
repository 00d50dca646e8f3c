/**
 * The `_xHHHH_` escapes of Office Open XML (ECMA-376 ST_Xstring): how a
 * workbook carries in its strings the characters XML cannot hold (control
 * characters, lone surrogates), and a literal `_xHHHH_` as `_x005F_xHHHH_`.
 */

/** Undoes the `_xHHHH_` escapes OOXML uses for characters XML cannot hold (ECMA-376 ST_Xstring). */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** True for a UTF-16 unit XML 1.0 cannot hold as it is (surrogates are checked in pairs by the caller). */
function forbidden(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** True when `text` holds `_xHHHH_` at `i`. */
function escapeAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 95 || text.charCodeAt(i + 1) !== 120 || text.charCodeAt(i + 6) !== 95) return false;
  for (let k = i + 2; k < i + 6; k++) if (!isHex(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Escapes what XML 1.0 cannot hold (control characters other than tab and
 * line ends, lone surrogates, U+FFFE and U+FFFF) as `_xHHHH_`, and a literal
 * `_xHHHH_` as `_x005F_xHHHH_`, so that {@link unescapeOoxml} gives the text back.
 */
export function escapeOoxml(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let bad = forbidden(c) || escapeAt(text, i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      bad = true;
    } else if (c >= 0xdc00 && c <= 0xdfff) bad = true;
    if (!bad) continue;
    out += text.slice(from, i) + `_x${c.toString(16).toUpperCase().padStart(4, '0')}_`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
