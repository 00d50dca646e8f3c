import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../node.js';
import { datasetToFiles, datasetToJson } from '../dataset/write.js';
import { parseDatasetFiles } from '../dataset/read.js';
import { pseudonymise } from './pseudonymise.js';

const EXAMPLE = fileURLToPath(new URL('../../../../examples/firth-valley', import.meta.url));

describe('pseudonymise', () => {
  const dataset = readDataset(EXAMPLE);
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

  it('keeps the structure: roles, localities, categories, ties, adoptions', () => {
    expect(out.actors.map((a) => [a.role, a.locality, a.sector, a.attributes.gender])).toEqual(
      dataset.actors.map((a) => [a.role, a.locality, a.sector, a.attributes.gender]),
    );
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

  it('refuses an empty secret', () => {
    expect(() => pseudonymise(dataset, { secret: '' })).toThrow(/secret/);
  });
});
