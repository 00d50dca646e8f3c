/**
 * The packages as their users get them: packs every package under
 * packages/ the way it is published, checks what the tarballs hold, lints
 * them with publint, installs them with plain npm into a throw-away Node
 * project and uses them there as a library (`@muster/core`, `@muster/node`,
 * `@muster/formats`, `@muster/survey`, `@muster/escape`, `@muster/palette`), as the
 * `muster` command and through TypeScript's type checker. Needs `pnpm
 * build` first (the `test` script runs it); npm fetches the packages'
 * dependencies from the registry.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  exports?: unknown;
  publishConfig?: { exports?: unknown };
  bin?: string | Record<string, string>;
  dependencies?: Record<string, string>;
}

interface Workspace {
  /** The folder name under packages/. */
  key: string;
  dir: string;
  manifest: Manifest;
}

function readManifest(path: string): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The relative file paths an exports map and bin point to. */
function entryFiles(exportsMap: unknown, bin: Manifest['bin']): string[] {
  const targets = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.startsWith('./')) targets.add(value.slice(2));
    } else if (value !== null && typeof value === 'object') {
      for (const inner of Object.values(value)) walk(inner);
    }
  };
  walk(exportsMap);
  walk(bin);
  return [...targets].sort();
}

/** Every publishable package of the workspace; the CLI depends on the others. */
const WORKSPACES: Workspace[] = readdirSync(join(ROOT, 'packages'))
  .filter((key) => existsSync(join(ROOT, 'packages', key, 'package.json')))
  .map((key) => {
    const dir = join(ROOT, 'packages', key);
    return { key, dir, manifest: readManifest(join(dir, 'package.json')) };
  })
  .filter((workspace) => !workspace.manifest.private);
const KEYS = WORKSPACES.map((workspace) => workspace.key);
const byKey = (key: string): Workspace => WORKSPACES.find((workspace) => workspace.key === key)!;

// --- Running commands -------------------------------------------------------

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[], cwd: string): Ran {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`could not run ${command}: ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function describeRun(command: string, args: readonly string[], cwd: string, ran: Ran): string {
  return [
    `$ ${[command, ...args].join(' ')}`,
    `  (in ${cwd}; exit ${ran.status})`,
    ran.stdout.trim() && `--- stdout ---\n${ran.stdout.trim()}`,
    ran.stderr.trim() && `--- stderr ---\n${ran.stderr.trim()}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Runs a command that must succeed; on failure the error shows all it printed. */
function runOk(command: string, args: readonly string[], cwd: string): Ran {
  const ran = run(command, args, cwd);
  if (ran.status !== 0) throw new Error(`command failed:\n${describeRun(command, args, cwd, ran)}`);
  return ran;
}

/**
 * How to call pnpm: the one running this test if there is one, else pnpm on
 * the PATH, else the major version the workspace names, through npx.
 */
function pnpm(): { command: string; prefix: string[] } {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath) && /\.c?js$/.test(execPath)) {
    return { command: process.execPath, prefix: [execPath] };
  }
  if (spawnSync('pnpm', ['--version'], { encoding: 'utf8' }).status === 0) return { command: 'pnpm', prefix: [] };
  const pinned = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { packageManager?: string })
    .packageManager;
  const major = /^pnpm@(\d+)/.exec(pinned ?? '')?.[1] ?? '10';
  return { command: 'npx', prefix: ['--yes', `pnpm@${major}`] };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

// --- What the consumer uses ------------------------------------------------

const ACTORS = [
  'id,name,role,locality',
  'a1,Ann Hale,politician,Riverside',
  'a2,Bo Marsh,service-designer,Riverside',
  'a3,Cy Moss,senior-official,Hillside',
  'a4,Di Lake,investor,Hillside',
].join('\n');
const TIES = ['source,target', 'a1,a2', 'a2,a3', 'a3,a4', 'a1,a3'].join('\n');
/** Row 3 (the second actor) has a misspelt role. */
const BAD_ACTORS = ACTORS.replace('service-designer', 'service-desinger');

