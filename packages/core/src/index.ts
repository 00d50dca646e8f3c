/**
 * `@muster/core`: the data model, profiles, the dataset contract with its
 * CSV and JSON forms (read from text, so they run in the browser too),
 * dates, seeded randomness, the compact graph view, diff and
 * pseudonymisation. The reader kit for new formats is in
 * `@muster/core/reader`; files on disk are in `@muster/node`, other file
 * formats in `@muster/formats`, survey import in `@muster/survey`,
 * graphology graphs in `@muster/graphology`.
 *
 * @module @muster/core
 */
export {
  DEFAULT_FLOW_KINDS,
  DEFAULT_TIE_KINDS,
  emptyDataset,
  type Actor,
  type Adoption,
  type AttributeValue,
  type Attributes,
  type Dataset,
  type Idea,
  type Mention,
  type Tie,
} from './model.js';
export {
  MAX_ISSUES,
  MusterInputError,
  formatIssue,
  formatIssues,
  formatLocation,
  isMusterInputError,
  issuesOf,
  type InputIssue,
  type InputIssueCode,
} from './errors.js';
export type { Profile, Role } from './profiles/types.js';
export { parseProfile } from './profiles/schema.js';
export {
  RULE_DEFINITIONS,
  RULE_TYPES,
  ruleDefinition,
  ruleSeverity,
  type RoleNamer,
  type RoleReference,
  type RuleBase,
  type RuleDefinition,
  type RuleField,
  type RuleOfType,
  type RuleProblem,
  type CommunityDiversityRule,
  type MaxContactsRule,
  type MaxDistanceRule,
  type MinCountRule,
  type RedundancyRule,
  type RepresentationRule,
  type Rule,
  type RuleType,
  type Severity,
  listInWords,
} from './profiles/rules/index.js';
export { createRoleResolver, type RoleResolver } from './profiles/resolve.js';
export {
  BUILTIN_PROFILES,
  DEFAULT_PROFILE_ID,
  builtinProfileIds,
  getBuiltinProfile,
} from './profiles/builtin/index.js';
export {
  DATASET_FILES,
  defaultProfile,
  parseDatasetFiles,
  parseDatasetJson,
  type DatasetFileName,
  type DatasetFiles,
  type ReadOptions,
} from './dataset/read.js';
export { datasetFileChunks, datasetJsonChunks, datasetToFiles, datasetToJson } from './dataset/write.js';
export { compareDates, isValidDate, parseDate, type DateForm, type DateValue } from './dates.js';
export { normaliseKey } from './normalise.js';
// Escaping is @muster/escape's; re-exported here for one version: for HTML and Markdown, terminals, CSV.
export { escapeHtml, escapeMarkdown, escapeMarkdownCell } from './escape.js';
export {
  SHOWN_VALUE_LENGTH,
  escapeControls,
  escapeLine,
  hideQuoted,
  jsonText,
  shownMessage,
  shownValue,
} from './escape.js';
export { csvCell, csvField, guardFormula, unguardFormula } from './escape.js';
export { closest as closestName, didYouMean } from './suggest.js';
export * from './palette.js';
export { createRng, randomInt, type Rng } from './random.js';
export {
  KEY_RULES,
  PRIVACY_TABLES,
  freeColumns,
  keyWeakness,
  pseudonymise,
  pseudonymiseWithPlan,
  redactColumns,
  type ColumnDecision,
  type PrivacyTable,
  type PseudonymiseOptions,
  type Pseudonymised,
} from './privacy/pseudonymise.js';
export { hmacSha256, sha256 } from './privacy/sha256.js';
export { diffDatasets, type DatasetDiff, type TieKey } from './diff.js';
export { compactView, type CompactGraph, type CompactOptions } from './graph/compact.js';
