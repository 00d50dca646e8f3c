/**
 * The base64 SHA-256 of a text, for a Content-Security-Policy hash
 * (`script-src 'sha256-…'`). The digest is core's pure-TypeScript SHA-256,
 * so this runs without Node or Web Crypto (which is asynchronous); base64
 * is the platform's `btoa` (browsers and Node 16+).
 */
import { sha256 } from '@muster/core';

/** Base64 SHA-256 of `text` encoded as UTF-8. */
export function sha256Base64(text: string): string {
  const digest = sha256(new TextEncoder().encode(text));
  // btoa takes a "binary string": one character per byte.
  return btoa(String.fromCharCode(...digest));
}
