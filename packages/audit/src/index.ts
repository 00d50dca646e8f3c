/**
 * `@muster/audit`: the cluster gap audit — role coverage, role-to-role
 * reach, brokers and silos, recommendations and a score per locality — and
 * its renderings.
 *
 * @module @muster/audit
 */
export { AUDIT_DEFAULTS, AUDIT_GENERATOR, auditCluster, type AuditOptions } from './audit.js';
export { DEFAULT_PIVOTS, EXACT_BETWEENNESS_LIMIT, type BetweennessMode } from './actors.js';
export { SCORE_WEIGHTS } from './score.js';
export { DEFAULT_MISSING, MAX_RESAMPLES, type StabilityOptions } from './stability/stability.js';
export { STAGE_THRESHOLDS } from './stage/stage.js';
export { WEAVER_CRITERIA } from './stage/weavers.js';
export type {
  ActorMetrics,
  AuditMeta,
  AuditReport,
  BrokerImpact,
  BrokerageCounts,
  Community,
  CrossLocalityTies,
  Finding,
  LocalityAudit,
  NetworkSummary,
  NetworkStage,
  Recommendation,
  RecommendationKind,
  RoleCoverage,
  RoleLink,
  RoleLinkStatus,
  RoleStatus,
  StabilityMeta,
  StageId,
  Weaver,
} from './report.js';
export {
  REPORT_FORMATS,
  escapeMarkdown,
  escapeMarkdownCell,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderReport,
  type HtmlOptions,
  type ReportFormat,
} from './render/index.js';
export { diffAudits, findingKey, type AuditDiff, type LocalityAuditDiff } from './diff.js';
export { renderDiffMarkdown } from './render/diff-markdown.js';
export { renderWaveDiff } from './waves.js';
