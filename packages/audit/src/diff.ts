/**
 * Two audits of the same cluster compared (two waves): per locality, the
 * change in score and its parts, the roles that became missing or present,
 * and the findings that appeared or were resolved. Findings are matched by
 * their rule and what they are about (a role, a pair of roles, an
 * attribute), not by their wording, which holds numbers that change.
 */
import type { AuditReport, Finding } from './report.js';

/** The change in one locality's audit. */
export interface LocalityAuditDiff {
  locality: string;
  scoreBefore: number | null;
  scoreAfter: number | null;
  /** after − before, null when the locality is in one wave only. */
  scoreChange: number | null;
  missingNow: string[];
  noLongerMissing: string[];
  findingsNew: Finding[];
  findingsResolved: Finding[];
}

/** The change between two audits. */
export interface AuditDiff {
  profile: string;
  localities: LocalityAuditDiff[];
}

/** What a finding is about: its rule and subject, stable across waves. */
export function findingKey(finding: Finding): string {
  const d = finding.data;
  const subject = d.role ?? d.roles ?? d.attribute ?? d.minRoles ?? '';
  return `${finding.ruleId ?? finding.rule}:${JSON.stringify(subject)}`;
}

/** Compares an earlier audit with a later one (audited against the same profile). */
export function diffAudits(before: AuditReport, after: AuditReport): AuditDiff {
  const names = [...new Set([...before.localities.map((l) => l.locality), ...after.localities.map((l) => l.locality)])];
  return {
    profile: after.profile,
    localities: names.map((name) => {
      const b = before.localities.find((l) => l.locality === name);
      const a = after.localities.find((l) => l.locality === name);
      const keysBefore = new Set((b?.findings ?? []).map(findingKey));
      const keysAfter = new Set((a?.findings ?? []).map(findingKey));
      const missingBefore = b?.missingRoles ?? [];
      const missingAfter = a?.missingRoles ?? [];
      return {
        locality: name,
        scoreBefore: b?.score ?? null,
        scoreAfter: a?.score ?? null,
        scoreChange: a !== undefined && b !== undefined ? a.score - b.score : null,
        missingNow: missingAfter.filter((r) => !missingBefore.includes(r)),
        noLongerMissing: missingBefore.filter((r) => !missingAfter.includes(r)),
        findingsNew: (a?.findings ?? []).filter((f) => !keysBefore.has(findingKey(f))),
        findingsResolved: (b?.findings ?? []).filter((f) => !keysAfter.has(findingKey(f))),
      };
    }),
  };
}
