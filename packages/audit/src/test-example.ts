/**
 * The Firth Valley example and its audit, for tests. (Not part of the
 * build: `test-*.ts`.)
 */
import { fileURLToPath } from 'node:url';
import { readDataset } from '@muster/node';
import { auditCluster, type AuditOptions } from './audit.js';
import type { AuditReport } from './report.js';

export const FIRTH_VALLEY = fileURLToPath(new URL('../../../examples/firth-valley', import.meta.url));

/** A fresh audit of the Firth Valley example, seed 1 unless `options` says otherwise. */
export function firthValleyAudit(options: AuditOptions = {}): AuditReport {
  return auditCluster(readDataset(FIRTH_VALLEY), { seed: 1, ...options });
}

/** A small profile as profile.json text: one role per letter (`a`, labelled `As`) and the given rules. */
export function letterProfile(letters: readonly string[], rules: readonly object[]): string {
  return JSON.stringify({
    id: 'small',
    label: 'Small',
    roles: letters.map((id) => ({ id, label: `${id.toUpperCase()}s` })),
    rules,
  });
}
