/**
 * A name-generator survey export (one row per respondent: their name,
 * role, organisation, locality, and columns naming the people they work
 * with, share ideas with or ask advice of) turned into actors and ties.
 *
 * Text in, text and data out: the survey and the review file come as
 * strings, the result is a `Dataset`, the review file as CSV text and a
 * summary. Bad input is reported as a `MusterInputError` naming the file,
 * row and column; nothing is merged without a row in the review file.
 */
import { parseCsv, refuseControlCharacters } from '@muster/core/reader';
import { defaultProfile } from '@muster/core';
import { IssueList } from '@muster/core/reader';
import type { Actor, Attributes, Dataset, Tie } from '@muster/core';
import { createRoleResolver, type RoleResolver } from '@muster/core';
import type { Profile } from '@muster/core';
import type { SurveyConfig } from './config.js';
import { collectNames, readAnswers, resolveColumns, type Answer } from './answers.js';
import { matchPeople, type Person } from './match.js';
import { nameKey, nameTokens } from './names.js';
import { readReviewDecisions, writeReview, type ReadDecision, type ReviewRow } from './review.js';
import type { SurveySummary } from './summary.js';

/** Options of {@link importSurvey}. */
export interface ImportSurveyOptions {
  /** The profile roles are resolved against; else the existing dataset's own; else the default profile. */
  profile?: Profile;
  /** A dataset to add to: its actors are matched by name, and kept as they are. */
  existing?: Dataset;
  /** An edited review file (CSV text) from an earlier run, whose decisions are applied. */
  review?: string;
  /** The survey file's name in errors; `survey.csv` by default. */
  file?: string;
  /** The configuration file's name in errors; `survey-config.json` by default. */
  configFile?: string;
  /** The review file's name in errors; `review.csv` by default. */
  reviewFile?: string;
}

/** What {@link importSurvey} returns. */
export interface SurveyImport {
  /** The existing dataset (if any) with the survey's actors and ties added. */
  dataset: Dataset;
  /** The review file, as CSV text. */
  review: string;
  /** The review file's rows, as data. */
  reviewRows: ReviewRow[];
  summary: SurveySummary;
}

function resolveConfigRoles(
  config: SurveyConfig,
  profile: Profile,
  roles: RoleResolver,
  configFile: string,
  issues: IssueList,
): { unknownRole: string; namedRoles: Map<string, { name: string; role: string }> } {
  const resolve = (name: string, column: string): string => {
    const role = roles.resolve(name);
    if (role !== undefined) return role;
    const suggestion = roles.suggest(name);
    issues.add({
      code: 'role-unknown',
      file: configFile,
      column,
      value: name,
      message: `unknown role '${name}' for profile '${profile.id}'`,
      hint:
        suggestion !== undefined
          ? `did you mean '${suggestion}'?`
          : `the roles are ${profile.roles.map((r) => r.id).join(', ')}`,
    });
    return '';
  };
  const unknownRole = resolve(config.unknownRole, 'unknownRole');
  const namedRoles = new Map<string, { name: string; role: string }>();
  for (const [name, role] of Object.entries(config.namedRoles)) {
    const resolved = resolve(role, `namedRoles.${name}`);
    const key = nameKey(name);
    if (key !== '') namedRoles.set(key, { name, role: resolved });
  }
  return { unknownRole, namedRoles };
}

function tieKey(source: string, target: string, kind: string, directed: boolean): string {
  const [a, b] = directed || source < target ? [source, target] : [target, source];
  return `${directed ? 'd' : 'u'}\u0000${kind}\u0000${a}\u0000${b}`;
}

/**
 * Turns a survey export into actors and ties, matching the names written
 * to each other and to the existing dataset's actors. Throws a
 * `MusterInputError` (with file, row and column) when the survey, the
 * mapping or the review file is bad.
 */