/** An ESM script using both entry points as a library; argv[2] is a scratch folder. */
const LIBRARY_SCRIPT = `
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { MusterInputError, isMusterInputError, parseDatasetFiles } from '@muster/core';
import { toGraph } from '@muster/graphology';
import { readDataset, writeDataset } from '@muster/node';
import * as formats from '@muster/formats/node';
import { importSurvey, parseSurveyConfig } from '@muster/survey';
import { csvCell, escapeHtml } from '@muster/escape';
import { roleColors } from '@muster/palette';
import * as core from '@muster/core';

const actors = ${JSON.stringify(ACTORS)};
const ties = ${JSON.stringify(TIES)};
const badActors = ${JSON.stringify(BAD_ACTORS)};

const dataset = parseDatasetFiles({ 'actors.csv': actors, 'ties.csv': ties });
assert.deepEqual(dataset.actors.map((a) => a.role), ['politician', 'service-designer', 'senior-official', 'investor']);
const graph = toGraph(dataset);
assert.equal(graph.order, 4);
assert.equal(graph.size, 4);
assert.equal(graph.getNodeAttribute('a2', 'role'), 'service-designer');

let caught;
try {
  parseDatasetFiles({ 'actors.csv': badActors, 'ties.csv': ties });
} catch (error) {
  caught = error;
}
assert.ok(caught instanceof MusterInputError, 'a bad dataset throws a MusterInputError');
assert.ok(isMusterInputError(caught));
assert.equal(caught.name, 'MusterInputError');
assert.equal(caught.issues.length, 1);
assert.equal(caught.issues[0].code, 'role-unknown');
assert.equal(caught.issues[0].row, 3);
assert.equal(caught.issues[0].column, 'role');

for (const name of ['folder', 'dataset.json']) {
  const path = join(process.argv[2], name);
  writeDataset(dataset, path);
  assert.deepEqual(readDataset(path), dataset, 'round trip through ' + name);
}
const book = join(process.argv[2], 'dataset.xlsx');
formats.writeDataset(dataset, book);
assert.deepEqual(formats.readDataset(book), dataset, 'round trip through a workbook');
assert.equal(typeof importSurvey, 'function');
assert.equal(typeof parseSurveyConfig, 'function');
assert.equal(escapeHtml('<b>'), '&lt;b&gt;');
assert.equal(csvCell('=1+1'), "'=1+1");
assert.equal(core.escapeHtml, escapeHtml, 'core re-exports the one escaping module');
assert.equal(roleColors([{ id: 'a', color: '#123456' }]).get('a'), '#123456');
assert.equal(core.roleColors, roleColors, 'core re-exports the one palette');
console.log('library ok');
`;

/** Strict TypeScript using the public types; it must compile cleanly. */
const TYPES_GOOD = `
import { MusterInputError, parseDatasetFiles, type Dataset, type InputIssue, type Profile } from '@muster/core';
import { toGraph } from '@muster/graphology';
import { readDataset, writeDataset, type WriteOptions } from '@muster/node';
import type { RawTable } from '@muster/core/reader';
import { parseGexf } from '@muster/formats/gexf';
import type { SurveyConfig } from '@muster/survey';

export const noTable: RawTable | undefined = undefined;
export const readGexf: (text: string) => Dataset = (text) => parseGexf(text);
export type Config = SurveyConfig;

export function copyAsJson(path: string): Profile | InputIssue | undefined {
  try {
    const dataset: Dataset = readDataset(path);
    const options: WriteOptions = { force: true };
    writeDataset(dataset, path + '.json', options);
    return dataset.profile;
  } catch (error) {
    if (error instanceof MusterInputError) return error.issues[0];
    throw error;
  }
}

export const issue: InputIssue = { code: 'role-unknown', file: 'actors.csv', row: 3, column: 'role', message: 'unknown' };
// The types are real, not any: this must be refused.
// @ts-expect-error 'no-such-code' is not an InputIssueCode
export const wrong: InputIssue = { code: 'no-such-code', file: 'actors.csv', message: 'unknown' };

const graph = toGraph(parseDatasetFiles({ 'actors.csv': 'id,name,role,locality', 'ties.csv': 'source,target' }));
export const order: number = graph.order;
export const role: string = graph.getNodeAttribute('a1', 'role');
`;

/** Strict TypeScript misusing the types; the check must refuse it. */
const TYPES_BAD = `
import type { Dataset } from '@muster/core';
import { readDataset } from '@muster/node';

export const dataset: Dataset = readDataset(42);
export const count: string = dataset.actors.length;
`;

