/**
 * Renderings of the flow report: JSON (the contract) and Markdown.
 */
import { jsonText } from '@muster/core';
import type { FlowReport } from '../report.js';
import { renderFlowMarkdown } from './markdown.js';

export { renderFlowMarkdown };

/** The report as indented JSON with a final newline. */
export function renderFlowJson(report: FlowReport): string {
  return jsonText(report);
}

/** The report in a format: `json` or `md`. */
export function renderFlow(report: FlowReport, format: 'json' | 'md'): string {
  return format === 'json' ? renderFlowJson(report) : renderFlowMarkdown(report);
}
