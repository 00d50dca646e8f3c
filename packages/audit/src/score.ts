/**
 * The locality score, 0–100: how complete and how well joined the cluster
 * is, from three parts each in 0..1 (docs/audit.md):
 *
 *   score = round(100 × (0.40 × coverage + 0.30 × reach + 0.30 × structure))
 *
 * - coverage: over roles the profile requires, 1 per present role, ½ per
 *   thin role, 0 per missing role, averaged;
 * - reach: over role pairs a maxDistance rule covers, 1 within the maximum,
 *   ½ × max ÷ distance beyond it, 0 when unreachable or when a role the
 *   rule names is missing (a wildcard rule covers present roles only),
 *   averaged;
 * - structure: the average of the structural checks' scores (maxContacts,
 *   communityDiversity, redundancy, representation).
 *
 * A part with nothing to average counts as 1.
 */
import type { RoleCoverage, RoleLink } from './report.js';

/** The weights of the three parts; they sum to 1. */
export const SCORE_WEIGHTS = { coverage: 0.4, reach: 0.3, structure: 0.3 } as const;

function mean(values: readonly number[]): number {
  return values.length === 0 ? 1 : values.reduce((s, v) => s + v, 0) / values.length;
}

/** The three parts, each in 0..1. */
export function scoreParts(
  coverage: readonly RoleCoverage[],
  links: readonly RoleLink[],
  structure: readonly number[],
): { coverage: number; reach: number; structure: number } {
  const roleScores = coverage
    .filter((c) => c.required > 0)
    .map((c) => (c.status === 'present' ? 1 : c.status === 'thin' ? 0.5 : 0));
  const reachScores = links
    .filter((l) => l.max !== undefined)
    .map((l) => (l.distance === null ? 0 : l.distance <= l.max! ? 1 : (0.5 * l.max!) / l.distance));
  return { coverage: mean(roleScores), reach: mean(reachScores), structure: mean(structure) };
}

/** The score from its parts. */
export function score(parts: { coverage: number; reach: number; structure: number }): number {
  return Math.round(
    100 *
      (SCORE_WEIGHTS.coverage * parts.coverage +
        SCORE_WEIGHTS.reach * parts.reach +
        SCORE_WEIGHTS.structure * parts.structure),
  );
}
