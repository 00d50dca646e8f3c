/**
 * The JSON rendering: the report contract itself (REPORT.md), two-space
 * indented, with a final newline. The report's key order is fixed by
 * construction, so the same report always gives the same bytes.
 */
import { jsonText } from '@muster/core';
import type { AuditReport } from '../report.js';

/** The report as JSON text. Numbers are written as they are (shortest round-trip form). */
export function renderJson(report: AuditReport): string {
  return jsonText(report);
}
