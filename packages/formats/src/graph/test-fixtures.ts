/**
 * Test helpers shared by the GEXF and GraphML tests: fixture files with
 * their expected outcome, actors to build datasets from, and the Firth
 * Valley example without what graph files cannot carry. (Not part of the
 * build: `test-*.ts`.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { emptyDataset, issuesOf, type Actor, type Dataset, type InputIssue } from '@muster/core';
import { readDataset } from '@muster/node';
import { getBuiltinProfile } from '@muster/core';

/** A fixture: the file's text and what reading it gives, a dataset or the issues. */
interface Fixture {
  name: string;
  text: string;
  expected: { dataset: Dataset } | { issues: InputIssue[] };
}

/**
 * The fixtures of a folder with the given file ending, each with its
 * `NAME.expected.json`. A dataset's `profile` may be given as a built-in id.
 */
function fixtures(folder: URL, ending: string): Fixture[] {
  const path = fileURLToPath(folder);
  return readdirSync(path)
    .filter((name) => name.endsWith(ending))
    .sort()
    .map((name) => {
      const base = name.slice(0, -ending.length);
      const expected = JSON.parse(readFileSync(`${path}/${base}.expected.json`, 'utf8')) as
        { dataset: Dataset & { profile?: unknown } } | { issues: InputIssue[] };
      if ('dataset' in expected && typeof expected.dataset.profile === 'string') {
        expected.dataset.profile = getBuiltinProfile(expected.dataset.profile);
      }
      return { name, text: readFileSync(`${path}/${name}`, 'utf8'), expected: expected as Fixture['expected'] };
    });
}

/** One test per fixture: the file reads as the dataset expected, or is refused with the issues expected. */
export function testFixtures(folder: URL, ending: string, read: (text: string, file: string) => Dataset): void {
  for (const fixture of fixtures(folder, ending)) {
    it(fixture.name, () => {
      const reading = () => read(fixture.text, fixture.name);
      if ('dataset' in fixture.expected) expect(reading()).toStrictEqual(fixture.expected.dataset);
      else expect(issuesOf(reading)).toStrictEqual(fixture.expected.issues);
    });
  }
}

/** The Firth Valley example: actors and ties as read, without its ideas, adoptions and mentions. */
export function firthValley(): { full: Dataset; graph: Dataset } {
  const full = readDataset(fileURLToPath(new URL('../../../../examples/firth-valley', import.meta.url)));
  return { full, graph: { ...full, ideas: [], adoptions: [], mentions: [] } };
}

/** An actor of Riverside, a politician unless `extra` says otherwise. */
export function actor(id: string, extra: Partial<Actor> = {}): Actor {
  return { id, name: `Actor ${id}`, role: 'politician', roles: [], locality: 'Riverside', attributes: {}, ...extra };
}

/** Two actors and one directed tie from the first to the second. */
export function directedPair(): Dataset {
  return {
    ...emptyDataset(),
    actors: [actor('a'), actor('b')],
    ties: [{ source: 'a', target: 'b', kind: 'advice', weight: 1, directed: true, attributes: {} }],
  };
}

export { issuesOf };
