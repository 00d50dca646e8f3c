/**
 * Hostile inputs, made on the spot in a scratch folder (nothing large is
 * kept in the repository: the 3 GB file is sparse, made with truncate), and
 * a runner that gives each to the built `muster` command under a time limit
 * and a memory limit. `test/hostile.test.ts` checks the outcomes;
 * `bench/hostile.ts` prints the time and peak memory of each.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One hostile input and what `muster` must do with it. */
export interface HostileCase {
  name: string;
  /** The command line, after `muster`. */
  argv: string[];
  /** The exit code it must give: 0 (read fine) or 2 (refused with a located error). */
  exit: 0 | 2;
  /** For exit 2: texts stderr must hold, to say where the problem is (a file name, a line). */
  located: string[];
}

/** The built command line. */
export const MUSTER_BIN = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));

/** The limits every case runs under: the budget of 10 s, and 2 GB of address space (ulimit -v). */
export const LIMITS = { seconds: 10, virtualKb: 2_000_000 };

const ACTORS = 'id,name,role,locality\na1,Ann,politician,Riverside\na2,Bo,service-user,Riverside\n';
const TIES = 'source,target\na1,a2\n';
const DEEP = 100_000;

/** A value nested `depth` deep: arrays, or objects `{"a": …}`. */
const nested = (depth: number, kind: 'array' | 'object'): string =>
  kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

/** A folder `name` in `dir` with these files (a string is a file's text). */
function folder(dir: string, name: string, files: Record<string, string>): string {
  const path = join(dir, name);
  mkdirSync(path);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(path, file), text);
  return path;
}

