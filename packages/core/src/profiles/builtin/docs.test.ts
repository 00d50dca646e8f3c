/**
 * docs/profiles.md shows the built-in profiles' roles and rules, and the
 * rule types, as `pnpm docs:profiles` writes them from the profile data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROFILE_DOCS, generatedBlocks, updateProfileDocs } from '../../../scripts/profiles-docs.js';
import { RULE_TYPES } from '../rules/index.js';
import { BUILTIN_PROFILES } from './index.js';

const text = readFileSync(PROFILE_DOCS, 'utf8');

describe('docs/profiles.md', () => {
  it('shows the built-in profiles as they are (run `pnpm docs:profiles` after changing one)', async () => {
    expect(await updateProfileDocs(text)).toBe(text);
  });

  it('has a generated block for every built-in profile and rule type, and rejects blocks nothing fills', async () => {
    const names = [...generatedBlocks().keys()];
    expect(names).toEqual([
      'profiles',
      'rule-types',
      ...RULE_TYPES.map((type) => `rule-fields:${type}`),
      ...Object.keys(BUILTIN_PROFILES).map((id) => `profile:${id}`),
    ]);
    for (const name of names) expect(text).toContain(`<!-- BEGIN generated ${name} -->`);
    await expect(
      updateProfileDocs(`${text}\n<!-- BEGIN generated profile:nobody -->\n<!-- END generated -->\n`),
    ).rejects.toThrow(/'profile:nobody' that nothing fills/);
  });

  it('changes when the data changes', async () => {
    const changed = structuredClone(Object.values(BUILTIN_PROFILES));
    const rule = changed[0]!.rules.find((r) => r.type === 'maxDistance')!;
    if (rule.type === 'maxDistance') rule.max = 7;
    changed[0]!.roles[0]!.aliases = ['alderman'];
    const updated = await updateProfileDocs(text, changed);
    expect(updated).not.toBe(text);
    expect(updated).toContain('within 7 steps');
    expect(updated).toMatch(/\| `politician` +\| Politicians +\| politics +\| alderman +\|/);
  });
});
