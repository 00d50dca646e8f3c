import { readDataset } from '@muster/core/node';
import { describe, expect, it } from 'vitest';
import { auditLocality, planAudit } from '../audit.js';
import { localityView } from '../locality.js';
import { checkStability, countHolds, localityResamples } from '../stability/stability.js';
import { FIRTH_VALLEY } from '../test-example.js';
import { countHoldsParallel } from './stability.js';

describe('stability resamples on worker threads', () => {
  it('gives the counts of the main thread alone, on workers only and on 2 or 3 threads', async () => {
    const plan = planAudit(readDataset(FIRTH_VALLEY));
    const meta = checkStability({ resamples: 23, missing: 0.3 }, plan.seed, false);
    const jobs = plan.localities.map((planned) => {
      const view = localityView(planned.dataset, plan.profile, planned.locality);
      const audit = auditLocality(plan, planned, { view });
      return { view, work: localityResamples(view, audit, plan.region, plan.seed, undefined) };
    });
    const alone = jobs.map((job) => countHolds(job.view, job.work, meta, 0, meta.resamples));
    expect(alone.some((counts) => counts.some((c) => c > 0 && c < meta.resamples))).toBe(true);
    expect(await countHoldsParallel(jobs, meta, 3, { mainThread: false })).toEqual(alone);
    expect(await countHoldsParallel(jobs, meta, 2)).toEqual(alone);
    expect(await countHoldsParallel(jobs, meta, 3)).toEqual(alone);
  }, 120_000);
});