function fifo(path: string): string {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo ${path} failed: ${String(made.stderr)}`);
  return path;
}

/** Makes every hostile case in `dir` (an empty scratch folder) and returns them. */
export function makeHostileCases(dir: string): HostileCase[] {
  const cases: HostileCase[] = [];
  const validate = (name: string, path: string, exit: 0 | 2, located: string[], more: string[] = []): void => {
    cases.push({ name, argv: ['validate', path, ...more], exit, located });
  };

  const withFifo = folder(dir, 'fifo', { 'actors.csv': ACTORS });
  fifo(join(withFifo, 'ties.csv'));
  validate('ties.csv is a FIFO', withFifo, 2, ['ties.csv', 'named pipe']);

  for (const device of ['zero', 'urandom']) {
    const path = folder(dir, `dev-${device}`, { 'actors.csv': ACTORS });
    symlinkSync(`/dev/${device}`, join(path, 'ties.csv'));
    validate(`ties.csv is a symlink to /dev/${device}`, path, 2, ['ties.csv', 'device']);
  }

  validate('a .json dataset that is a FIFO', fifo(join(dir, 'piped.json')), 2, ['piped.json', 'named pipe']);

  const withFolder = folder(dir, 'folder-ties', { 'actors.csv': ACTORS });
  mkdirSync(join(withFolder, 'ties.csv'));
  validate('ties.csv is a folder', withFolder, 2, ['ties.csv', 'folder']);

  const huge = folder(dir, 'huge', { 'actors.csv': ACTORS, 'ties.csv': TIES });
  truncateSync(join(huge, 'ties.csv'), 3 * 1024 ** 3);
  validate('a 3 GB ties.csv (sparse)', huge, 2, ['ties.csv', 'above Muster', 'limit']);

  const hugeBook = join(dir, 'huge.xlsx');
  writeFileSync(hugeBook, '');
  truncateSync(hugeBook, 3 * 1024 ** 3);
  validate('a 3 GB .xlsx (sparse)', hugeBook, 2, ['huge.xlsx', 'limit']);

  // 128 MB of good ties, then one Latin-1 byte: finding it must not decode the file again and again.
  const latin = folder(dir, 'latin1-at-end', { 'actors.csv': ACTORS });
  const good = Math.floor((128 * 1024 ** 2) / 6);
  writeFileSync(join(latin, 'ties.csv'), Buffer.from(`source,target\n${'a1,a2\n'.repeat(good)}a1,\xe9\n`, 'latin1'));
  validate('a 128 MB ties.csv with a Latin-1 byte at its end', latin, 2, [
    'ties.csv',
    `on line ${good + 2} of the file`,
  ]);

  const actor = '{"id": "a1", "name": "Ann", "role": "politician", "locality": "Riverside"';
  for (const kind of ['array', 'object'] as const) {
    const path = join(dir, `deep-${kind}.json`);
    writeFileSync(path, `{\n"actors": [\n${actor}, "notes": ${nested(DEEP, kind)}}\n],\n"ties": []\n}\n`);
    validate(`a JSON dataset with an ${kind} nested ${DEEP.toLocaleString('en')} deep`, path, 2, [
      `deep-${kind}.json`,
      'line 3',
    ]);
  }

  const kumuElements = join(dir, 'kumu-elements.json');
  writeFileSync(kumuElements, `{"elements": [{"label": "Ann", "attributes": {"tags": ${nested(DEEP, 'array')}}}]}`);
  validate('a Kumu export with tags nested deep', kumuElements, 2, ['kumu-elements.json', 'line 1']);
  const kumuNested = join(dir, 'kumu-nested.json');
  writeFileSync(kumuNested, `{"elements": ${nested(DEEP, 'array')}, "connections": []}`);
  validate('a Kumu export with elements nested deep', kumuNested, 2, ['kumu-nested.json', 'line 1']);

  const deepProfile = join(dir, 'deep-profile.json');
  writeFileSync(deepProfile, `{"id": "p", "roles": ${nested(DEEP, 'object')}}`);
  const plain = folder(dir, 'plain', { 'actors.csv': ACTORS, 'ties.csv': TIES });
  validate('a --profile nested deep', plain, 2, ['deep-profile.json', 'line 1'], ['--profile', deepProfile]);
  validate('a --profile that is a FIFO', plain, 2, ['profile-pipe'], ['--profile', fifo(join(dir, 'profile-pipe'))]);
  validate(
    'a --mapping that is a FIFO',
    kumuElements,
    2,
    ['mapping-pipe'],
    ['--mapping', fifo(join(dir, 'mapping-pipe'))],
  );

  const nul = folder(dir, 'nul', { 'actors.csv': ACTORS.replace('Ann', 'An\u0000n'), 'ties.csv': TIES });
  validate('a NUL byte inside a name', nul, 2, ['actors.csv', 'row 2']);

  const cafe = folder(dir, 'nfd', {
    'actors.csv': ACTORS.replace('a1', 'caf\u00e9'),
    'ties.csv': TIES.replace('a1', 'cafe\u0301'),
  });
  validate('an id in NFC in actors.csv and NFD in ties.csv', cafe, 0, []);

  // Look-alike ids are read, and warned about with both rows: on stdout by validate, on stderr by the rest.
  const alike = folder(dir, 'look-alike', {
    'actors.csv': `${ACTORS}\u04301,Cy,politician,Riverside\na\u200b2,Di,politician,Riverside\n`,
    'ties.csv': TIES,
  });
  validate('a Cyrillic look-alike id and one with a zero-width space', alike, 0, []);
  cases.push({
    name: 'look-alike ids, audited',
    argv: ['audit', alike, '--format', 'json'],
    exit: 0,
    located: ['actors.csv', "row 4, column id: warning: the actor id '\u04301' looks like 'a1' (row 2)", 'row 5'],
  });

  const empty = folder(dir, 'empty', { 'actors.csv': 'id,name,role,locality\n', 'ties.csv': 'source,target\n' });
  validate('an empty dataset', empty, 2, ['actors.csv']);

  cases.push({
    name: 'a --key-file that is a FIFO',
    argv: ['convert', plain, join(dir, 'out.json'), '--pseudonymise', '--key-file', fifo(join(dir, 'key-pipe'))],
    exit: 2,
    located: ['key-pipe'],
  });
  const survey = join(dir, 'survey.csv');
  writeFileSync(survey, 'Name,Works with\nAnn,Bo\n');
  cases.push({
    name: 'a survey --config that is a FIFO',
    argv: ['import-survey', survey, '--config', fifo(join(dir, 'config-pipe')), '--out', join(dir, 'survey-out')],
    exit: 2,
    located: ['config-pipe'],
  });
  // A catastrophic pattern (exponential backtracking on a header of a's) is refused before it runs.
  const headers = folder(dir, 'catastrophic', {
    'survey.csv': `Name,${'a'.repeat(40)}!\nAnn,Bo\n`,
    'config.json': JSON.stringify({
      respondent: { name: 'Name' },
      ties: [{ columns: { pattern: '^(a+)+$' } }],
      unknownRole: 'stakeholder',
      defaultLocality: 'Riverside',
    }),
  });
  cases.push({
    name: 'a survey --config with a catastrophic pattern',
    argv: [
      'import-survey',
      join(headers, 'survey.csv'),
      '--config',
      join(headers, 'config.json'),
      '--out',
      join(dir, 'catastrophic-out'),
    ],
    exit: 2,
    located: ['config.json', 'ties.0.columns.pattern'],
  });
  return cases;
}

/** What one run gave. */
export interface HostileRun {
  /** The exit code, or `null` when the process was killed (time or memory limit). */
  code: number | null;
  signal: string | null;
  timedOut: boolean;
  stderr: string;
  seconds: number;
  /** The peak resident memory of the process in bytes (VmHWM), when it exited by itself. */
  peakBytes: number | undefined;
}

/** Prints the process's memory high-water mark at exit, for {@link runHostileCase} to read. */
const PEAK_HOOK = `data:text/javascript,${encodeURIComponent(
  "import{readFileSync,writeSync}from'node:fs';process.on('exit',()=>{const m=/VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status','utf8'));writeSync(2,'\\npeak-kb '+(m?m[1]:process.resourceUsage().maxRSS)+'\\n')})",
)}`;

/** Runs `muster` on one case under {@link LIMITS}: a kill after the time, `ulimit -v` for memory. */
export function runHostileCase(c: HostileCase): HostileRun {
  const started = performance.now();
  const result = spawnSync(
    'bash',
    [
      '-c',
      `ulimit -v ${LIMITS.virtualKb} && exec "$@"`,
      'muster',
      process.execPath,
      '--import',
      PEAK_HOOK,
      MUSTER_BIN,
      ...c.argv,
    ],
    { encoding: 'utf8', timeout: LIMITS.seconds * 1000, env: { ...process.env, NO_COLOR: '1' } },
  );
  const seconds = (performance.now() - started) / 1000;
  const peak = /\npeak-kb (\d+)\n$/.exec(result.stderr);
  return {
    code: result.status,
    signal: result.signal,
    timedOut: (result.error as { code?: string } | undefined)?.code === 'ETIMEDOUT',
    stderr: peak === null ? result.stderr : result.stderr.slice(0, peak.index),
    seconds,
    peakBytes: peak === null ? undefined : Number(peak[1]) * 1024,
  };
}
