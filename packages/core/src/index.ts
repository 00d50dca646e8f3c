/**
 * `@muster/core`: the data model, profiles, dataset readers and writers
 * (from text, so they run in the browser too) and graph builders. File
 * access is in `@muster/core/node`.
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
  type InputIssue,
  type InputIssueCode,
} from './errors.js';
export type {
  CommunityDiversityRule,
  MaxContactsRule,
  MaxDistanceRule,
  MinCountRule,
  Profile,
  RedundancyRule,
  RepresentationRule,
  Role,
  Rule,
  RuleType,
  Severity,
} from './profiles/types.js';
export { RULE_TYPES, parseProfile } from './profiles/schema.js';
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
export { datasetToFiles, datasetToJson } from './dataset/write.js';
export { compareDates, isValidDate, parseDate, type DateForm, type DateValue } from './dates.js';
export { normaliseKey } from './normalise.js';
export {
  SHOWN_VALUE_LENGTH,
  csvCell,
  csvField,
  escapeControls,
  escapeHtml,
  escapeLine,
  escapeMarkdown,
  escapeMarkdownCell,
  guardFormula,
  hideQuoted,
  jsonText,
  shownMessage,
  shownValue,
  unguardFormula,
} from './escape.js';
export { closest as closestName, didYouMean } from './suggest.js';
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
export { parseWorkbook } from './formats/xlsx/read.js';
export { datasetToWorkbook } from './formats/xlsx/write.js';
export { writeWorkbook, type CellValue, type SheetData } from './formats/xlsx/workbook-write.js';
export { parseKumuJson, parseKumuWorkbook, type KumuReadOptions } from './formats/kumu/read.js';
export { parseKumuMapping, validateKumuMapping, type KumuMapping } from './formats/kumu/mapping.js';
export { parseGexf } from './formats/gexf/read.js';
export { datasetToGexf, type GexfWriteOptions } from './formats/gexf/write.js';
export { parseGraphml } from './formats/graphml/read.js';
export { datasetToGraphml } from './formats/graphml/write.js';
export { lossOf, type FormatLoss, type GraphFileFormat } from './formats/graph/loss.js';
export {
  decodeUtf8File,
  formatSurveySummary,
  importSurvey,
  parseSurveyConfig,
  type ImportSurveyOptions,
  type ReviewDecision,
  type SurveyConfig,
  type SurveyImport,
  type SurveySummary,
  type SurveyTieSpec,
} from './survey/index.js';
export {
  localitySubgraph,
  mergedView,
  toGraph,
  type ActorNodeAttributes,
  type ClusterGraph,
  type MergedEdgeAttributes,
  type MergedGraph,
  type TieEdgeAttributes,
} from './graph/graph.js';
export { compactView, type CompactGraph, type CompactOptions } from './graph/compact.js';
