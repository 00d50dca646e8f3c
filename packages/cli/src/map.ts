/**
 * The map as the CLI embeds it: the viewer bundle shipped with
 * @muster/viewer, read once from its installed place.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The text of `@muster/viewer/bundle` (the `<muster-map>` script). */
export function viewerBundle(): string {
  return readFileSync(createRequire(import.meta.url).resolve('@muster/viewer/bundle'), 'utf8');
}
