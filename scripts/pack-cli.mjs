// `pnpm pack:cli`: the `muster` command as one self-contained npm tarball,
// dist/muster-cli-<version>.tgz, that installs with plain npm on a machine
// with only Node and needs nothing from the workspace or the registry.
//
// esbuild follows the imports from the CLI's entry point (bin.ts), straight
// from the TypeScript sources, so whatever packages the CLI comes to use are
// bundled without listing them here. Lazily imported commands become their
// own chunks, so each command loads only what it uses. The audit's
// betweenness worker, the map bundle and the studio page are written beside
// the chunks, where the code looks for them. (The command does not use flow's
// simulation pool, so its worker is not shipped.)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8'));
const outDir = join(root, 'dist');
const stage = mkdtempSync(join(tmpdir(), 'muster-cli-'));

try {
  // The map bundle (a browser script the HTML outputs inline), built from the sources.
  execFileSync(process.execPath, [join(root, 'packages/viewer/scripts/bundle.mjs')], { stdio: 'ignore' });
  mkdirSync(join(stage, 'dist'));
  copyFileSync(join(root, 'packages/viewer/dist/muster-map.js'), join(stage, 'dist/muster-map.js'));
  // The studio page (`muster studio`), one self-contained HTML file.
  execFileSync(process.execPath, [join(root, 'packages/studio/scripts/build.mjs')], { stdio: 'ignore' });
  mkdirSync(join(stage, 'dist/studio'));
  copyFileSync(join(root, 'packages/studio/dist/index.html'), join(stage, 'dist/studio/index.html'));

  await build({
    entryPoints: {
      muster: join(root, 'packages/cli/src/bin.ts'),
      'betweenness-worker': join(root, 'packages/audit/src/parallel/betweenness-worker.ts'),
      'stability-worker': join(root, 'packages/audit/src/parallel/stability-worker.ts'),
    },
    outdir: join(stage, 'dist'),
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: ['node20'],
    conditions: ['@muster/source'],
    minify: true,
    legalComments: 'linked',
    // Bundled CommonJS dependencies (graphology) call require() for node's own modules.
    banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
    logLevel: 'warning',
  });

  const manifest = {
    name: 'muster-cli',
    version: cli.version,
    description: `${cli.description} Self-contained: no dependencies.`,
    license: cli.license,
    type: 'module',
    bin: { muster: './dist/muster.js' },
    files: ['dist', 'README.md', 'LICENSE'],
    engines: cli.engines,
  };
  writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  copyFileSync(join(root, 'packages/cli/README.md'), join(stage, 'README.md'));
  copyFileSync(join(root, 'LICENSE'), join(stage, 'LICENSE'));

  mkdirSync(outDir, { recursive: true });
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', outDir], {
    cwd: stage,
    encoding: 'utf8',
  }).trim();
  console.log(join(outDir, name));
} finally {
  rmSync(stage, { recursive: true, force: true });
}
