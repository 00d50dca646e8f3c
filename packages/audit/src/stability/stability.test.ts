import { isMusterInputError, type Dataset } from '@muster/core';
import { readDataset } from '@muster/core/node';
import { describe, expect, it } from 'vitest';
import { auditCluster } from '../audit.js';
import { auditClusterParallel } from '../parallel/audit.js';
import { renderJson } from '../render/json.js';
import type { AuditReport } from '../report.js';
import { FIRTH_VALLEY } from '../test-example.js';

const dataset = readDataset(FIRTH_VALLEY);

/** Every stability in a report, with where it is. */
function stabilities(report: AuditReport): { where: string; value: number }[] {
  const out: { where: string; value: number }[] = [];
  for (const l of report.localities) {
    const add = (kind: string, xs: readonly { stability?: number }[]): void =>
      xs.forEach(
        (x, i) => x.stability !== undefined && out.push({ where: `${l.locality} ${kind} ${i}`, value: x.stability }),
      );
    add('finding', l.findings);
    add('role', l.roles);
    add('link', l.roleLinks);
    add('broker', l.brokerImpact);
    add('silo', l.network.communities);
    add('recommendation', l.recommendations);
  }
  return out;
}

function withResponded(values: (i: number) => string | undefined): Dataset {
  return {
    ...dataset,
    actors: dataset.actors.map((a, i) => {
      const value = values(i);
      return value === undefined ? a : { ...a, attributes: { ...a.attributes, Responded: value } };
    }),
  };
}

describe('the stability of findings', () => {
  const report = auditCluster(dataset, { stability: { resamples: 40, missing: 0.2, seed: 5 } });

  it('gives every finding, missing or thin role, failing pair, broker, silo and recommendation a share', () => {
    expect(report.meta.stability).toEqual({ resamples: 40, missing: 0.2, seed: 5, drops: 'actors' });
    for (const l of report.localities) {
      expect(l.findings.every((f) => f.stability !== undefined)).toBe(true);
      expect(l.roles.every((r) => (r.status === 'present') === (r.stability === undefined))).toBe(true);
      expect(l.brokerImpact.every((b) => b.stability !== undefined)).toBe(true);
      expect(l.recommendations.every((r) => r.stability !== undefined)).toBe(true);
      expect(l.network.communities.every((c) => c.silo === (c.stability !== undefined))).toBe(true);
    }
    const values = stabilities(report).map((s) => s.value);
    expect(values.length).toBeGreaterThan(30);
    expect(values.every((v) => v >= 0 && v <= 1 && Number.isInteger(v * 40))).toBe(true);
    // Dropping a fifth of the actors unsettles some brokers: the numbers are not all 1.
    expect(Math.min(...values)).toBeLessThan(0.9);
  });

  it('keeps a missing role at 1 whatever the share missing', () => {
    for (const missing of [0.2, 0.5, 0.9]) {
      const hollinwell = auditCluster(dataset, { localities: ['Hollinwell'], stability: { resamples: 10, missing } });
      const missingRoles = hollinwell.localities[0]!.roles.filter((r) => r.status === 'missing');
      expect(missingRoles.length).toBeGreaterThan(0);
      expect(missingRoles.map((r) => r.stability)).toEqual(missingRoles.map(() => 1));
      const minCount = hollinwell.localities[0]!.findings.filter((f) => f.rule === 'minCount');
      expect(minCount.map((f) => f.stability)).toEqual(minCount.map(() => 1));
    }
  });

  it('is 1 everywhere with nobody missing', () => {
    const none = auditCluster(dataset, { stability: { resamples: 5, missing: 0 } });
    const values = stabilities(none);
    expect(values.length).toBeGreaterThan(30);
    expect(values.filter((s) => s.value !== 1)).toEqual([]);
  });

  it('is byte-identical for the same seed, and the seed matters', () => {
    const again = auditCluster(dataset, { stability: { resamples: 40, missing: 0.2, seed: 5 } });
    expect(renderJson(again)).toBe(renderJson(report));
    const other = auditCluster(dataset, { stability: { resamples: 40, missing: 0.2, seed: 6 } });
    expect(stabilities(other)).not.toEqual(stabilities(report));
  });

  it('is the same on 1 and 3 worker threads', async () => {
    const options = { stability: { resamples: 12, missing: 0.3 } };
    const one = auditCluster(dataset, options);
    const three = await auditClusterParallel(dataset, { ...options, threads: 3, minWork: 0 });
    expect(renderJson(three)).toBe(renderJson(one));
  }, 120_000);
});

describe('a responded column', () => {
  it('keeps respondents and their ties among themselves: with everyone responding, nothing moves', () => {
    const all = auditCluster(
      withResponded(() => 'yes'),
      { stability: { resamples: 5, missing: 0.5 } },
    );
    expect(all.meta.stability?.drops).toBe('non-respondent-ties');
    expect(stabilities(all).filter((s) => s.value !== 1)).toEqual([]);
  });

  it("drops only non-respondents' ties, never an actor: a missing role's finding stays at 1", () => {
    const half = auditCluster(
      withResponded((i) => (i % 2 === 0 ? 'Yes' : i % 3 === 0 ? '0' : undefined)),
      {
        stability: { resamples: 20, missing: 0.5 },
      },
    );
    const values = stabilities(half);
    expect(Math.min(...values.map((s) => s.value))).toBeLessThan(1);
    const hollinwell = half.localities.find((l) => l.locality === 'Hollinwell')!;
    expect(hollinwell.roles.filter((r) => r.status === 'missing').every((r) => r.stability === 1)).toBe(true);
    // Thin roles cannot thin further when no actor is dropped.
    expect(hollinwell.roles.filter((r) => r.status === 'thin').every((r) => r.stability === 1)).toBe(true);
  });

  it('refuses any value but yes, no, true, false, 1 or 0, naming the row and column', () => {
    const bad = withResponded((i) => (i === 3 ? 'maybe' : 'yes'));
    let error: unknown;
    try {
      auditCluster(bad, { stability: { resamples: 2 } });
    } catch (e) {
      error = e;
    }
    expect(isMusterInputError(error)).toBe(true);
    if (!isMusterInputError(error)) return;
    expect(error.issues).toMatchObject([{ file: 'actors.csv', row: 5, column: 'responded', value: 'maybe' }]);
    // Without stability the column is not read.
    expect(() => auditCluster(bad)).not.toThrow();
  });
});

describe('bad stability options', () => {
  it.each([
    [{ resamples: 0 }, 'stability'],
    [{ resamples: 2.5 }, 'stability'],
    [{ resamples: 3, missing: 1 }, 'missing'],
    [{ resamples: 3, missing: -0.1 }, 'missing'],
    [{ resamples: 3, missing: Number.NaN }, 'missing'],
  ])('refuses %j', (stability, field) => {
    let error: unknown;
    try {
      auditCluster(dataset, { stability });
    } catch (e) {
      error = e;
    }
    expect(isMusterInputError(error)).toBe(true);
    if (isMusterInputError(error)) expect(error.issues.map((i) => i.field)).toEqual([field]);
  });
});
