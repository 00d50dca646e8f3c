/**
 * `muster validate DATASET`: reads a dataset and says whether it is valid;
 * lists every problem (file, row, column, hint) and exits 2 if not.
 */
import { defaultProfile, isMusterInputError, type Dataset, type MusterInputError } from '@muster/core';
import { jsonText, shownValue } from '@muster/escape';
import { EXIT, UsageError, type Command } from '../command.js';
import { stylesFor } from '../io.js';
import { plural, renderIssues } from '../render.js';
import { MAPPING_HELP, loadDataset, profileOption } from '../load.js';

/** Counts per locality, in order of first appearance. */
function summarise(dataset: Dataset): { locality: string; actors: number }[] {
  const counts = new Map<string, number>();
  for (const actor of dataset.actors) counts.set(actor.locality, (counts.get(actor.locality) ?? 0) + 1);
  return [...counts].map(([locality, actors]) => ({ locality, actors }));
}

export const validateCommand: Command = {
  name: 'validate',
  help: `Usage: muster validate DATASET [--profile ID|FILE] [--mapping FILE] [--strict] [--format text|json]

Reads DATASET — a folder of CSV files, a .json file, an .xlsx workbook, a
.gexf or .graphml graph file, or a Kumu export (.json or .xlsx, see
--mapping) — and checks every row against the data contract and the
profile's roles. Prints a summary and
exits 0 when it is valid; lists every problem with its file, row, column and
a hint, and exits 2, when it is not. Warnings (ids or locality names that
differ only in case, by invisible characters or by look-alike letters) are
listed with both rows and do not fail it, unless --strict.

Options:
  -p, --profile ID|FILE  resolve roles against this profile (a built-in id or
                         a profile .json file); default: the dataset's own
                         profile.json, else public-service-innovation
${MAPPING_HELP}
  --strict               exit 2 when there are warnings too
  --format text|json     text for people (default) or JSON for scripts
  -h, --help             show this help`,
  options: { ...profileOption, strict: { type: 'boolean' }, format: { type: 'string', default: 'text' } },
  positionals: [1, 1],
  run({ positionals, values, io }) {
    const format = values.format;
    if (format !== 'text' && format !== 'json')
      throw new UsageError(`--format must be text or json, not '${String(format)}'`);
    const path = positionals[0]!;
    let loaded: ReturnType<typeof loadDataset>;
    try {
      loaded = loadDataset(path, values.profile as string | undefined, values.mapping as string | undefined);
    } catch (error) {
      if (format !== 'json' || !isMusterInputError(error)) throw error;
      // Scripts get the problems as data on stdout; the exit code still says the input is bad.
      const { issues, omitted } = error as MusterInputError;
      io.stdout.write(jsonText({ valid: false, dataset: path, issues, omitted }));
      return EXIT.badInput;
    }
    const { dataset, profile, warnings } = loaded;
    const valid = warnings.length === 0 || values.strict !== true;
    const used = profile ?? dataset.profile ?? defaultProfile();
    const localities = summarise(dataset);
    if (format === 'json') {
      const report = {
        valid,
        dataset: path,
        profile: used.id,
        actors: dataset.actors.length,
        ties: dataset.ties.length,
        ideas: dataset.ideas.length,
        adoptions: dataset.adoptions.length,
        mentions: dataset.mentions.length,
        localities,
        warnings,
      };
      io.stdout.write(jsonText(report));
      return valid ? EXIT.ok : EXIT.badInput;
    }
    const s = stylesFor(io.stdout, io.env);
    const lines = [
      valid
        ? `${s.green('✓')} ${s.bold(path)} is valid (profile ${shownValue(used.id, 200)})`
        : `${s.red('✗')} ${s.bold(path)} has warnings, which --strict does not allow (profile ${shownValue(used.id, 200)})`,
      `  ${[
        plural(dataset.actors.length, 'actor'),
        plural(dataset.ties.length, 'tie'),
        plural(dataset.ideas.length, 'idea'),
        plural(dataset.adoptions.length, 'adoption'),
        plural(dataset.mentions.length, 'mention'),
      ].join(', ')}`,
      ...localities.map((l) => `  ${shownValue(l.locality, 200)}: ${plural(l.actors, 'actor')}`),
    ];
    io.stdout.write(lines.join('\n') + '\n');
    if (warnings.length > 0) io.stdout.write('\n' + renderIssues(warnings, 0, s));
    return valid ? EXIT.ok : EXIT.badInput;
  },
};
