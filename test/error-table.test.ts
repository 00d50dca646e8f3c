/**
 * docs/data-format.md lists every input error with what `muster validate`
 * prints for it. This checks the list against the readers: every code of
 * InputIssueCode has a row, and every example in the "prints" column is
 * printed, line for line, for an input that has that problem, under that
 * code.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderIssues } from '../packages/cli/src/render.js';
import { auditCluster } from '../packages/audit/src/index.js';
import {
  emptyDataset,
  issuesOf,
  parseDatasetFiles,
  type InputIssue,
  type InputIssueCode,
} from '../packages/core/src/index.js';
import { MAX_FILE_BYTES, loadProfile } from '../packages/core/src/node.js';
import { readDataset, writeDataset } from '../packages/formats/src/node.js';

const DOC = readFileSync(new URL('../docs/data-format.md', import.meta.url), 'utf8');
const TEMP = mkdtempSync(join(tmpdir(), 'muster-errors-'));
afterAll(() => rmSync(TEMP, { recursive: true, force: true }));

/** The rows of the "Every error" table: code → the examples of its "prints" cell, each a list of lines. */
function errorTable(): Map<string, string[][]> {
  const start = DOC.indexOf('| code ');
  const rows = DOC.slice(start, DOC.indexOf('\n\n', start)).split('\n').slice(2);
  const table = new Map<string, string[][]>();
  for (const row of rows) {
    const cells = row
      .slice(1, -1)
      .split(' | ')
      .map((cell) => cell.trim());
    const code = /^`([a-z-]+)`$/.exec(cells[0]!)![1]!;
    const examples = cells[2]!.split('<br><br>').map((example) =>
      example
        .split('<br>')
        // Lines in code are printed lines; other text (`in a ;-delimited file:`) explains them.
        .flatMap((line) => {
          const match = /^(``?)(.*)\1$/.exec(line);
          return match === null ? [] : [match[1] === '``' ? match[2]!.trim() : match[2]!];
        }),
    );
    table.set(
      code,
      examples.filter((lines) => lines.length > 0),
    );
  }
  return table;
}

