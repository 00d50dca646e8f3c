/**
 * `muster validate DATASET`: reads a dataset and says whether it is valid;
 * lists every problem (file, row, column, hint) and exits 2 if not.
 */
import { defaultProfile, type Dataset } from '@muster/core';
import { EXIT, UsageError, type Command } from '../command.js';
import { stylesFor } from '../io.js';
import { loadDataset, profileOption } from '../load.js';

/** Counts per locality, in order of first appearance. */
function summarise(dataset: Dataset): { locality: string; actors: number }[] {
  const counts = new Map<string, number>();
  for (const actor of dataset.actors) counts.set(actor.locality, (counts.get(actor.locality) ?? 0) + 1);
  return [...counts].map(([locality, actors]) => ({ locality, actors }));
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a dataset against the data contract and list every problem',
  help: `Usage: muster validate DATASET [--profile ID|FILE] [--format text|json]

Reads DATASET (a folder of CSV files, or a .json file) and checks every
row against the data contract and the profile's roles. Prints a summary and
exits 0 when it is valid; lists every problem with its file, row, column and
a hint, and exits 2, when it is not.

Options:
  -p, --profile ID|FILE  resolve roles against this profile (a built-in id or
                         a profile .json file); default: the dataset's own
                         profile.json, else public-service-innovation
  --format text|json     text for people (default) or JSON for scripts
  -h, --help             show this help`,
  options: { ...profileOption, format: { type: 'string', default: 'text' } },
  positionals: [1, 1],
  run({ positionals, values, io }) {
    const format = values.format;
    if (format !== 'text' && format !== 'json')
      throw new UsageError(`--format must be text or json, not '${String(format)}'`);
    const path = positionals[0]!;
    const { dataset, profile } = loadDataset(path, values.profile as string | undefined);
    const used = profile ?? dataset.profile ?? defaultProfile();
    const localities = summarise(dataset);
    if (format === 'json') {
      const report = {
        valid: true,
        dataset: path,
        profile: used.id,
        actors: dataset.actors.length,
        ties: dataset.ties.length,
        ideas: dataset.ideas.length,
        adoptions: dataset.adoptions.length,
        mentions: dataset.mentions.length,
        localities,
      };
      io.stdout.write(JSON.stringify(report, null, 2) + '\n');
      return EXIT.ok;
    }
    const s = stylesFor(io.stdout, io.env);
    const lines = [
      `${s.green('✓')} ${s.bold(path)} is valid (profile ${used.id})`,
      `  ${dataset.actors.length} actors, ${dataset.ties.length} ties, ${dataset.ideas.length} ideas, ${dataset.adoptions.length} adoptions, ${dataset.mentions.length} mentions`,
      ...localities.map((l) => `  ${l.locality}: ${l.actors} actors`),
    ];
    io.stdout.write(lines.join('\n') + '\n');
    return EXIT.ok;
  },
};
