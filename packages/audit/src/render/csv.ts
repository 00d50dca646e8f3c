/**
 * The CSV rendering: one row per actor per locality with its measures, for
 * spreadsheets. RFC 4180: comma-separated, CRLF line ends, a field quoted
 * when it holds a comma, a double quote or a line break (quotes doubled).
 * Numbers are written at full precision (shortest round-trip form); a
 * missing value (null) is an empty field.
 */
import { csvCell, escapeControls } from '@muster/core';
import type { AuditReport } from '../report.js';

/** The header row, in column order. */
export const CSV_COLUMNS = [
  'locality',
  'id',
  'name',
  'role',
  'degree',
  'betweenness',
  'constraint',
  'effective_size',
  'community',
  'brokerage_coordinator',
  'brokerage_itinerant',
  'brokerage_gatekeeper',
  'brokerage_representative',
  'brokerage_liaison',
  'is_broker',
  'broker_rank',
] as const;

/**
 * Text taken from the data: control characters shown as escapes (this CSV
 * is a report, often printed to a terminal, never read back), then
 * formula-guarded and quoted (see `csvCell`). Numbers are written as numbers.
 */
const textField = (text: string): string => csvCell(escapeControls(text));

function numberField(value: number | null): string {
  return value === null ? '' : String(value);
}

/** The report's actors as CSV text (header first, CRLF line ends, a final line end). */
export function renderCsv(report: AuditReport): string {
  const lines: string[] = [CSV_COLUMNS.join(',')];
  for (const locality of report.localities) {
    const rank = new Map(locality.brokers.map((id, i) => [id, i + 1]));
    for (const a of locality.actors) {
      const brokerRank = rank.get(a.id);
      lines.push(
        [
          textField(locality.locality),
          textField(a.id),
          textField(a.name),
          textField(a.role),
          numberField(a.degree),
          numberField(a.betweenness),
          numberField(a.constraint),
          numberField(a.effectiveSize),
          numberField(a.community),
          numberField(a.brokerage.coordinator),
          numberField(a.brokerage.itinerant),
          numberField(a.brokerage.gatekeeper),
          numberField(a.brokerage.representative),
          numberField(a.brokerage.liaison),
          brokerRank === undefined ? 'false' : 'true',
          numberField(brokerRank ?? null),
        ].join(','),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
