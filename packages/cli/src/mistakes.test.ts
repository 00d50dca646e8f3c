/**
 * Mistakes in the input that must not pass silently: each is either
 * understood as the user meant it or reported where it is, with exit 2.
 * (Survey imports that would merge people of different roles: see
 * packages/core/src/survey/import.test.ts.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, useScratchFolder } from './test-run.js';

const dir = useScratchFolder('mistakes');

function dataset(name: string, files: Record<string, string | Buffer>): string {
  const path = join(dir(), name);
  mkdirSync(path);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(path, file), text);
  return path;
}

describe('mistakes that must not pass silently', () => {
  it('reports localities that differ only in case or spacing, never audits them as two', async () => {
    const path = dataset('case', {
      'actors.csv': 'id,name,role,locality\na1,Ann Hale,politician,Brackenford\na2,Bo Marsh,researcher,brackenford \n',
      'ties.csv': 'source,target\na1,a2\n',
    });
    const audit = await run(['audit', path]);
    expect(audit.code).toBe(2);
    expect(audit.stdout).toBe('');
    expect(audit.stderr).toContain('row 3, column locality');
    expect(audit.stderr).toContain(
      "the locality 'brackenford' differs from 'Brackenford' only in case, spacing or accents",
    );
    expect(audit.stderr).toContain("write it as 'Brackenford' (as in row 2)");
  });

  it('refuses an empty dataset with exit 2, in every command that reads one', async () => {
    const path = dataset('empty', { 'actors.csv': 'id,name,role,locality\n', 'ties.csv': 'source,target\n' });
    for (const args of [
      ['validate', path],
      ['audit', path],
      ['view', path],
      ['diff', path, path],
    ]) {
      const result = await run(args);
      expect(result.code, args[0]).toBe(2);
      expect(result.stderr).toContain(join(path, 'actors.csv'));
      expect(result.stdout).not.toContain('0 localities audited');
    }
  });

  it('recognises a comment row that a spreadsheet saving with ; has quoted', async () => {
    const path = dataset('semicolon', {
      'actors.csv': [
        'id;name;role;locality',
        '"# One row per person or organisation. Rows starting with # are ignored.";;;',
        '"# example: a1,Alex Example,service-designer,Riverside";;;',
        'a1;Ann Hale;politician;Brook',
        'a2;Bo Marsh;researcher;Brook',
        '',
      ].join('\r\n'),
      'ties.csv': 'source;target\r\n"#"\r\na1;a2\r\n',
    });
    const result = await run(['validate', path]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 actors, 1 tie');
  });

  it('lists the other files’ problems beside a file in the wrong encoding', async () => {
    const path = dataset('encoding', {
      'actors.csv': 'id,name,role,locality\na1,Ann Hale,politician,Brook\na2,Bo Marsh,resercher,Brook\n',
      'ties.csv': 'source,target\na1,a2\na1,zz\n',
      'ideas.csv': Buffer.from('id,title\ni1,Caf\xe9 idea\n', 'latin1'),
    });
    const result = await run(['validate', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not UTF-8 text');
    expect(result.stderr).toContain("unknown role 'resercher'");
    expect(result.stderr).toContain("'zz'");
    expect(result.stderr).toContain('3 problems in the input');
  });

  it('resolves common role abbreviations in the built-in profiles', async () => {
    const rows = ['Cllr', 'Cllr.', 'councillor', 'Councillors'].map((role, i) => `a${i},Person ${i},${role},Brook`);
    const path = dataset('abbreviations', {
      'actors.csv': ['id,name,role,locality', ...rows].join('\n') + '\n',
      'ties.csv': 'source,target\na0,a1\n',
    });
    for (const profile of ['public-service-innovation', 'anti-poverty-collaboration']) {
      const result = await run(['validate', path, '--profile', profile, '--format', 'json']);
      expect(result.stderr, profile).toBe('');
      expect(JSON.parse(result.stdout).valid).toBe(true);
    }
  });
});
