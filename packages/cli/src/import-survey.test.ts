import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataset } from '@muster/formats/node';
import { describe, expect, it } from 'vitest';
import { run, useScratchFolder } from './test-run.js';

const FIXTURE = fileURLToPath(new URL('../../survey/src/fixtures/brackenford/', import.meta.url));

const dir = useScratchFolder('survey');

describe('muster import-survey', () => {
  const survey = join(FIXTURE, 'survey.csv');
  const config = join(FIXTURE, 'config.json');

  it('writes a valid dataset and a review file, then applies the edited review', async () => {
    const out = join(dir(), 'brackenford');
    const first = await run(['import-survey', survey, '--config', config, '--out', out]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('unsure matches to decide');
    expect((await run(['validate', out])).code).toBe(0);
    const review = join(dir(), 'brackenford-review.csv');
    expect(readFileSync(review, 'utf8')).toMatch(
      /^name_as_written,rows,matched_actor_id,matched_name,score,reason,decision/,
    );
    const before = readDataset(out).actors.length;
    const second = await run([
      'import-survey',
      survey,
      '--config',
      config,
      '--review',
      join(FIXTURE, 'review-edited.csv'),
      '--out',
      out,
      '--force',
    ]);
    expect(second.code, second.stderr).toBe(0);
    expect(readDataset(out).actors.length).not.toBe(before);
  });

  it('refuses a missing option or a bad config with exit 2, writing nothing', async () => {
    const out = join(dir(), 'nothing');
    expect((await run(['import-survey', survey, '--out', out])).code).toBe(2);
    const bad = await run(['import-survey', survey, '--config', survey, '--out', out]);
    expect(bad.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
