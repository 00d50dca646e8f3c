import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, useScratchFolder } from './test-run.js';

const scratch = useScratchFolder('diff');

async function wave(name: string, roles: [string, string], profile: string): Promise<string> {
  const folder = join(scratch(), `${name}-src`);
  mkdirSync(folder);
  writeFileSync(join(folder, 'actors.csv'), `id,name,role,locality\na1,Ann,${roles[0]},R\na2,Bo,${roles[1]},R\n`);
  writeFileSync(join(folder, 'ties.csv'), 'source,target,kind\na1,a2,advice\n');
  const out = join(scratch(), `${name}.json`);
  expect((await run(['convert', folder, out, '--profile', profile])).code).toBe(0);
  return out;
}

describe('muster diff of waves read against different profiles', () => {
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
