/**
 * `@muster/survey`: a name-generator survey export turned into actors and
 * ties, with the name matching listed in a review file for people to
 * confirm. Errors are `MusterInputError`s from `@muster/core`.
 *
 * @module @muster/survey
 */
export {
  SURVEY_ATTRIBUTES,
  SURVEY_DEFAULTS,
  checkSurveyConfig,
  parseSurveyConfig,
  type SurveyConfig,
  type SurveyTieSpec,
} from './config.js';
export { importSurvey, type ImportSurveyOptions, type SurveyImport } from './import.js';
export { displayName, nameKey, nameTokens, splitNames } from './names.js';
export { REVIEW_COLUMNS, type ReviewDecision, type ReviewRow } from './review.js';
export { compareNames, jaroWinkler, type MatchReason, type NameMatch } from './similarity.js';
export { formatSurveySummary, type SurveySummary } from './summary.js';
export { decodeUtf8File } from './text.js';
