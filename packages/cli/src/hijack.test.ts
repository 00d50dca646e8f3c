import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, useScratchFolder } from './test-run.js';

const ESC = '\u001b';
const HOSTILE_ROLE = `councillor${ESC}]0;pwned${ESC}\\`;

const scratch = useScratchFolder('hijack');

function dataset(name: string, actors: string[], ties: string[]): string {
  const path = join(scratch(), name);
  mkdirSync(path);
  writeFileSync(join(path, 'actors.csv'), ['id,name,role,locality,note', ...actors].join('\n'));
  writeFileSync(join(path, 'ties.csv'), ['source,target,kind', ...ties].join('\n'));
  return path;
}

describe('nothing from the data reaches the terminal as control', () => {
  it('shows an ESC sequence in a bad value as visible escapes', async () => {
    const path = dataset('esc', [`a1,Ann${ESC}[2J Hale,${HOSTILE_ROLE},Riverside,x`], []);
    const result = await run(['validate', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain(ESC);
    expect(result.stderr).toContain('\\x1b]0;pwned');
  });

  it('refuses controls in the data in every format, and shows them escaped, never raw', async () => {
    const path = dataset(
      'esc-md',
      [`a1,Ann${ESC}[2J Hale\u009b,councillor,River${ESC}side,x`, 'a2,Bo Marsh,councillor,River\u009bside,y'],
      ['a1,a2,advice'],
    );
    for (const format of ['md', 'json', 'html', 'csv']) {
      const result = await run(['audit', path, '--format', format]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      // eslint-disable-next-line no-control-regex
      expect(result.stderr, format).not.toMatch(/[\u001b\u009b]/);
    }
  });

  it('cuts a long header in the place and in the message', async () => {
    const header = 'H'.repeat(100_000);
    const path = dataset('long-header', [], []);
    writeFileSync(join(path, 'actors.csv'), `id,name,role,locality,${header},${header}\na1,Ann,councillor,R,,\n`);
    const result = await run(['validate', path]);
    expect(result.code).toBe(2);
    expect(result.stderr.length).toBeLessThan(1_000);
    expect(result.stderr).toContain(`column ${'H'.repeat(57)}… (100,000 characters): the column`);
  });

  it('cuts a long value in a message and says its length, and groups the same problem over many rows', async () => {
    const long = 'Z'.repeat(200_000);
    const ties = Array.from({ length: 500 }, () => `a1,${long},advice`);
    const path = dataset('long', ['a1,Ann Hale,councillor,Riverside,x'], ties);
    const result = await run(['validate', path]);
    expect(result.code).toBe(2);
    expect(result.stderr.length).toBeLessThan(5_000);
    expect(result.stderr).toContain('(200,000 characters)');
    expect(result.stderr).toMatch(/rows 2, 3, 4, .*… \(500 rows\)/);
  });
});

describe('Markdown and CSV nobody can hijack', () => {
  it('escapes links in diff Markdown', async () => {
    const evil = '[L](https://evil.example)';
    const before = dataset(
      'wave1',
      [`a1,Ann Hale,councillor,${evil},x`, `a2,Bo Marsh,designer,${evil},y`],
      ['a1,a2,advice'],
    );
    const after = dataset('wave2', [`a1,Ann Hale,councillor,${evil},x`], []);
    const result = await run(['diff', before, after]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('[L](');
    expect(result.stdout).toContain('\\[L\\](https\\://evil.example)');
  });

  it('guards formulas in a converted CSV folder, and reads them back unchanged', async () => {
    const path = dataset('formula', ['a1,=HYPERLINK("https://evil.example"),councillor,@SUM(A1),+1'], []);
    const out = join(scratch(), 'formula-out');
    expect((await run(['convert', path, out])).code).toBe(0);
    const csv = readFileSync(join(out, 'actors.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
    expect(csv).toContain("'@SUM(A1)");
    const back = join(scratch(), 'formula-back.json');
    expect((await run(['convert', out, back])).code).toBe(0);
    const actor = JSON.parse(readFileSync(back, 'utf8')).actors[0];
    expect([actor.name, actor.locality, actor.note]).toEqual(['=HYPERLINK("https://evil.example")', '@SUM(A1)', '+1']);
  });
});