export function importSurvey(
  surveyText: string,
  config: SurveyConfig,
  options: ImportSurveyOptions = {},
): SurveyImport {
  const file = options.file ?? 'survey.csv';
  const configFile = options.configFile ?? 'survey-config.json';
  const reviewFile = options.reviewFile ?? 'review.csv';
  const existing = options.existing;
  const profile = options.profile ?? existing?.profile ?? defaultProfile();
  const roles = createRoleResolver(profile);
  const issues = new IssueList();

  const configRoles = resolveConfigRoles(config, profile, roles, configFile, issues);
  // One Unicode form for every name and value, as the dataset readers give (NFC).
  const csv = parseCsv(surveyText.normalize('NFC'), file, issues);
  if (csv !== undefined) refuseControlCharacters(csv, issues);
  const columns = csv === undefined ? undefined : resolveColumns(csv, config, issues);
  issues.throwIfAny();
  const { answers, skipped } = readAnswers(csv!, columns!, config, profile, roles, issues);
  issues.throwIfAny();

  const names = collectNames(answers);
  const decisions =
    options.review === undefined
      ? new Map<string, ReadDecision>()
      : readReviewDecisions(options.review, reviewFile, issues);
  issues.throwIfAny();

  const existingActors = existing?.actors ?? [];
  const statedRoles = new Map<string, string>();
  for (const answer of answers) if (answer.role !== undefined) statedRoles.set(answer.name, answer.role);
  const matched = matchPeople(
    names,
    existingActors.map((a) => ({ id: a.id, name: a.name, tokens: nameTokens(a.name), role: a.role })),
    new Set(existingActors.map((a) => a.id)),
    { threshold: config.threshold, lowerBound: config.lowerBound, decisions, reviewFile, statedRoles },
    issues,
  );
  issues.throwIfAny();
  const { personOf } = matched;
  const personOfName = (written: string): Person => personOf.get(written)!;

  // Actors for the new people.
  const answersOf = new Map<Person, Answer[]>();
  for (const answer of answers) {
    const person = personOfName(answer.name);
    answersOf.set(person, [...(answersOf.get(person) ?? []), answer]);
  }
  const actors: Actor[] = [];
  let rolesAssumed = 0;
  for (const person of matched.people) {
    if (person.existing) continue;
    const own = answersOf.get(person) ?? [];
    const first = <K extends 'role' | 'organisation' | 'sector' | 'locality'>(field: K): string | undefined =>
      own.map((a) => a[field]).find((v) => v !== undefined);
    let role = first('role');
    let assumed = false;
    if (role === undefined) {
      const named = [...person.keys.keys()].map((key) => configRoles.namedRoles.get(key)).find((r) => r !== undefined);
      if (named !== undefined) role = named.role;
    }
    if (role === undefined) {
      role = configRoles.unknownRole;
      assumed = true;
      rolesAssumed++;
    }
    const attributes: Attributes = {};
    for (const answer of own) {
      for (const [key, value] of Object.entries(answer.attributes)) if (!(key in attributes)) attributes[key] = value;
    }
    attributes.survey = own.length > 0 ? 'respondent' : 'named';
    if (assumed) attributes.role_assumed = 'yes';
    const actor: Actor = {
      id: person.id,
      name: person.name,
      role,
      roles: [],
      locality: first('locality') ?? config.defaultLocality,
      attributes,
    };
    const organisation = first('organisation');
    if (organisation !== undefined) actor.organisation = organisation;
    const sector = first('sector');
    if (sector !== undefined) actor.sector = sector;
    actors.push(actor);
  }
  // A name in namedRoles is used when it matched anyone (someone who answered gives their own role).
  const usedNamedRoles = new Set<string>();
  for (const person of matched.people) {
    if (person.names.length === 0) continue;
    for (const key of person.keys.keys()) {
      const named = configRoles.namedRoles.get(key);
      if (named !== undefined) usedNamedRoles.add(named.name);
    }
  }

  // Ties, in the order of the answers.
  const known = new Set((existing?.ties ?? []).map((t) => tieKey(t.source, t.target, t.kind, t.directed)));
  const added = new Set<string>();
  const ties: Tie[] = [];
  const tiesByKind: Record<string, number> = {};
  let selfNominations = 0;
  let tiesAlreadyKnown = 0;
  for (const answer of answers) {
    const source = personOfName(answer.name).id;
    for (const { written, spec } of answer.named) {
      const target = personOfName(written).id;
      if (target === source) {
        selfNominations++;
        continue;
      }
      const { kind, directed, weight } = config.ties[spec]!;
      const key = tieKey(source, target, kind, directed);
      if (known.has(key)) {
        if (!added.has(key)) tiesAlreadyKnown++;
        added.add(key);
        continue;
      }
      if (added.has(key)) continue;
      added.add(key);
      const tie: Tie = { source, target, kind, weight, directed, attributes: {} };
      if (config.date !== undefined) tie.date = config.date;
      ties.push(tie);
      tiesByKind[kind] = (tiesByKind[kind] ?? 0) + 1;
    }
  }

  const dataset: Dataset = {
    actors: [...existingActors, ...actors],
    ties: [...(existing?.ties ?? []), ...ties],
    ideas: [...(existing?.ideas ?? [])],
    adoptions: [...(existing?.adoptions ?? [])],
    mentions: [...(existing?.mentions ?? [])],
  };
  const ownProfile = options.profile ?? existing?.profile;
  if (ownProfile !== undefined) dataset.profile = ownProfile;

  const respondents = new Set(answers.map((a) => personOfName(a.name)));
  const namedPeople = new Set(answers.flatMap((a) => a.named.map((n) => personOfName(n.written))));
  const review = matched.review;
  const present = new Set(names.map((n) => n.written));
  const summary: SurveySummary = {
    responses: answers.length,
    respondents: respondents.size,
    repeatedResponses: answers.length - respondents.size,
    skippedRows: skipped,
    namesWritten: answers.reduce((n, a) => n + a.named.length, 0),
    namedPeople: namedPeople.size,
    actorsCreated: actors.length,
    existingMatched: matched.people.filter((p) => p.existing && p.names.length > 0).length,
    rolesAssumed,
    merges: review.filter((r) => r.decision === 'merge').length,
    unsure: review.filter((r) => r.decision === '').length,
    separated: review.filter((r) => r.decision === 'separate').length,
    decisionsApplied: matched.decided.size,
    unusedReviewRows: [...decisions.entries()]
      .filter(([name]) => !present.has(name))
      .map(([, d]) => d.row)
      .sort((a, b) => a - b),
    unusedNamedRoles: [...configRoles.namedRoles.values()].map((n) => n.name).filter((n) => !usedNamedRoles.has(n)),
    ties: ties.length,
    tiesByKind,
    tiesAlreadyKnown,
    selfNominations,
  };
  return { dataset, review: writeReview(review), reviewRows: review, summary };
}
