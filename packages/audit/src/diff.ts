/**
 * Two audits of the same cluster compared (two waves): per locality, the
 * change in score and its parts, the roles that became missing or present,
 * the findings that appeared or were resolved, and the structure: brokers
 * gained and lost, silos, and role pairs newly cut off from each other or
 * newly joined; the network's stage then and now, and weavers gained and
 * lost. Findings are matched by
 * their rule and what they are about (a role, a pair of roles, an
 * attribute), not by their wording, which holds numbers that change.
 */
import type { AuditReport, Finding, LocalityAudit, StageId } from './report.js';

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
  /** Actors who are brokers now and were not (ids), and those who no longer are. */
  brokersGained: string[];
  brokersLost: string[];
  /** Silo communities in each wave (0 when the locality is absent). */
  silosBefore: number;
  silosAfter: number;
  /** Role pairs, both roles present in both waves, that could reach each other before and cannot now. */
  rolePairsCut: [string, string][];
  /** Role pairs, both roles present in both waves, that could not reach each other before and can now. */
  rolePairsJoined: [string, string][];
  /** The network's stage in each wave (null when the locality is absent, or the report has no stage). */
  stageBefore: StageId | null;
  stageAfter: StageId | null;
  /** Actors who are weavers now and were not (ids), and those who no longer are. */
  weaversGained: string[];
  weaversLost: string[];
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

/** Role pairs that became unreachable (`cut`) or reachable (both roles present in both waves). */
function pairsChanged(
  before: LocalityAudit | undefined,
  after: LocalityAudit | undefined,
  cut: boolean,
): [string, string][] {
  const pairs: [string, string][] = [];
  if (before === undefined || after === undefined) return pairs;
  const key = (roles: readonly string[]): string => [...roles].sort().join('\u0000');
  const earlier = new Map(before.roleLinks.map((l) => [key(l.roles), l]));
  for (const link of after.roleLinks) {
    const was = earlier.get(key(link.roles));
    if (was === undefined || was.status === 'absent' || link.status === 'absent') continue;
    const reachedBefore = was.distance !== null;
    const reachedNow = link.distance !== null;
    if (cut ? reachedBefore && !reachedNow : !reachedBefore && reachedNow) pairs.push(link.roles);
  }
  return pairs;
}

const weavers = (l: LocalityAudit | undefined): string[] => l?.network.weavers?.map((w) => w.actor) ?? [];

const silos = (l: LocalityAudit | undefined): number => l?.network.communities.filter((c) => c.silo).length ?? 0;

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
        brokersGained: (a?.brokers ?? []).filter((id) => !(b?.brokers ?? []).includes(id)),
        brokersLost: (b?.brokers ?? []).filter((id) => !(a?.brokers ?? []).includes(id)),
        silosBefore: silos(b),
        silosAfter: silos(a),
        rolePairsCut: pairsChanged(b, a, true),
        rolePairsJoined: pairsChanged(b, a, false),
        stageBefore: b?.network.stage?.id ?? null,
        stageAfter: a?.network.stage?.id ?? null,
        weaversGained: weavers(a).filter((id) => !weavers(b).includes(id)),
        weaversLost: weavers(b).filter((id) => !weavers(a).includes(id)),
      };
    }),
  };
}
