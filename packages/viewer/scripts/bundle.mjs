// Builds dist/muster-map.js: the <muster-map> element and the library in one
// minified IIFE (global `MusterViewer`), and prints its size raw and gzipped.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}dist/muster-map.js`;
await build({
  entryPoints: [`${root}src/bundle-entry.ts`],
  outfile,
  bundle: true,
  format: 'iife',
  globalName: 'MusterViewer',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  legalComments: 'eof',
  conditions: ['@muster/source'],
  logLevel: 'warning',
});
// The bundle is a script, not a module; its declaration says what it defines.
writeFileSync(
  `${root}dist/muster-map.d.ts`,
  [
    '// dist/muster-map.js is a script: it defines the <muster-map> element and the global MusterViewer.',
    "import type * as Viewer from './index.js';",
    'declare global {',
    '  // eslint-disable-next-line no-var',
    '  var MusterViewer: typeof Viewer;',
    '}',
    'export {};',
    '',
  ].join('\n'),
);
const code = readFileSync(outfile);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`dist/muster-map.js: ${kb(code.length)} raw, ${kb(gzipSync(code, { level: 9 }).length)} gzip`);
