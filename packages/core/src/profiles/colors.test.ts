import { describe, expect, it } from 'vitest';
import { ROLE_PALETTE_TESTED, roleColors } from '../palette.js';
import { BUILTIN_PROFILES } from './builtin/index.js';
import { parseProfile } from './schema.js';

describe('role colours in profiles', () => {
  it('has enough tested colours for every built-in profile', () => {
    for (const profile of Object.values(BUILTIN_PROFILES))
      expect(profile.roles.length, profile.id).toBeLessThanOrEqual(ROLE_PALETTE_TESTED);
  });

  it('lets a profile set a role colour, and rejects a colour not written #rrggbb', () => {
    const base = { id: 'p', label: 'P', rules: [] };
    const profile = parseProfile({ ...base, roles: [{ id: 'a', label: 'A', color: '#00aa00' }] }, 'p.json');
    expect(roleColors(profile.roles).get('a')).toBe('#00aa00');
    expect(() => parseProfile({ ...base, roles: [{ id: 'a', label: 'A', color: 'green' }] }, 'p.json')).toThrow(
      /roles\.0\.color/,
    );
  });
});
