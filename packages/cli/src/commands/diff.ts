/**
 * `muster diff OLD NEW`: two waves of the same cluster compared — who joined
 * and left, ties gained and lost between roles, roles gained and lost per
 * locality, and the change in each locality's audit: score, findings,
 * brokers, silos, role pairs cut off or joined.
 */
import { MusterInputError, defaultProfile, type Dataset } from '@muster/core';
import { renderWaveDiff } from '@muster/audit';
import { EXIT, UsageError, type Command } from '../command.js';
import { MAPPING_HELP, profileOption, readerAsAsked } from '../load.js';
import { PRIVACY_HELP, privacyOf, privacyOptions } from '../privacy.js';

/**
 * Two waves read against different profiles have roles that mean different
 * things: comparing them (or auditing one against the other's rules) would
 * be wrong, so it is a located error, not a comparison by role labels.
 */
function sameProfile(oldPath: string, old: Dataset, newPath: string, now: Dataset): void {
  const a = old.profile ?? defaultProfile();
  const b = now.profile ?? defaultProfile();
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  throw new MusterInputError([
    {
      code: 'profile-invalid',
      file: newPath,
      message:
        a.id === b.id
          ? `this wave carries another version of the profile '${a.id}' than ${oldPath}; their roles and rules differ`
          : `this wave is read against the profile '${b.id}', and ${oldPath} against '${a.id}'; roles of different profiles cannot be compared`,
      hint: 'pass --profile ID|FILE to read both waves against one profile',
    },
  ]);
}

export const diffCommand: Command = {
  name: 'diff',
  help: `Usage: muster diff OLD NEW [--profile ID|FILE] [--format md|json] [--seed N] [--pseudonymise]

Compares two datasets of the same cluster at two dates (actors matched by
id): who joined and who left, ties gained and lost between roles, roles
gained and lost per locality, and the change in each locality's audit —
score, findings appeared and resolved, brokers and weavers gained and
lost, silos, the network's stage then and now, and role pairs newly cut
off from each other or newly joined. Both waves must
be read against the same profile: their own (the same in both), or --profile.

Options:
  -p, --profile ID|FILE   the profile both waves are read and audited against
${MAPPING_HELP}
  -f, --format md|json    Markdown (default) or JSON
  --seed N                seed of both audits (default 1)
${PRIVACY_HELP}
  -h, --help              show this help`,
  options: {
    ...profileOption,
    ...privacyOptions,
    format: { type: 'string', short: 'f', default: 'md' },
    seed: { type: 'string', default: '1' },
  },
  positionals: [2, 2],
  run({ positionals, values, io }) {
    const format = values.format as string;
    if (format !== 'md' && format !== 'json') throw new UsageError(`--format must be md or json, not '${format}'`);
    if (!/^\d{1,9}$/.test(values.seed as string))
      throw new UsageError(`--seed must be a whole number, not '${String(values.seed)}'`);
    const seed = Number(values.seed);
    const profileArg = values.profile as string | undefined;
    // The profile and the mapping are read once, for both waves.
    const read = readerAsAsked(values, io);
    const before = read(positionals[0]!);
    const after = read(positionals[1]!);
    if (profileArg === undefined) sameProfile(positionals[0]!, before.dataset, positionals[1]!, after.dataset);
    // The same key gives the same pseudonyms in both waves, so they still match.
    const privatise = privacyOf(values, io);
    const old = privatise(before.dataset).dataset;
    const now = privatise(after.dataset).dataset;
    const profile = before.profile ?? after.dataset.profile ?? old.profile;
    io.stdout.write(renderWaveDiff(old, now, { profile, seed }, format));
    return EXIT.ok;
  },
};
