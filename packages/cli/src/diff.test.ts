import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataset, writeDataset } from '@muster/core/node';
import { describe, expect, it } from 'vitest';
import { FIRTH_VALLEY as EXAMPLE, run, useScratchFolder } from './test-run.js';

const dir = useScratchFolder('diff');

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
  const path = join(dir(), name);
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
    expect(s).toMatch(/- Stage: (still [a-z-]+|[a-z-]+ → [a-z-]+)\./);
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
    expect(hw.stageBefore).toMatch(/^(scattered|hub-and-spoke|multi-hub|core-periphery)$/);
    expect(hw.stageAfter).toMatch(/^(scattered|hub-and-spoke|multi-hub|core-periphery)$/);
    expect(Array.isArray(hw.weaversGained) && Array.isArray(hw.weaversLost)).toBe(true);
  });
});

describe('muster diff of waves read against different profiles', () => {
  async function wave(name: string, roles: [string, string], profile: string): Promise<string> {
    const folder = join(dir(), `${name}-src`);
    mkdirSync(folder);
    writeFileSync(join(folder, 'actors.csv'), `id,name,role,locality\na1,Ann,${roles[0]},R\na2,Bo,${roles[1]},R\n`);
    writeFileSync(join(folder, 'ties.csv'), 'source,target,kind\na1,a2,advice\n');
    const out = join(dir(), `${name}.json`);
    expect((await run(['convert', folder, out, '--profile', profile])).code).toBe(0);
    return out;
  }

  it('is a located error naming both profiles, not an internal error', async () => {
    const one = await wave('one', ['politician', 'researcher'], 'public-service-innovation');
    const two = await wave('two', ['social-worker', 'carer'], 'multi-agency-care');
    const result = await run(['diff', one, two]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(two);
    expect(result.stderr).toContain("read against the profile 'multi-agency-care'");
    expect(result.stderr).toContain('pass --profile');
  });
});
