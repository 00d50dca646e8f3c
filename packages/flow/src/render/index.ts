/**
 * Renderings of the flow report: JSON (the contract) and Markdown.
 */
import type { FlowReport } from '../report.js';
import { renderFlowMarkdown } from './markdown.js';

export { renderFlowMarkdown };

/** The report as indented JSON with a final newline. */
export function renderFlowJson(report: FlowReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/** The report in a format: `json` or `md`. */
export function renderFlow(report: FlowReport, format: 'json' | 'md'): string {
  return format === 'json' ? renderFlowJson(report) : renderFlowMarkdown(report);
}
