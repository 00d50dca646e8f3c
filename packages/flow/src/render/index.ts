/**
 * Renderings of the flow report: JSON (the contract) and Markdown.
 */
import { jsonText } from '@muster/escape';
import type { FlowReport } from '../report.js';
import type { FlowLabels } from './labels.js';
import { renderFlowMarkdown } from './markdown.js';

export { renderFlowMarkdown };
export { flowLabels, type FlowLabels } from './labels.js';

/** The report as indented JSON with a final newline. */
export function renderFlowJson(report: FlowReport): string {
  return jsonText(report);
}

/** The report in a format: `json` or `md` (naming actors and roles with `labels`). */
export function renderFlow(report: FlowReport, format: 'json' | 'md', labels?: FlowLabels): string {
  return format === 'json' ? renderFlowJson(report) : renderFlowMarkdown(report, labels);
}
