/**
 * The part of a locality's audit that needs neither betweenness nor the
 * per-actor measures: role coverage, role distances and links, the network
 * summary, the profile's rules and the recommendations. The full audit and
 * every stability resample run this same code, so that a resample shows a
 * finding or advice exactly when the audit would.
 */
import type { Components } from './bfs.js';
import type { LocalityView } from './locality.js';
import { networkSummary } from './network.js';
import { roleCoverage, roleDistances, roleLinks } from './reach.js';
import { introductions, recruitments, redundancyAdvice, type RegionFacts } from './recommend.js';
import type { NetworkSummary, Recommendation, RoleCoverage, RoleLink } from './report.js';
import { checkRules, type RuleResults } from './rules/index.js';

/** What {@link localityGaps} finds. */
export interface LocalityGaps {
  coverage: RoleCoverage[];
  /** Per role, each node's distance from the role's nearest member (reach.ts). */
  distances: (Int32Array | null)[];
  links: RoleLink[];
  summary: NetworkSummary;
  /** Each node's Louvain community. */
  community: Int32Array;
  parts: Components;
  rules: RuleResults;
  recommendations: Recommendation[];
}

/** The gaps of one locality, with what they were found from. */
export function localityGaps(view: LocalityView, seed: number, region: RegionFacts): LocalityGaps {
  const coverage = roleCoverage(view);
  const distances = roleDistances(view);
  const links = roleLinks(view, distances);
  const { summary, community, parts } = networkSummary(view, seed);
  const rules = checkRules(view, coverage, links, summary.communities);
  const intro = introductions(view, links, rules.redundancyFailures);
  const recommendations = [
    ...recruitments(view, coverage, region),
    ...intro.recommendations,
    ...redundancyAdvice(view, rules.redundancyFailures, intro.closedRedundancy),
  ];
  return { coverage, distances, links, summary, community, parts, rules, recommendations };
}
