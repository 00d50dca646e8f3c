import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS, renderCsv, renderHtml, renderJson, renderMarkdown, renderReport } from './index.js';
import { firthValleyAudit } from '../test-example.js';

describe('renderReport', () => {
  const report = firthValleyAudit();

  it('renders each format with its renderer', () => {
    expect(REPORT_FORMATS).toEqual(['json', 'md', 'csv', 'html']);
    expect(renderReport(report, 'json')).toBe(renderJson(report));
    expect(renderReport(report, 'md')).toBe(renderMarkdown(report));
    expect(renderReport(report, 'csv')).toBe(renderCsv(report));
    expect(renderReport(report, 'html')).toBe(renderHtml(report));
    expect(renderReport(report, 'html', { title: 'Firth Valley' })).toBe(renderHtml(report, { title: 'Firth Valley' }));
  });

  it('gives byte-identical output for two audits of the same data with the same seed', () => {
    const again = firthValleyAudit();
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
