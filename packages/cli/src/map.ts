/**
 * The map as the CLI embeds it: the viewer bundle, read when a command
 * needs it — beside this code in the command's self-contained tarball,
 * else from the installed @muster/viewer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The text of `@muster/viewer/bundle` (the `<muster-map>` script). */
export function viewerBundle(): string {
  const beside = fileURLToPath(new URL('./muster-map.js', import.meta.url));
  const path = existsSync(beside) ? beside : createRequire(import.meta.url).resolve('@muster/viewer/bundle');
  return readFileSync(path, 'utf8');
}
