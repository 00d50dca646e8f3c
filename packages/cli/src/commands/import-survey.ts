/**
 * `muster import-survey SURVEY.csv --config MAP.json --out DATASET`: a
 * name-generator survey export becomes actors and ties; every merge of two
 * spellings and every unsure match goes to a review file the user edits and
 * feeds back with --review. Nothing is merged silently.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { MusterInputError, shownMessage } from '@muster/core';
import { loadProfile, writeAtomically } from '@muster/core/node';
import { writeDataset } from '@muster/formats/node';
import { formatSurveySummary, importSurvey, parseSurveyConfig } from '@muster/survey';
import { EXIT, UsageError, type Command } from '../command.js';
import { stylesFor } from '../io.js';
import { noticeTo } from '../render.js';
import { loadDataset, readInputText, warnTo } from '../load.js';

export const importSurveyCommand: Command = {
  name: 'import-survey',
  help: `Usage: muster import-survey SURVEY.csv --config MAP.json --out DATASET
                            [--existing DATASET] [--review REVIEW.csv] [--review-out FILE]
                            [--profile ID|FILE] [--force]

Reads a name-generator survey export (one row per respondent, columns naming
the people they work with, share ideas with, ask advice of) and writes a
dataset: an actor for each respondent and each person named, a tie for each
name given. Names are matched (case, accents, titles, initials, typos);
every merge and every unsure match is listed in a review file
(OUT-review.csv beside OUT) to confirm. Edit its decision column (merge,
separate, or empty) and run again with --review. See docs/import.md.

Options:
  -c, --config MAP.json    which columns hold what (required)
  -o, --out DATASET        the dataset to write: a folder, .json or .xlsx (required)
  --existing DATASET       add the survey to this dataset; match names to its actors
  --review REVIEW.csv      apply the decisions of an edited review file
  --review-out FILE        where to write the new review file (default OUT-review.csv)
  -p, --profile ID|FILE    resolve roles against this profile
  --force                  replace OUT and the review file if they exist
  -h, --help               show this help`,
  options: {
    config: { type: 'string', short: 'c' },
    out: { type: 'string', short: 'o' },
    existing: { type: 'string' },
    review: { type: 'string' },
    'review-out': { type: 'string' },
    profile: { type: 'string', short: 'p' },
    force: { type: 'boolean', default: false },
  },
  positionals: [1, 1],
  run({ positionals, values, io }) {
    const surveyPath = positionals[0]!;
    const configPath = values.config as string | undefined;
    const out = values.out as string | undefined;
    if (configPath === undefined)
      throw new UsageError('--config is required: the mapping of survey columns (docs/import.md)');
    if (out === undefined) throw new UsageError('--out is required: where to write the dataset');
    const force = values.force === true;
    const reviewPath = values.review as string | undefined;
    const reviewOut =
      (values['review-out'] as string | undefined) ?? join(dirname(out), `${basename(out, extname(out))}-review.csv`);
    const profileArg = values.profile as string | undefined;
    const profile = profileArg === undefined ? undefined : loadProfile(profileArg);
    const existingPath = values.existing as string | undefined;
    const existing =
      existingPath === undefined
        ? undefined
        : loadDataset(existingPath, profileArg, undefined, warnTo(io, values)).dataset;
    const config = parseSurveyConfig(readInputText(configPath), configPath);
    // Everything is read and checked before anything is written.
    const result = importSurvey(readInputText(surveyPath), config, {
      file: surveyPath,
      configFile: configPath,
      ...(profile === undefined ? {} : { profile }),
      ...(existing === undefined ? {} : { existing }),
      ...(reviewPath === undefined ? {} : { review: readInputText(reviewPath), reviewFile: reviewPath }),
    });
    if (!force && existsSync(reviewOut) && reviewOut !== reviewPath) {
      throw new MusterInputError([
        {
          code: 'output-exists',
          file: reviewOut,
          message: 'there is already something at this path',
          hint: 'choose another path, or pass --force to replace it',
        },
      ]);
    }
    writeDataset(result.dataset, out, { force, notice: noticeTo(io) });
    writeAtomically(reviewOut, result.review, { force: true, notice: noticeTo(io) });
    const s = stylesFor(io.stderr, io.env);
    io.stderr.write(
      `${s.green('✓')} wrote ${out} and ${reviewOut}\n${formatSurveySummary(result.summary)
        .map((l) => `  ${shownMessage(l, 200)}`)
        .join('\n')}\n`,
    );
    return EXIT.ok;
  },
};
