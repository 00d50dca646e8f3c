/**
 * The `muster` command as a user without the repository gets it: `pnpm
 * pack:cli` makes one tarball, plain npm installs it into a throw-away
 * prefix outside the repository, and the installed command runs there with
 * nothing but Node — its version, the audit of a copy of the example, the
 * HTML report with the map inlined, the studio page, and an audit large
 * enough to start the betweenness workers.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string })
  .version;

let work: string;
let muster: string;

/** Runs the installed command in `work`, with an environment that cannot reach the repository. */
function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env = { PATH: process.env.PATH ?? '', HOME: work, NO_COLOR: '1' };
  const ran = spawnSync(muster, args, { cwd: work, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

/** One locality of 4,000 actors and 25,000 ties: enough betweenness work for the worker threads. */
function writeLargeDataset(dir: string): void {
  mkdirSync(dir);
  const roles = ['politician', 'senior-official', 'service-designer', 'researcher', 'investor', 'change-expert'];
  const actors = ['id,name,role,locality'];
  for (let i = 0; i < 4000; i++) actors.push(`a${i},Person ${i},${roles[i % roles.length]},Large`);
  const ties = ['source,target'];
  let x = 1;
  const next = (n: number): number => (x = (x * 48271) % 2147483647) % n;
  const seen = new Set<string>();
  for (let i = 1; i < 4000; i++) {
    ties.push(`a${next(i)},a${i}`);
  }
  while (ties.length <= 25000) {
    const a = next(4000);
    const b = next(4000);
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    ties.push(`a${a},a${b}`);
  }
  writeFileSync(join(dir, 'actors.csv'), actors.join('\n') + '\n');
  writeFileSync(join(dir, 'ties.csv'), ties.join('\n') + '\n');
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'muster-cli-tarball-'));
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts;
  expect(scripts['pack:cli']).toBe('node scripts/pack-cli.mjs');
  const tarball = execFileSync(process.execPath, [join(ROOT, 'scripts/pack-cli.mjs')], { encoding: 'utf8' }).trim();
  expect(tarball).toBe(join(ROOT, 'dist', `muster-cli-${VERSION}.tgz`));
  const prefix = join(work, 'prefix');
  execFileSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], {
    cwd: work,
    env: { ...process.env, npm_config_update_notifier: 'false' },
    stdio: 'pipe',
  });
  muster = join(prefix, 'bin', 'muster');
  cpSync(join(ROOT, 'examples/firth-valley'), join(work, 'firth-valley'), {
    recursive: true,
    filter: (path) => !path.endsWith('.ts'),
  });
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the self-contained muster-cli tarball', () => {
  it('has no dependencies to fetch', () => {
    const installed = join(work, 'prefix', 'lib', 'node_modules', 'muster-cli');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.bin).toEqual({ muster: './dist/muster.js' });
  });

  it('says its version', () => {
    const ran = run(['--version']);
    expect(ran.stderr).toBe('');
    expect(ran.stdout).toBe(`${VERSION}\n`);
    expect(ran.status).toBe(0);
  });

  it('audits a copy of the example, with paths relative to where it runs', () => {
    const ran = run(['audit', 'firth-valley']);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    expect(ran.stdout).toContain('cluster audit');
    expect(ran.stdout).toContain('| Kelderbridge | 100 |');
  });

  it('writes the HTML report with the map inlined', () => {
    const ran = run(['audit', 'firth-valley', '--format', 'html', '--out', 'audit.html']);
    expect(ran.status, ran.stderr).toBe(0);
    const html = readFileSync(join(work, 'audit.html'), 'utf8');
    expect(html).toContain('customElements.define');
    expect(html).toContain('<muster-map');
  });

  it('writes the studio with the example embedded', () => {
    const ran = run(['studio', 'firth-valley', '--out', 'studio']);
    expect(ran.status, ran.stderr).toBe(0);
    const html = readFileSync(join(work, 'studio', 'index.html'), 'utf8');
    expect(html).toContain('<title>Muster Studio</title>');
    expect(html).toContain('<script type="application/json" id="muster-preload">');
    expect(html).toContain('Hollinwell');
  });

  it('lists the problems of bad input and exits 2', () => {
    writeFileSync(join(work, 'firth-valley', 'ties.csv'), 'source,target\nnobody,kb001\n');
    const ran = run(['validate', 'firth-valley']);
    expect(ran.status).toBe(2);
    expect(ran.stderr).toContain('ties.csv');
    expect(ran.stderr).toContain('nobody');
  });

  it('computes betweenness on its worker threads', () => {
    writeLargeDataset(join(work, 'large'));
    const ran = run(['audit', 'large', '--threads', '2', '--format', 'json']);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    expect(JSON.parse(ran.stdout).localities[0].locality).toBe('Large');
  }, 60_000);
});
