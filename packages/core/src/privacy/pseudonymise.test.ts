import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { datasetToFiles, datasetToJson } from '../dataset/write.js';
import { DATASET_FILES, parseDatasetFiles, parseDatasetJson } from '../dataset/read.js';
import { DEFAULT_PROFILE_ID, getBuiltinProfile } from '../profiles/builtin/index.js';
import { keyWeakness, pseudonymise, pseudonymiseWithPlan, redactColumns } from './pseudonymise.js';

const EXAMPLE = fileURLToPath(new URL('../../../../examples/firth-valley', import.meta.url));

/** The example dataset, from its folder of CSV files. */
function readExample() {
  const present = DATASET_FILES.filter((name) => existsSync(join(EXAMPLE, name)));
  return parseDatasetFiles(
    Object.fromEntries(present.map((name) => [name, readFileSync(join(EXAMPLE, name), 'utf8')])),
  );
}

describe('pseudonymise', () => {
  const dataset = readExample();
  const secret = 'a long secret kept by the council';
  const out = pseudonymise(dataset, { secret });

  it('leaves no name, id, organisation or job title of the input in the output', () => {
    const text = datasetToJson(out);
    for (const actor of dataset.actors) {
      expect(text).not.toContain(actor.name);
      expect(text).not.toContain(`"${actor.id}"`);
      if (actor.organisation !== undefined) expect(text).not.toContain(actor.organisation);
      const title = actor.attributes.title;
      if (typeof title === 'string' && title.length > 3) expect(text).not.toContain(`"${title}"`);
    }
    expect(text).not.toContain(secret);
  });

  it('keeps the structure: roles, localities, sectors, ties, adoptions; a category column keeps its groups', () => {
    expect(out.actors.map((a) => [a.role, a.locality, a.sector])).toEqual(
      dataset.actors.map((a) => [a.role, a.locality, a.sector]),
    );
    // Even a column of two values is pseudonymised, but equal values stay equal.
    const pairs = new Set(
      out.actors.map((a, i) => `${String(dataset.actors[i]!.attributes.gender)}→${String(a.attributes.gender)}`),
    );
    expect(pairs.size).toBe(new Set(dataset.actors.map((a) => a.attributes.gender)).size);
    expect(out.actors.every((a) => String(a.attributes.gender).startsWith('T-'))).toBe(true);
    expect(out.ties.map((t) => [t.kind, t.weight, t.directed, t.date])).toEqual(
      dataset.ties.map((t) => [t.kind, t.weight, t.directed, t.date]),
    );
    expect(out.adoptions.length).toBe(dataset.adoptions.length);
    // The result is a valid dataset.
    expect(parseDatasetFiles(datasetToFiles(out))).toEqual(out);
  });

  it('gives the same pseudonyms with the same secret (waves), others with another, and does not change its input', () => {
    const before = datasetToJson(dataset);
    expect(pseudonymise(dataset, { secret })).toEqual(out);
    expect(pseudonymise(dataset, { secret: 'another secret' }).actors[0]!.id).not.toBe(out.actors[0]!.id);
    expect(datasetToJson(dataset)).toBe(before);
    const respelt = { ...dataset, actors: dataset.actors.map((a) => ({ ...a, name: `  ${a.name.toUpperCase()} ` })) };
    expect(pseudonymise(respelt, { secret }).actors[0]!.name).toBe(out.actors[0]!.name);
  });

  it('drops redacted columns and keeps kept ones', () => {
    const redacted = pseudonymise(dataset, { secret, redactColumns: ['Gender'], keepColumns: ['title'] });
    expect(redacted.actors[0]!.attributes).not.toHaveProperty('gender');
    expect(redacted.actors[0]!.attributes.title).toBe(dataset.actors[0]!.attributes.title);
  });

  it('pseudonymises every free column of every table, numbers too, and says what it did', () => {
    const small = parseDatasetJson(
      JSON.stringify({
        actors: [
          {
            id: 'a1',
            name: 'Ann Hale',
            role: 'politician',
            locality: 'R',
            notes: 'met Bob at rehab',
            staff: 4711,
            lead: true,
          },
          {
            id: 'a2',
            name: 'Bob Marsh',
            role: 'researcher',
            locality: 'R',
            notes: 'phone 07700 900123',
            staff: 4712,
            lead: false,
          },
        ],
        ties: [{ source: 'a1', target: 'a2', kind: 'advice', context: 'met Bob Marsh at rehab' }],
        ideas: [{ id: 'i1', title: 'Idea', champion: 'Ann Hale' }],
        adoptions: [{ idea: 'i1', actor: 'a1', date: '2024-01-01', how: 'Ann told me' }],
        mentions: [{ idea: 'i1', date: '2024-01', count: 2, article: 'Ann Hale in the Gazette' }],
      }),
    );
    const result = pseudonymiseWithPlan(small, { secret });
    const text = datasetToJson(result.dataset);
    for (const leaked of ['Ann', 'Bob', 'rehab', '07700', '4711', '4712', 'Gazette'])
      expect(text).not.toContain(leaked);
    expect(result.dataset.actors[0]!.attributes.lead).toBe(true);
    expect(result.columns).toContainEqual({
      table: 'mentions',
      column: 'article',
      action: 'pseudonymised',
      reason: 'free column',
    });
    expect(result.columns).toContainEqual({
      table: 'actors',
      column: 'lead',
      action: 'kept',
      reason: 'true/false only',
    });
    const kept = pseudonymiseWithPlan(small, { secret, keepColumns: ['staff'], redactColumns: ['article'] });
    expect(kept.dataset.actors[0]!.attributes.staff).toBe(4711);
    expect(kept.dataset.mentions[0]!.attributes).toEqual({});
    expect(redactColumns(small, ['ARTICLE', 'how']).mentions[0]!.attributes).toEqual({});
  });

  it("keeps the categories of the profile's representation rule, and nothing else in that column", () => {
    const profile = {
      ...getBuiltinProfile(DEFAULT_PROFILE_ID)!,
      rules: [
        {
          type: 'representation' as const,
          id: 'rep',
          attribute: 'gender',
          reference: { female: 0.5, male: 0.5 },
          tolerance: 0.2,
        },
      ],
    };
    const withRule = {
      ...dataset,
      profile,
      actors: dataset.actors.map((a, i) =>
        i === 0 ? { ...a, attributes: { ...a.attributes, gender: 'Ann Hale' } } : a,
      ),
    };
    const result = pseudonymiseWithPlan(withRule, { secret });
    expect(result.dataset.actors[0]!.attributes.gender).toMatch(/^T-/);
    for (const [i, actor] of result.dataset.actors.entries()) {
      if (i === 0) continue;
      const was = String(withRule.actors[i]!.attributes.gender);
      if (['female', 'male'].includes(was.toLowerCase())) expect(actor.attributes.gender).toBe(was);
      else expect(String(actor.attributes.gender)).toMatch(/^T-/);
    }
  });

  it('checks the strength of a key, trimmed', () => {
    expect(keyWeakness(' '.repeat(16))).toMatch(/0 characters/);
    expect(keyWeakness('a'.repeat(16))).toMatch(/only 1 different character/);
    expect(keyWeakness('abcabcabcabcabcabc')).toMatch(/only 3 different/);
    expect(keyWeakness('  short key   ')).toMatch(/9 characters/);
    expect(keyWeakness(secret)).toBeUndefined();
  });

  it('refuses an empty secret', () => {
    expect(() => pseudonymise(dataset, { secret: '' })).toThrow(/secret/);
  });
});
