/**
 * The base64 SHA-256 of a text, for a Content-Security-Policy hash
 * (`script-src 'sha256-…'`). The digest is core's pure-TypeScript SHA-256,
 * so this runs without Node or Web Crypto (which is asynchronous).
 */
import { sha256 } from '@muster/core';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += b === undefined ? '=' : ALPHABET[(n >> 6) & 63]!;
    out += c === undefined ? '=' : ALPHABET[n & 63]!;
  }
  return out;
}

/** Base64 SHA-256 of `text` encoded as UTF-8. */
export function sha256Base64(text: string): string {
  return base64(sha256(new TextEncoder().encode(text)));
}
