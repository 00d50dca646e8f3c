import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './main.js';
import { run, useScratchFolder } from './test-run.js';

// eslint-disable-next-line no-control-regex -- the escape character that starts every ANSI colour
const ANSI = /\u001b\[/;

const dir = useScratchFolder('cli', 'test');

function dataset(name: string, actors: string, ties: string): string {
  const path = join(dir(), name);
  mkdirSync(path);
  writeFileSync(join(path, 'actors.csv'), actors);
  writeFileSync(join(path, 'ties.csv'), ties);
  return path;
}

const GOOD_ACTORS =
  'id,name,role,locality\na1,Ann,Councillor,Riverside\na2,Bo,service designer,Riverside\na3,Cy,investor,Hillside\n';
const GOOD_TIES = 'source,target,kind\na1,a2,advice\na2,a3,\n';

describe('muster validate', () => {
  it('says a good dataset is valid, with counts per locality, and exits 0', async () => {
    const path = dataset('good', GOOD_ACTORS, GOOD_TIES);
    const result = await run(['validate', path]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('is valid (profile public-service-innovation)');
    expect(result.stdout).toContain('3 actors, 2 ties');
    expect(result.stdout).toContain('Riverside: 2 actors');
    expect(result.stderr).toBe('');
  });

  it('prints JSON for scripts', async () => {
    const path = dataset('good', GOOD_ACTORS, GOOD_TIES);
    const result = await run(['validate', path, '--format', 'json']);
    expect(JSON.parse(result.stdout)).toMatchObject({
      valid: true,
      actors: 3,
      ties: 2,
      localities: [
        { locality: 'Riverside', actors: 2 },
        { locality: 'Hillside', actors: 1 },
      ],
    });
  });

  it('lists every problem with file, row and column on stderr and exits 2', async () => {
    const path = dataset(
      'bad',
      'id;name;role;locality\na1;Ann;desinger;R\na1;Bo;politician;\n',
      'source,target,weight\na1,a9,0\n',
    );
    const result = await run(['validate', path]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('✗ 5 problems in the input');
    expect(result.stderr).toContain(join(path, 'actors.csv'));
    expect(result.stderr).toContain("row 2, column role: unknown role 'desinger'");
    expect(result.stderr).toContain("did you mean 'service-designer'?");
    expect(result.stderr).toContain('row 3, column locality');
    expect(result.stderr).toContain("row 3, column id: the actor id 'a1' is used twice");
    expect(result.stderr).toContain("row 2, column target: 'a9' is not the id of any actor");
    expect(result.stderr).toContain('row 2, column weight');
    expect(result.stderr).not.toMatch(ANSI);
  });

  it('colours only on a terminal and never with NO_COLOR', async () => {
    const path = dataset('bad', 'id,name,role,locality\na1,A,x,R\n', 'source,target\n');
    expect((await run(['validate', path], { env: {}, tty: true })).stderr).toMatch(ANSI);
    expect((await run(['validate', path], { env: { NO_COLOR: '1' }, tty: true })).stderr).not.toMatch(ANSI);
    expect((await run(['validate', path], { env: {} })).stderr).not.toMatch(ANSI);
  });

  it('resolves roles against --profile', async () => {
    const path = dataset(
      'care',
      'id,name,role,locality\nk1,Kay,key worker,Eastfield\nu1,Uma,carer,Eastfield\n',
      'source,target\nk1,u1\n',
    );
    expect((await run(['validate', path])).code).toBe(2);
    expect((await run(['validate', path, '--profile', 'multi-agency-care'])).code).toBe(0);
    const unknown = await run(['validate', path, '--profile', 'multi-agency']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("did you mean 'multi-agency-care'?");
  });

  it('reports a missing dataset', async () => {
    const result = await run(['validate', join(dir(), 'nowhere')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('there is no such file or folder');
  });

  it('lists look-alike ids as warnings with both rows: exit 0, or 2 under --strict', async () => {
    const actors = `${GOOD_ACTORS}A1,Di,Councillor,Riverside\n`;
    const path = dataset('look-alike', actors, GOOD_TIES);
    const result = await run(['validate', path]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('is valid');
    expect(result.stdout).toContain('! 1 warning about the input');
    expect(result.stdout).toContain("row 5, column id: warning: the actor id 'A1' looks like 'a1' (row 2)");
    const strict = await run(['validate', path, '--strict']);
    expect(strict.code).toBe(2);
    expect(strict.stdout).toContain('has warnings, which --strict does not allow');
    const json = await run(['validate', path, '--format', 'json', '--strict']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({
      valid: false,
      warnings: [{ code: 'id-look-alike', severity: 'warning', row: 5, value: 'A1' }],
    });
  });

  it('prints warnings on stderr for other commands and goes on', async () => {
    const path = dataset('look-alike', `${GOOD_ACTORS}A1,Di,Councillor,Riverside\n`, GOOD_TIES);
    const result = await run(['audit', path, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("warning: the actor id 'A1' looks like 'a1' (row 2)");
    const hidden = await run(['audit', path, '--format', 'json', '--pseudonymise']);
    expect(hidden.stderr).toContain("row 5, column id: warning: the actor id '…' looks like '…'");
  });
});

describe('muster convert', () => {
  it('converts a folder to JSON and back, losing nothing', async () => {
    const path = dataset(
      'good',
      GOOD_ACTORS.replace('locality\n', 'locality,gender\n').replace('Riverside\na2', 'Riverside,female\na2'),
      GOOD_TIES,
    );
    const json = join(dir(), 'out.json');
    expect((await run(['convert', path, json])).code).toBe(0);
    const back = join(dir(), 'back');
    expect((await run(['convert', json, back])).code).toBe(0);
    const again = join(dir(), 'again.json');
    expect((await run(['convert', back, again])).code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(json, 'utf8'));
    expect(JSON.parse(readFileSync(json, 'utf8')).actors[0]).toEqual({
      id: 'a1',
      name: 'Ann',
      role: 'politician',
      locality: 'Riverside',
      gender: 'female',
    });
  });

  it('writes nothing when the input is bad, and refuses to overwrite without --force', async () => {
    const bad = dataset('bad', 'id,name,role,locality\na1,A,x,R\n', 'source,target\n');
    const out = join(dir(), 'out.json');
    expect((await run(['convert', bad, out])).code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir()).sort()).toEqual(['bad']);
    const good = dataset('good', GOOD_ACTORS, GOOD_TIES);
    writeFileSync(out, 'keep me');
    const refused = await run(['convert', good, out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(refused.stderr).toContain('the output exists; nothing was written');
    expect(refused.stderr).not.toContain('in the input');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await run(['convert', good, out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('"actors"');
  });
});

describe('what users get wrong', () => {
  it('gives scripts the problems as JSON on stdout, and still exits 2', async () => {
    const bad = dataset('bad', 'id,name,role,locality\na1,A,pilot,R\n', 'source,target\n');
    const result = await run(['validate', bad, '--format', 'json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({
      valid: false,
      issues: [{ code: 'role-unknown', row: 2, column: 'role' }],
      omitted: 0,
    });
  });

  it('refuses file types it cannot read or write, once, without writing', async () => {
    const ods = join(dir(), 'cluster.ods');
    writeFileSync(ods, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe]));
    const read = await run(['validate', ods]);
    expect(read.code).toBe(2);
    expect(read.stderr).toContain("cannot take a '.ods' file as a dataset");
    expect(read.stderr).not.toContain('UTF-8');
    const good = dataset('good', GOOD_ACTORS, GOOD_TIES);
    expect((await run(['convert', good, join(dir(), 'out.csv')])).code).toBe(2);
    expect(existsSync(join(dir(), 'out.csv'))).toBe(false);
  });

  it('says a broken workbook is not a workbook, with exit 2', async () => {
    const xlsx = join(dir(), 'cluster.xlsx');
    writeFileSync(xlsx, Buffer.from('not a zip at all'));
    const read = await run(['validate', xlsx]);
    expect(read.code).toBe(2);
    expect(read.stderr).toContain('not an .xlsx workbook');
  });

  it('reports a file-system refusal as a problem to fix, not a bug', async () => {
    const good = dataset('good', GOOD_ACTORS, GOOD_TIES);
    writeFileSync(join(dir(), 'afile'), 'x');
    const result = await run(['convert', good, join(dir(), 'afile', 'out.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('bug');
  });

  it('writes the --profile it converted with, so the output reads back', async () => {
    const path = dataset('own', 'id,name,role,locality\nk1,Kay,key worker,E\n', 'source,target\n');
    writeFileSync(
      join(path, 'profile.json'),
      JSON.stringify({ id: 'tiny', label: 'Tiny', roles: [{ id: 'politician', label: 'P' }], rules: [] }),
    );
    const out = join(dir(), 'out');
    expect((await run(['convert', path, out, '--profile', 'multi-agency-care'])).code).toBe(0);
    expect((await run(['validate', out])).code).toBe(0);
  });
});

describe('muster init', () => {
  it('writes templates that validate as an empty dataset, which asks for actors', async () => {
    const path = join(dir(), 'new');
    expect((await run(['init', path])).code).toBe(0);
    expect(readdirSync(path).sort()).toEqual([
      'actors.csv',
      'adoptions.csv',
      'ideas.csv',
      'mentions.csv',
      'profile.json',
      'ties.csv',
    ]);
    expect(readFileSync(join(path, 'actors.csv'), 'utf8')).toMatch(/^id,name,role,locality/);
    expect(readFileSync(join(path, 'actors.csv'), 'utf8')).toContain('# example: a1,');
    const result = await run(['validate', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the dataset has no actors');
    expect(result.stderr).toContain('add a row for each person or organisation');
    for (const command of ['audit', 'view', 'convert']) {
      const refused = await run(command === 'convert' ? [command, path, join(dir(), 'x.json')] : [command, path]);
      expect(refused.code, command).toBe(2);
      expect(refused.stderr, command).toContain('the dataset has no actors');
    }
  });

  it('example rows become a valid dataset once uncommented', async () => {
    const path = join(dir(), 'new');
    await run(['init', path]);
    for (const file of ['actors.csv', 'ties.csv', 'ideas.csv', 'adoptions.csv', 'mentions.csv']) {
      const text = readFileSync(join(path, file), 'utf8').replace(/^# example: /m, '');
      writeFileSync(join(path, file), text);
    }
    writeFileSync(
      join(path, 'actors.csv'),
      readFileSync(join(path, 'actors.csv'), 'utf8') + 'a2,Bea Example,politician,Riverside,,public\n',
    );
    const result = await run(['validate', path]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('the command line', () => {
  it('has help for every command, a version, and usage errors exit 2', async () => {
    for (const command of ['validate', 'convert', 'init']) {
      const help = await run([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: muster ${command}`);
    }
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await run(['--help'])).stdout).toContain('Commands:');
    expect((await run([])).code).toBe(2);
    const unknown = await run(['valdate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'valdate'");
    const badOption = await run(['validate', 'x', '--colour']);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('--colour');
    expect((await run(['validate'])).code).toBe(2);
  });

  it('lists every command in --help, and each command’s options in one column, --key-file among them', async () => {
    const top = (await run(['--help'])).stdout;
    for (const entry of COMMANDS) {
      expect(top).toMatch(new RegExp(`\\n  ${entry.name} +${entry.summary.slice(0, 20)}`));
      const help = (await run([entry.name, '--help'])).stdout;
      const options = help.slice(help.indexOf('\nOptions:\n')).split('\n');
      const columns = new Set(
        options.filter((line) => /^ {2}-/.test(line)).map((line) => /^ {2}-\S.*? {2,}/.exec(line)![0].length),
      );
      expect(columns.size, entry.name).toBe(1);
      const column = [...columns][0]!;
      for (const line of options.filter((l) => /^ {3,}\S/.test(l))) expect(line.search(/\S/), entry.name).toBe(column);
      if (help.includes('--pseudonymise')) expect(help).toMatch(/\n {2}--key-file FILE +\S/);
    }
    expect((await run(['validate', '--help'])).stdout).toContain('.xlsx workbook, a\n.gexf or .graphml graph file');
  });
});
