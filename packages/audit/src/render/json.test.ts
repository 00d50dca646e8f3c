import { fileURLToPath } from 'node:url';
import { readDataset } from '@muster/core/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditCluster } from '../audit.js';
import type { AuditReport } from '../report.js';
import { renderJson } from './json.js';

const EXAMPLE = fileURLToPath(new URL('../../../../examples/firth-valley', import.meta.url));

describe('renderJson', () => {
  let report: AuditReport;
  beforeAll(() => {
    report = auditCluster(readDataset(EXAMPLE), { seed: 1 });
  });

  it('writes the report contract, two-space indented, with one final newline', () => {
    const text = renderJson(report);
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "profile": "public-service-innovation",')).toBe(true);
  });

  it('parses back to the same report, numbers included', () => {
    expect(JSON.parse(renderJson(report))).toEqual(report);
  });

  it('gives identical text for the same data and seed', () => {
    const again = auditCluster(readDataset(EXAMPLE), { seed: 1 });
    expect(renderJson(again)).toBe(renderJson(report));
  });
});
