import { fileURLToPath } from 'node:url';
import { readDataset } from '@muster/core/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditCluster } from '../audit.js';
import type { AuditReport } from '../report.js';
import { REPORT_FORMATS, renderCsv, renderHtml, renderJson, renderMarkdown, renderReport } from './index.js';

const EXAMPLE = fileURLToPath(new URL('../../../../examples/firth-valley', import.meta.url));

describe('renderReport', () => {
  let report: AuditReport;
  beforeAll(() => {
    report = auditCluster(readDataset(EXAMPLE), { seed: 1 });
  });

  it('renders each format with its renderer', () => {
    expect(REPORT_FORMATS).toEqual(['json', 'md', 'csv', 'html']);
    expect(renderReport(report, 'json')).toBe(renderJson(report));
    expect(renderReport(report, 'md')).toBe(renderMarkdown(report));
    expect(renderReport(report, 'csv')).toBe(renderCsv(report));
    expect(renderReport(report, 'html')).toBe(renderHtml(report));
    expect(renderReport(report, 'html', { title: 'Firth Valley' })).toBe(renderHtml(report, { title: 'Firth Valley' }));
  });

  it('gives byte-identical output for two audits of the same data with the same seed', () => {
    const again = auditCluster(readDataset(EXAMPLE), { seed: 1 });
    for (const format of REPORT_FORMATS) expect(renderReport(again, format)).toBe(renderReport(report, format));
  });

  it('does not change the report', () => {
    const before = structuredClone(report);
    for (const format of REPORT_FORMATS) renderReport(report, format);
    expect(report).toEqual(before);
  });

  it('ends every format with a newline', () => {
    for (const format of REPORT_FORMATS) expect(renderReport(report, format)).toMatch(/\n$/);
  });
});
