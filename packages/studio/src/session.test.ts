/**
 * The studio's reading and session in Node: every form `muster convert`
 * reads gives the dataset the CLI's reader gives for the same file; bad
 * input is refused with located issues; a bad file never loses the good data.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isMusterInputError } from '@muster/core';
import { parseKumuMapping } from '@muster/formats';
import { readDataset, writeDataset } from '@muster/formats/node';
import { readFiles, type InFile } from './read-files.js';
import { Session } from './session.js';
import { run } from '../../cli/src/test-run.js';
import { writeLaterWave } from '../test/firth-files.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const FIRTH = join(REPO, 'examples/firth-valley');
const MEDICAL = join(REPO, 'examples/medical-innovation');
const KUMU = join(REPO, 'packages/formats/src/kumu/fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'muster-studio-read-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const file = (path: string, name = path.split('/').at(-1)!): InFile => ({ name, bytes: readFileSync(path) });
const folder = (dir: string, names: string[]): InFile[] => names.map((n) => file(join(dir, n)));
const FIRTH_FILES = ['actors.csv', 'ties.csv', 'ideas.csv', 'adoptions.csv', 'mentions.csv'];

function issuesOf(action: () => unknown): { code: string; file: string; message: string }[] {
  try {
    action();
  } catch (error) {
    if (isMusterInputError(error)) return [...error.issues];
    throw error;
  }
  throw new Error('no issues');
}

describe('reading the files a user brings', () => {
  it('reads a CSV set, with its profile.json, as the CLI reads the folder', () => {
    expect(readFiles(folder(FIRTH, FIRTH_FILES))).toEqual(readDataset(FIRTH));
    const medical = folder(MEDICAL, ['actors.csv', 'ties.csv', 'ideas.csv', 'adoptions.csv', 'profile.json']);
    expect(readFiles(medical)).toEqual(readDataset(MEDICAL));
  });

  it.each(['json', 'xlsx', 'gexf', 'graphml'])('reads a .%s dataset as the CLI does', (form) => {
    const path = join(scratch, `firth.${form}`);
    writeDataset(readDataset(FIRTH), path, { force: true });
    const { file: _f, ...fromStudio } = { file: '', ...readFiles([file(path)]) };
    const { file: _g, ...fromCli } = { file: '', ...readDataset(path) };
    expect(fromStudio).toEqual(fromCli);
  });

  it('reads Kumu exports, JSON and Excel', () => {
    const mapping = join(KUMU, 'riverside-mapping.json');
    const kumu = { mapping: parseKumuMapping(readFileSync(mapping, 'utf8'), mapping) };
    for (const name of ['riverside-kumu.json', 'riverside-kumu.xlsx']) {
      const fromStudio = readFiles([file(join(KUMU, name)), file(mapping)]);
      expect(fromStudio).toEqual(readDataset(join(KUMU, name), { kumu }));
    }
    // Without its mapping, the export's own types are named as the problem, located.
    expect(issuesOf(() => readFiles([file(join(KUMU, 'riverside-kumu.json'))]))[0]).toMatchObject({
      file: 'riverside-kumu.json#elements',
      code: 'role-unknown',
    });
  });

  it('refuses files it does not take, and two datasets at once, saying what it takes', () => {
    const unknown = issuesOf(() => readFiles([{ name: 'people.csv', bytes: new Uint8Array() }]));
    expect(unknown).toMatchObject([{ code: 'format-unknown', file: 'people.csv' }]);
    expect(unknown[0]!.message).toContain('actors.csv, ties.csv');
    expect(issuesOf(() => readFiles([{ name: 'notes.txt', bytes: new Uint8Array() }]))[0]!.message).toContain("'.txt'");
    const two = issuesOf(() => readFiles([file(join(KUMU, 'riverside-kumu.json')), ...folder(FIRTH, FIRTH_FILES)]));
    expect(two[0]!.message).toBe('these are more than one dataset');
  });

  it('says which file is missing or not UTF-8', () => {
    expect(issuesOf(() => readFiles(folder(FIRTH, ['actors.csv'])))).toMatchObject([
      { code: 'file-missing', file: 'ties.csv' },
    ]);
    const latin1 = { name: 'ties.csv', bytes: Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0xe9, 0x0a]) };
    expect(issuesOf(() => readFiles([file(join(FIRTH, 'actors.csv')), latin1]))).toMatchObject([
      { code: 'encoding-invalid', file: 'ties.csv' },
    ]);
  });
});

describe('a session of the studio', () => {
  it('builds a dataset from files brought one at a time', () => {
    const session = new Session();
    const first = session.add([file(join(FIRTH, 'actors.csv'))]);
    expect(first).toMatchObject({ type: 'issues', kept: false, issues: [{ code: 'file-missing', file: 'ties.csv' }] });
    expect(session.add(folder(FIRTH, FIRTH_FILES.slice(1)))).toMatchObject({ type: 'loaded' });
  });

  it('keeps the good dataset when a bad file follows, and goes back to it', () => {
    const session = new Session();
    const good = session.add(folder(FIRTH, FIRTH_FILES));
    expect(good.type).toBe('loaded');
    const bad = session.add([{ name: 'ties.csv', bytes: new TextEncoder().encode('source,target\nnobody,kb01\n') }]);
    expect(bad).toMatchObject({ type: 'issues', kept: true, issues: [{ file: 'ties.csv', row: 2 }] });
    expect(session.revert()).toEqual(good);
    const settings = { profile: '', locality: 'Hollinwell', seed: 1, stability: null };
    expect(session.audit(settings).localities[0]!.missingRoles).toEqual([
      'service-designer',
      'investor',
      'change-expert',
    ]);
  });

  it('replaces a CSV set by a one-file dataset, and reads again against another profile', () => {
    const session = new Session();
    session.add(folder(FIRTH, FIRTH_FILES));
    const json = join(scratch, 'medical.json');
    writeDataset(readDataset(MEDICAL), json, { force: true });
    expect(session.add([file(json)])).toMatchObject({ type: 'loaded', files: ['medical.json'] });
    const other = session.handle({
      type: 'audit',
      settings: { profile: 'multi-agency-care', locality: null, seed: 1, stability: null },
    });
    expect(other.type).toBe('error');
    const own = session.handle({ type: 'audit', settings: { profile: '', locality: null, seed: 1, stability: null } });
    expect(own).toMatchObject({ type: 'audited' });
  });

  it('reads a dataset with look-alike ids, passing on the warnings the CLI prints', () => {
    const actors = 'id,name,role,locality\na1,Al,politician,R\n\u04301,Cy,politician,R\n';
    const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
    const reply = new Session().add([
      { name: 'actors.csv', bytes: enc(actors) },
      { name: 'ties.csv', bytes: enc('source,target\na1,\u04301\n') },
    ]);
    expect(reply).toMatchObject({
      type: 'loaded',
      warnings: [{ severity: 'warning', file: 'actors.csv', row: 3, column: 'id' }],
    });
  });

  it('refuses a weak key for pseudonymised exports', () => {
    const session = new Session();
    session.add(folder(FIRTH, FIRTH_FILES));
    const reply = session.handle({
      type: 'export',
      kind: 'json',
      settings: { profile: '', locality: null, seed: 1, stability: null },
      key: 'short',
    });
    expect(reply).toMatchObject({ type: 'error' });
    expect((reply as { message: string }).message).toContain('the key is too weak');
  });

  it('compares waves only with a later wave read against the same profile', () => {
    const settings = { profile: '', locality: null, seed: 1, stability: null };
    const session = new Session();
    session.add(folder(FIRTH, FIRTH_FILES));
    expect(session.handle({ type: 'diff', settings })).toEqual({
      type: 'error',
      message: 'bring the later wave first',
    });
    const json = join(scratch, 'medical-later.json');
    writeDataset(readDataset(MEDICAL), json, { force: true });
    expect(session.addLater([file(json)])).toMatchObject({ type: 'loaded' });
    const reply = session.handle({ type: 'diff', settings });
    expect(reply).toMatchObject({ type: 'error' });
    expect((reply as { message: string }).message).toContain('another profile');
  });

  it('pseudonymises both waves with one key, as muster diff --pseudonymise does', async () => {
    const key = 'a long test secret, 2026';
    const later = mkdtempSync(join(scratch, 'later-'));
    const session = new Session();
    session.add(folder(FIRTH, FIRTH_FILES));
    session.addLater(writeLaterWave(later).map((path) => file(path)));
    const settings = { profile: '', locality: null, seed: 1, stability: null };
    const cli = await run(['diff', FIRTH, later, '--format', 'json', '--pseudonymise'], {
      env: { NO_COLOR: '1', MUSTER_PSEUDONYM_KEY: key },
    });
    expect(cli.code, cli.stderr).toBe(0);
    const text = session.diff(settings, 'json', key);
    expect(text === cli.stdout).toBe(true);
    expect(text).not.toContain('Ada Quinn');
  });
});