let made = 0;
/** A dataset folder with these files. */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = join(TEMP, `d${made++}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
/** A file with this content. */
function file(name: string, content: string): string {
  const dir = join(TEMP, `f${made++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

/** The issues an action throws. */

const ACTORS = 'id,name,role,locality\na1,Ann,politician,Riverside\na2,Bo,service-user,Riverside\n';
const TIES = 'source,target\na1,a2\n';
const IDEAS = 'id,title\npb,Participatory budgets\n';
const read = (files: Record<string, string | Uint8Array>): InputIssue[] =>
  issuesOf(() => readDataset(folder({ 'actors.csv': ACTORS, 'ties.csv': TIES, ...files })));
/** The warnings of a dataset that is read. */
const warned = (files: Record<string, string>): InputIssue[] => {
  const warnings: InputIssue[] = [];
  readDataset(folder({ 'actors.csv': ACTORS, 'ties.csv': TIES, ...files }), { onWarning: (w) => warnings.push(w) });
  return warnings;
};
const readJson = (text: string): InputIssue[] => issuesOf(() => readDataset(file('dataset.json', text)));

/** For each code, inputs that show every example of its row. */
const CASES: Record<InputIssueCode, (() => InputIssue[])[]> = {
  'file-missing': [
    () => issuesOf(() => readDataset(folder({ 'actors.csv': ACTORS }))),
    () => issuesOf(() => readDataset(join(TEMP, 'nowhere'))),
    () => issuesOf(() => loadProfile('multi-agency-cre')),
    () => readJson('{"ties": []}'),
  ],
  'file-not-regular': [
    () => {
      const dir = folder({ 'actors.csv': ACTORS });
      mkdirSync(join(dir, 'ties.csv'));
      return issuesOf(() => readDataset(dir));
    },
  ],
  'file-too-large': [
    () => {
      const dir = folder({ 'actors.csv': ACTORS, 'ties.csv': TIES });
      // Sparse: no disk space is used, and the reader refuses it before reading a byte.
      truncateSync(join(dir, 'ties.csv'), MAX_FILE_BYTES * 2);
      return issuesOf(() => readDataset(dir));
    },
  ],
  'file-empty': [() => read({ 'actors.csv': '' }), () => read({ 'profile.json': '' })],
  'encoding-invalid': [
    () => read({ 'actors.csv': Buffer.from('id,name,role,locality\na1,Jos\xe9,politician,Riverside\n', 'latin1') }),
  ],
  'csv-unterminated-quote': [() => read({ 'actors.csv': `${ACTORS}a3,"Cy,politician,Riverside\n` })],
  'csv-bad-quote': [() => read({ 'ties.csv': 'source,target,notes\na1,a2,x\na2,a1,"met "twice" in May"\n' })],
  'row-too-wide': [() => read({ 'actors.csv': 'id,name,role,locality\na1,Morgan, Alex,politician,Riverside\n' })],
  'column-missing': [() => read({ 'actors.csv': 'id,name,role,area\na1,Ann,politician,Riverside\n' })],
  'column-duplicate': [
    () => read({ 'actors.csv': 'id,Label,Name,role,locality\na1,Ann,Ann,politician,Riverside\n' }),
    () => read({ 'actors.csv': 'id,name,role,locality,Gender,Gender\na1,Ann,politician,Riverside,f,f\n' }),
    () =>
      readJson(
        '{"actors": [{"id": "a1", "Label": "Ann", "name": "Ann", "role": "politician", "locality": "R"}], "ties": []}',
      ),
  ],
  'value-missing': [
    () =>
      read({
        'actors.csv': `${ACTORS}a3,Cy,politician,\n`.replace('a2,Bo,service-user,Riverside', 'a2,Bo,service-user,'),
      }),
    () =>
      readJson(
        '{"actors": [{"id": "a1", "name": "Ann", "role": "politician", "locality": "R"}, {"name": "Bo", "role": "politician", "locality": "R"}, {"id": "", "name": "Cy", "role": "politician", "locality": "R"}], "ties": []}',
      ),
    () => read({ 'actors.csv': 'id,name,role,locality,a,b,c,d,\na1,Ann,politician,Riverside,,,,,x\n' }),
  ],
  'value-invalid': [
    () =>
      read({
        'ideas.csv': IDEAS,
        'adoptions.csv': 'idea,actor,date,source\npb,a2,1,\npb,a2,2,\npb,a1,3,a1\n',
      }),
    () =>
      readJson(
        '{"actors": [{"id": "a1", "name": "Ann", "role": "politician", "locality": "R"}], "ties": [{"source": "a1", "target": "a1", "weight": 1e400}]}',
      ),
  ],
  'locality-spelling': [
    () =>
      read({ 'actors.csv': 'id,name,role,locality\na1,Ann,politician,Brackenford\na2,Bo,service-user,brackenford\n' }),
  ],
  'locality-look-alike': [
    () =>
      warned({
        'actors.csv': 'id,name,role,locality\na1,Ann,politician,Riverside\na2,Bo,service-user,Riv\u0435rside\n',
      }),
  ],
  'id-look-alike': [
    () => warned({ 'actors.csv': `${ACTORS}A1,Cy,politician,Riverside\n\u04302,Di,politician,Riverside\n` }),
  ],
  'actor-duplicate': [() => read({ 'actors.csv': `${ACTORS}a1,Cy,politician,Riverside\n` })],
  'actor-unknown': [() => read({ 'ties.csv': `${TIES}a2,a1\na1,a9\n` })],
  'role-unknown': [
    () => read({ 'actors.csv': `${ACTORS}a3,Cy,politician,Riverside\na4,Di,service desinger,Riverside\n` }),
    () => read({ 'actors.csv': `${ACTORS}a3,Cy,politician,Riverside\na4,Di,astronaut,Riverside\n` }),
  ],
  'tie-self': [() => read({ 'ties.csv': `${TIES}a1,a1\n` })],
  'weight-invalid': [
    () => read({ 'ties.csv': 'source,target,weight\na1,a2,-1\na2,a1,"1,000"\n' }),
    () => read({ 'ties.csv': 'source;target;weight\na1;a2;-1\n' }),
  ],
  'directed-invalid': [() => read({ 'ties.csv': 'source,target,directed\na1,a2,maybe\n' })],
  'date-invalid': [() => read({ 'ties.csv': 'source,target,date\na1,a2,2024-02-30\n' })],
  'date-mixed': [() => read({ 'ties.csv': 'source,target,date\na1,a2,\na2,a1,\na1,a2,2024-03-01\na2,a1,12\n' })],
  'idea-duplicate': [() => read({ 'ideas.csv': `${IDEAS}pb,Again\n` })],
  'idea-unknown': [() => read({ 'ideas.csv': IDEAS, 'adoptions.csv': 'idea,actor,date\npb,a1,1\npb,a2,2\npv,a2,3\n' })],
  'adoption-duplicate': [() => read({ 'ideas.csv': IDEAS, 'adoptions.csv': 'idea,actor,date\npb,a2,1\npb,a2,2\n' })],
  'adoption-order': [
    () =>
      read({
        'ideas.csv': IDEAS,
        'adoptions.csv': 'idea,actor,date,source\npb,a1,2024-03-01,\npb,a2,2024-02-01,a1\n',
      }),
  ],
  'count-invalid': [() => read({ 'ideas.csv': IDEAS, 'mentions.csv': 'idea,date,count\npb,1,3\npb,2,-2\n' })],
  'json-syntax': [
    () =>
      readJson(
        '{\n  "actors": [\n    {"id": "a1", "name": "Ann", "role": "politician", "locality": "R"}\n    {"id": "a2"}\n  ]\n}\n',
      ),
  ],
  'json-too-deep': [
    () => readJson(`{\n  "actors": [\n    {"id": "a1", "tags": ${'['.repeat(200)}${']'.repeat(200)}}\n  ]\n}\n`),
  ],
  'json-shape': [
    () => readJson('[]'),
    () => readJson('{"actors": [], "ties": [], "idea": []}'),
    () => readJson('{"actors": [], "ties": {}}'),
    () =>
      readJson('{"actors": [{"id": "a1", "name": "Ann", "role": "politician", "locality": "R"}, ["a2"]], "ties": []}'),
    () =>
      readJson(
        '{"actors": [{"id": "a1", "name": "Ann", "role": "politician", "locality": "R"}, {"id": "a2", "name": "Bo", "role": "politician", "locality": "R"}, {"id": "a3", "name": "Cy", "role": "politician", "locality": "R", "organisation": {"n": 1}}], "ties": []}',
      ),
  ],
  'profile-invalid': [
    () =>
      read({
        'profile.json': JSON.stringify({
          id: 'p',
          label: 'P',
          roles: [{ id: 'politician', label: 'P' }],
          rules: [{ type: 'minCont' }],
        }),
      }),
  ],
  'format-unknown': [() => issuesOf(() => readDataset(file('cluster.ods', 'x')))],
  'xml-syntax': [
    () =>
      issuesOf(() =>
        readDataset(file('cluster.gexf', `<?xml version="1.0"?>\n<gexf>\n${'<!-- -->\n'.repeat(9)}<graph></gexf>\n`)),
      ),
  ],
  'xml-shape': [() => issuesOf(() => readDataset(file('cluster.graphml', '<?xml version="1.0"?>\n<svg></svg>\n')))],
  'dataset-empty': [() => read({ 'actors.csv': 'id,name,role,locality\n', 'ties.csv': 'source,target\n' })],
  'locality-unknown': [
    () =>
      issuesOf(() =>
        auditCluster(
          parseDatasetFiles({
            'actors.csv': 'id,name,role,locality\na1,Ann,politician,Saltcote\n',
            'ties.csv': 'source,target\n',
          }),
          {
            localities: ['Saltcot'],
          },
        ),
      ),
  ],
  'output-exists': [() => issuesOf(() => writeDataset(emptyDataset(), folder({ 'notes.txt': 'x' })))],
  // A lock held by a live process (this one's parent, which is surely running).
  'output-locked': [
    () => {
      const parent = folder({ '.out.json.lock': String(process.ppid) });
      return issuesOf(() => writeDataset(emptyDataset(), join(parent, 'out.json')));
    },
  ],
};

/** The lines `muster validate` prints for these issues, without file headings and indentation. */
function printed(issues: InputIssue[]): string[] {
  const plain = { bold: String, red: String, yellow: String, green: String, dim: String };
  return renderIssues(issues, 0, plain)
    .split('\n')
    .filter((line) => line.startsWith('  '))
    .map((line) => line.trim());
}

/**
 * Node.js words JSON syntax errors, differently between versions: only the text up to them is compared;
 * and a process id differs from run to run.
 */
const stable = (line: string): string =>
  line.replace(/(the file is not valid JSON \([^)]*\)): .*/, '$1: …').replace(/\(pid \d+\)/, '(pid …)');

const contains = (lines: string[], example: string[]): boolean =>
  lines.some((_, i) =>
    example.every((want, k) => lines[i + k] !== undefined && stable(lines[i + k]!) === stable(want)),
  );

describe('the error table of docs/data-format.md', () => {
  const table = errorTable();

  it('has a row for every issue code, and no other', () => {
    expect([...table.keys()].sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.keys(CASES) as InputIssueCode[])('%s: prints what the table shows', (code) => {
    const issues = CASES[code].flatMap((make) => make()).filter((issue) => issue.code === code);
    expect(issues.length, `no input gave a ${code} issue`).toBeGreaterThan(0);
    const lines = printed(issues);
    for (const example of table.get(code) ?? [])
      expect(lines, example.join('\n')).toSatisfy((l: string[]) => contains(l, example));
  });
});
