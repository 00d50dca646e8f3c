/**
 * The renderings of an audit report: JSON (the contract), Markdown (for
 * reading), CSV (one row per actor, for spreadsheets) and HTML (one
 * self-contained page with charts). Each is a pure function of the report:
 * the same report always gives the same text.
 */
import type { AuditReport } from '../report.js';
import { renderCsv } from './csv.js';
import { renderHtml, type HtmlOptions } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

export { renderCsv } from './csv.js';
export { escapeMarkdown, escapeMarkdownCell } from './escape.js';
export { renderHtml, type HtmlOptions } from './html.js';
export { renderJson } from './json.js';
export { renderMarkdown } from './markdown.js';

/** The formats {@link renderReport} writes. */
export type ReportFormat = 'json' | 'md' | 'csv' | 'html';

/** Every report format, in the order the CLI lists them. */
export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'md', 'csv', 'html'];

/** The report in the given format. `html` options apply to the HTML format only. */
export function renderReport(report: AuditReport, format: ReportFormat, html: HtmlOptions = {}): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'md':
      return renderMarkdown(report);
    case 'csv':
      return renderCsv(report);
    case 'html':
      return renderHtml(report, html);
  }
}
