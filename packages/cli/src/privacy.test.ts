import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataset } from '@muster/formats/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIRTH_VALLEY, run, useScratchFolder } from './test-run.js';

const KEY = 'a council secret of enough length';

const dir = useScratchFolder('privacy');
beforeAll(() => writeFileSync(join(dir(), 'key'), KEY + '\n'));

/** Every name, id and organisation of the example that could identify someone. */
function identifying(): string[] {
  const dataset = readDataset(FIRTH_VALLEY);
  return [
    ...new Set(
      dataset.actors.flatMap((a) => [a.name, ...a.name.split(' ').filter((p) => p.length > 3), a.organisation ?? '']),
    ),
  ].filter((s) => s.length > 3);
}

describe('pseudonymised outputs hold none of the input names', () => {
  it('in every audit format', async () => {
    const names = identifying();
    for (const format of ['md', 'json', 'csv', 'html']) {
      const result = await run([
        'audit',
        FIRTH_VALLEY,
        '--format',
        format,
        '--pseudonymise',
        '--key-file',
        join(dir(), 'key'),
      ]);
      expect(result.code, result.stderr).toBe(0);
      // The map's inlined viewer code is not data ("Tran" is in "Transform"): search everything else.
      const data = result.stdout.replace(/<script>[\s\S]*?<\/script>/g, '');
      expect(data.length).toBeGreaterThan(format === 'html' ? 10_000 : 100);
      const leaked = names.filter((n) => data.includes(n));
      expect(leaked, format).toEqual([]);
    }
  });

  it('in a converted dataset, with the key taken from the environment and never written', async () => {
    const out = join(dir(), 'pseudo.json');
    const result = await run(['convert', FIRTH_VALLEY, out, '--pseudonymise'], {
      env: { NO_COLOR: '1', MUSTER_PSEUDONYM_KEY: KEY },
    });
    expect(result.code, result.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(identifying().filter((n) => text.includes(n))).toEqual([]);
    expect(text).not.toContain(KEY);
    // The same key gives the same pseudonyms: a second wave matches the first.
    const again = join(dir(), 'again.json');
    await run(['convert', FIRTH_VALLEY, again, '--pseudonymise', '--key-file', join(dir(), 'key')]);
    expect(readFileSync(again, 'utf8')).toBe(text);
  });

  it('refuses to pseudonymise without a long enough key, and drops redacted columns', async () => {
    const refused = await run(['audit', FIRTH_VALLEY, '--pseudonymise']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('MUSTER_PSEUDONYM_KEY');
    const out = join(dir(), 'redacted.json');
    expect((await run(['convert', FIRTH_VALLEY, out, '--redact-columns', 'gender,title'])).code).toBe(0);
    const actors = JSON.parse(readFileSync(out, 'utf8')).actors as Record<string, unknown>[];
    expect(actors.some((a) => 'gender' in a || 'title' in a)).toBe(false);
    expect(actors.some((a) => 'organisation' in a)).toBe(true);
  });
});

describe('muster diff', () => {
  it('compares two waves: what was gained and lost, and the score change', async () => {
    const later = join(dir(), 'later');
    const dataset = readDataset(FIRTH_VALLEY);
    const drop = new Set(
      dataset.actors.filter((a) => a.locality === 'Hollinwell' && a.role === 'researcher').map((a) => a.id),
    );
    const { writeDataset } = await import('@muster/formats/node');
    writeDataset(
      {
        ...dataset,
        actors: dataset.actors.filter((a) => !drop.has(a.id)),
        ties: dataset.ties.filter((t) => !drop.has(t.source) && !drop.has(t.target)),
        adoptions: dataset.adoptions.filter(
          (a) => !drop.has(a.actor) && (a.source === undefined || !drop.has(a.source)),
        ),
        ideas: dataset.ideas.filter((i) => i.origin === undefined || !drop.has(i.origin)),
        mentions: dataset.mentions.filter((m) =>
          dataset.ideas.some((i) => i.id === m.idea && (i.origin === undefined || !drop.has(i.origin))),
        ),
      },
      later,
    );
    const result = await run(['diff', FIRTH_VALLEY, later, '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const diff = JSON.parse(result.stdout);
    expect(diff.dataset.actors.lost.sort()).toEqual([...drop].sort());
    const hw = diff.audit.localities.find((l: { locality: string }) => l.locality === 'Hollinwell');
    expect(hw.missingNow).toEqual(['researcher']);
    expect(hw.scoreChange).toBeLessThan(0);
    const md = await run(['diff', FIRTH_VALLEY, later]);
    expect(md.stdout).toContain('Now missing: Researchers.');
  });
});
