/**
 * The medical innovation example: the committed files are exactly what
 * convert.ts writes from the source data, and they hold the study's counts
 * (125 physicians, 109 adopters, months 1–17). The comparison with the
 * source needs the source folder beside the repository; the checks of the
 * committed files do not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDataset } from '@muster/node';
import { DEFAULT_SOURCE_DIR, IDEA_ID, LAST_MONTH, convert } from './convert.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const SOURCE_PRESENT = existsSync(DEFAULT_SOURCE_DIR);
const committed = (file: string): string => readFileSync(new URL(file, import.meta.url), 'utf8');

describe('the medical innovation example', () => {
  const againstSource = SOURCE_PRESENT
    ? 'against the source data'
    : 'against the source data (skipped: the folder shared/data/medical-innovation beside the repository is absent)';
  describe.skipIf(!SOURCE_PRESENT)(againstSource, () => {
    it('is exactly what convert.ts writes from the source', () => {
      const { files } = convert();
      expect(Object.keys(files).sort()).toEqual([
        'actors.csv',
        'adoptions.csv',
        'ideas.csv',
        'profile.json',
        'ties.csv',
      ]);
      for (const [file, text] of Object.entries(files)) expect(committed(file), file).toBe(text);
    });

    it('keeps every nomination, by kind, and drops none', () => {
      const { summary } = convert();
      expect(summary.tiesRead).toBe(450);
      expect(summary.tiesKept).toEqual({ advice: 161, information: 165, friendship: 124 });
      expect(summary.tiesDropped).toEqual({ advice: 0, information: 0, friendship: 0 });
      const kept = Object.values(summary.tiesKept).reduce((sum, n) => sum + n, 0);
      expect(readDataset(HERE).ties).toHaveLength(kept);
      expect(summary.actorsPerTown).toEqual({ 'Town 1': 62, 'Town 2': 24, 'Town 3': 21, 'Town 4': 18 });
      expect(summary.adoptersPerTown).toEqual({ 'Town 1': 55, 'Town 2': 21, 'Town 3': 17, 'Town 4': 16 });
      expect(summary.notAdopted).toBe(16);
    });
  });

  describe('the committed dataset', () => {
    const dataset = readDataset(HERE);

    it('reads as a valid dataset with its own profile', () => {
      expect(dataset.profile?.id).toBe('medical-community');
      expect(dataset.profile?.flowKinds).toEqual(['advice', 'information', 'friendship']);
    });

    it('has the 125 physicians of the four towns', () => {
      expect(dataset.actors).toHaveLength(125);
      expect(new Set(dataset.actors.map((a) => a.locality))).toEqual(new Set(['Town 1', 'Town 2', 'Town 3', 'Town 4']));
    });

    it('has one directed tie per nomination, of the three kinds', () => {
      expect(dataset.ties).toHaveLength(161 + 165 + 124);
      expect(dataset.ties.every((t) => t.directed && t.weight === 1)).toBe(true);
      expect(new Set(dataset.ties.map((t) => t.kind))).toEqual(new Set(['advice', 'information', 'friendship']));
      expect(new Set(dataset.ties.map((t) => t.attributes.nomination_rank))).toEqual(new Set(['1', '2', '3']));
    });

    it('has 109 adoptions of tetracycline, each in a month from 1 to 17', () => {
      expect(dataset.ideas.map((i) => i.id)).toEqual([IDEA_ID]);
      expect(dataset.adoptions).toHaveLength(109);
      for (const adoption of dataset.adoptions) {
        expect(adoption.idea).toBe(IDEA_ID);
        expect(adoption.date).toMatch(/^\d+$/);
        expect(Number(adoption.date)).toBeGreaterThanOrEqual(1);
        expect(Number(adoption.date)).toBeLessThanOrEqual(LAST_MONTH);
      }
      expect(new Set(dataset.adoptions.map((a) => a.actor)).size).toBe(109);
    });
  });
});
