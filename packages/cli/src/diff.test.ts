import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataset, writeDataset } from '@muster/core/node';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './test-run.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/firth-valley', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'muster-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A second wave of the example: Hollinwell's researchers leave, a new
 * investor joins Saltcote with two ties, and one actor changes role.
 */
function laterWave(name: string): { path: string; left: string[]; changed: string } {
  const dataset = readDataset(EXAMPLE);
  const drop = new Set(
    dataset.actors.filter((a) => a.locality === 'Hollinwell' && a.role === 'researcher').map((a) => a.id),
  );
  const kept = (id: string | undefined): boolean => id === undefined || !drop.has(id);
  const changed = dataset.actors.find((a) => a.locality === 'Kelderbridge' && a.role === 'investor')!;
  const path = join(dir, name);
  writeDataset(
    {
      ...dataset,
      actors: [
        ...dataset.actors
          .filter((a) => !drop.has(a.id))
          .map((a) => (a.id === changed.id ? { ...a, role: 'change-expert' } : a)),
        { id: 'new1', name: 'Tamsin Oyelaran', role: 'investor', roles: [], locality: 'Saltcote', attributes: {} },
      ],
      ties: [
        ...dataset.ties.filter((t) => kept(t.source) && kept(t.target)),
        { source: 'new1', target: 'sc01', kind: 'collaboration', weight: 1, directed: false, attributes: {} },
        { source: 'new1', target: 'sc02', kind: 'collaboration', weight: 1, directed: false, attributes: {} },
      ],
      adoptions: dataset.adoptions.filter((a) => kept(a.actor) && kept(a.source)),
      ideas: dataset.ideas.filter((i) => kept(i.origin)),
      mentions: dataset.mentions.filter((m) => dataset.ideas.some((i) => i.id === m.idea && kept(i.origin))),
    },
    path,
  );
  const names = dataset.actors.filter((a) => drop.has(a.id)).map((a) => a.name);
  return { path, left: names, changed: changed.name };
}

describe('muster diff', () => {
  it('says in people’s words who joined and left, which ties between roles changed, and the structure', async () => {
    const { path, left, changed } = laterWave('words');
    const md = await run(['diff', EXAMPLE, path]);
    expect(md.code, md.stderr).toBe(0);
    const s = md.stdout;
    expect(s).toContain('## Who joined\n\n- Tamsin Oyelaran (Investors, Saltcote)');
    expect(s).toContain('## Who left');
    for (const name of left) expect(s).toContain(`- ${name} (Researchers, Hollinwell)`);
    expect(s).toContain(`- ${changed}: role Investors → Change experts`);
    expect(s).toContain('## Ties between roles');
    expect(s).toMatch(/\| Investors – [A-Za-z ]+ \| [12] \| 0 \| \+[12] \|/);
    expect(s).toMatch(/\| Researchers – [A-Za-z ]+ \| 0 \| \d+ \| -\d+ \|/);
    expect(s).toContain('Now missing: Researchers.');
    // Researchers are gone, so no pair with them is "cut": both roles must be present in both waves.
    expect(s).not.toContain('Newly cut off from each other: Researchers');
    expect(s).not.toMatch(/\b(kb|hw|sc)\d\d\b/);
  });

  it('lists brokers gained and lost and role pairs cut off, in JSON', async () => {
    const { path } = laterWave('json');
    const json = JSON.parse((await run(['diff', EXAMPLE, path, '-f', 'json'])).stdout);
    const hw = json.audit.localities.find((l: { locality: string }) => l.locality === 'Hollinwell');
    expect(hw).toHaveProperty('brokersGained');
    expect(hw).toHaveProperty('brokersLost');
    expect(hw.rolePairsCut.every((p: string[]) => !p.includes('researcher'))).toBe(true);
    expect(typeof hw.silosBefore).toBe('number');
  });
});