// --- The check ---------------------------------------------------------------

describe('the packed packages, installed from their tarballs', () => {
  let work = '';
  let consumer = '';
  const tarballs = new Map<string, string>();
  const extracted = new Map<string, string>();

  beforeAll(() => {
    // An entry point whose source is there but whose build output is not: not built yet.
    const unbuilt = WORKSPACES.flatMap(({ dir, manifest }) =>
      entryFiles(manifest.publishConfig?.exports ?? manifest.exports, manifest.bin)
        .filter((file) => /^dist\/.*\.js$/.test(file) && !existsSync(join(dir, file)))
        .filter((file) => existsSync(join(dir, file.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'))))
        .map((file) => relative(ROOT, join(dir, file))),
    );
    if (unbuilt.length > 0) {
      throw new Error(`${unbuilt.join(', ')} missing: run \`pnpm build\` before this test (\`pnpm test\` does both)`);
    }
    work = mkdtempSync(join(tmpdir(), 'muster-pack-'));
    const { command, prefix } = pnpm();
    for (const { key, dir } of WORKSPACES) {
      const out = join(work, 'tarballs', key);
      mkdirSync(out, { recursive: true });
      runOk(command, [...prefix, 'pack', '--pack-destination', out], dir);
      const found = readdirSync(out).filter((name) => name.endsWith('.tgz'));
      if (found.length !== 1) throw new Error(`pnpm pack left ${found.length} tarballs in ${out}`);
      tarballs.set(key, join(out, found[0]!));
      extracted.set(key, join(work, 'extracted', key));
      mkdirSync(extracted.get(key)!, { recursive: true });
      runOk('tar', ['-xzf', tarballs.get(key)!, '-C', extracted.get(key)!], work);
    }

    consumer = join(work, 'consumer');
    mkdirSync(consumer);
    writeFileSync(
      join(consumer, 'package.json'),
      JSON.stringify({ name: 'muster-consumer', version: '0.0.0', private: true, type: 'module' }, null, 2),
    );
    writeFileSync(join(consumer, 'use-library.js'), LIBRARY_SCRIPT);
    writeFileSync(join(consumer, 'types-good.ts'), TYPES_GOOD);
    writeFileSync(join(consumer, 'types-bad.ts'), TYPES_BAD);
    for (const [name, actors] of [
      ['good', ACTORS],
      ['bad', BAD_ACTORS],
    ] as const) {
      mkdirSync(join(consumer, name));
      writeFileSync(join(consumer, name, 'actors.csv'), actors);
      writeFileSync(join(consumer, name, 'ties.csv'), TIES);
    }
    mkdirSync(join(consumer, 'scratch'));
    runOk('npm', ['install', '--no-audit', '--no-fund', ...tarballs.values()], consumer);
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('covers the library and the command', () => {
    expect(KEYS).toEqual(expect.arrayContaining(['core', 'cli']));
  });

  it.each(KEYS)('%s: the tarball holds the build output and a publishable package.json', (key) => {
    const { manifest: source } = byKey(key);
    const root = join(extracted.get(key)!, 'package');
    const files = filesUnder(root);
    const text = readFileSync(join(root, 'package.json'), 'utf8');
    const packed = JSON.parse(text) as Manifest;

    expect(packed.name).toBe(source.name);
    expect(packed.version).toBe(source.version);
    // The published exports map, without the in-repo source condition.
    expect(text).not.toContain('@muster/source');
    expect(packed.exports).toEqual(source.publishConfig?.exports ?? source.exports);
    // Workspace links become the linked package's version range.
    expect(text).not.toContain('workspace:');
    for (const [name, range] of Object.entries(packed.dependencies ?? {})) {
      const linked = WORKSPACES.find((workspace) => workspace.manifest.name === name);
      if (linked) expect(range, name).toBe(`^${linked.manifest.version}`);
    }

    // Every entry point is there, each with its declarations, and a README and the licence.
    const entries = entryFiles(packed.exports, packed.bin);
    expect(entries).toContain('dist/index.js');
    const declarations = entries.filter((file) => file.endsWith('.js')).map((file) => file.replace(/\.js$/, '.d.ts'));
    const expected = [...new Set([...entries, ...declarations, 'README.md', 'LICENSE'])];
    const missing = expected.filter((file) => !files.includes(file));
    expect(missing, 'missing from the tarball').toEqual([]);
    // Only the build output ships: no sources, no tests.
    const extra = files.filter(
      (file) =>
        (!file.startsWith('dist/') && file.includes('/')) ||
        (/\.[cm]?ts$/.test(file) && !/\.d\.[cm]?ts$/.test(file)) ||
        /\.test\./.test(file),
    );
    expect(extra, 'sources or tests in the tarball').toEqual([]);
  });

  it.each(KEYS)(
    '%s: publint finds no errors',
    (key) => {
      const folder = join(extracted.get(key)!, 'package');
      const args = ['run', folder, '--pack', 'false'];
      const ran = run(join(BIN, 'publint'), args, work);
      console.log(
        `publint, ${byKey(key).manifest.name}:\n${[ran.stdout.trim(), ran.stderr.trim()].filter(Boolean).join('\n')}`,
      );
      if (ran.status !== 0) throw new Error(`publint found errors:\n${describeRun('publint', args, work, ran)}`);
    },
    60_000,
  );

  it('installs from the tarballs alone, each package using the others as installed', () => {
    const modules = join(consumer, 'node_modules');
    for (const { manifest } of WORKSPACES) {
      expect(readManifest(join(modules, manifest.name, 'package.json')).version).toBe(manifest.version);
      for (const other of WORKSPACES) {
        expect(existsSync(join(modules, manifest.name, 'node_modules', other.manifest.name))).toBe(false);
      }
    }
  });

  it('works as an ESM library through both entry points', () => {
    const ran = runOk(process.execPath, ['use-library.js', join(consumer, 'scratch')], consumer);
    expect(ran.stdout.trim()).toBe('library ok');
  }, 60_000);

  it('runs as the muster command', () => {
    const muster = (...args: string[]): string[] => ['--no', '--', 'muster', ...args];
    expect(runOk('npx', muster('--version'), consumer).stdout.trim()).toBe(byKey('cli').manifest.version);

    expect(runOk('npx', muster('validate', 'good'), consumer).stdout).toContain('is valid');
    const report = JSON.parse(runOk('npx', muster('validate', 'good', '--format', 'json'), consumer).stdout) as unknown;
    expect(report).toMatchObject({ valid: true, actors: 4, ties: 4 });

    const bad = run('npx', muster('validate', 'bad'), consumer);
    expect(bad.status, describeRun('npx', muster('validate', 'bad'), consumer, bad)).toBe(2);
    expect(bad.stderr).toContain('actors.csv');
    expect(bad.stderr).toContain('row 3');
    expect(bad.stderr).toContain('service-designer');
  }, 60_000);

  const TSC_FLAGS = ['--module', 'nodenext', '--moduleResolution', 'nodenext', '--strict', '--noEmit'];

  it('type-checks strict TypeScript against the packed declarations', () => {
    const ran = runOk(process.execPath, [TSC, ...TSC_FLAGS, '--listFiles', 'types-good.ts'], consumer);
    const used = ran.stdout.split(/\r?\n/).map((line) => line.split(sep).join('/'));
    for (const entry of ['core/dist/index.d.ts', 'core/dist/reader.d.ts', 'node/dist/index.d.ts']) {
      expect(
        used.some((file) => file.endsWith(`/node_modules/@muster/${entry}`)),
        entry,
      ).toBe(true);
    }
    expect(used.filter((file) => file.includes('/@muster/') && !file.endsWith('.d.ts'))).toEqual([]);
  }, 120_000);

  it('refuses TypeScript that misuses the types', () => {
    const args = [TSC, ...TSC_FLAGS, 'types-bad.ts'];
    const ran = run(process.execPath, args, consumer);
    expect(ran.status, describeRun('node', args, consumer, ran)).not.toBe(0);
    // Refused for the misuse, not because the packages could not be found.
    expect(ran.stdout).toMatch(/types-bad\.ts\(5,\d+\): error TS2345/);
    expect(ran.stdout).toMatch(/types-bad\.ts\(6,\d+\): error TS2322/);
    expect(ran.stdout).not.toMatch(/TS2307|TS7016|TS2305/);
  }, 120_000);
});
