/**
 * `muster init DIR`: a dataset folder to fill in — each CSV file with its
 * header and a commented example row, and the profile as profile.json so
 * that its roles can be read and changed.
 */
import { getBuiltinProfile, type Profile } from '@muster/core';
import { loadProfile, writeAtomically } from '@muster/core/node';
import { datasetForm } from '@muster/formats/node';
import { EXIT, UsageError, type Command } from '../command.js';
import { stylesFor } from '../io.js';
import { noticeTo } from '../render.js';

/** The template files for a profile. Lines starting with `#` are comments the reader skips. */
export function templateFiles(profile: Profile): Record<string, string> {
  const roles = profile.roles.map((r) => r.id);
  const example = (role: string): string => (roles.includes(role) ? role : roles[0]!);
  return {
    'actors.csv': [
      'id,name,role,locality,organisation,sector',
      '# One row per person or organisation. Rows starting with # are ignored.',
      `# role: one of ${roles.join(', ')} (aliases and labels work too).`,
      '# roles: optional extra roles, separated by ;. Add any other columns you like (gender, title…).',
      `# example: a1,Alex Example,${example('service-designer')},Riverside,Riverside Design Studio,private`,
      '',
    ].join('\n'),
    'ties.csv': [
      'source,target,kind,weight,directed,date',
      '# One row per relationship between two actors (their ids).',
      '# kind: collaboration (default), information, advice, funding, governance, or your own.',
      '# weight: a number above 0 (default 1). directed: true or false (default false). date: 2024-03-01.',
      '# example: a1,a2,advice,2,false,2024-03-01',
      '',
    ].join('\n'),
    'ideas.csv': [
      'id,title,origin,date',
      '# Optional: ideas whose spread you want to trace. origin: the actor it came from.',
      '# example: pb,Participatory budgeting,a1,2023-05-01',
      '',
    ].join('\n'),
    'adoptions.csv': [
      'idea,actor,date,source',
      '# Optional: who took up which idea when; source: the actor they heard it from, if known.',
      '# date: 2024-03-01, or a whole-number step such as 12.',
      '# example: pb,a2,2023-06-15,a1',
      '',
    ].join('\n'),
    'mentions.csv': [
      'idea,date,count',
      '# Optional: how often an idea was mentioned per period (press, minutes, newsletters).',
      '# example: pb,2023-06,4',
      '',
    ].join('\n'),
    'profile.json': JSON.stringify(profile, null, 2) + '\n',
  };
}

export const initCommand: Command = {
  name: 'init',
  help: `Usage: muster init DIR [--profile ID|FILE] [--force]

Writes DIR with actors.csv, ties.csv, ideas.csv, adoptions.csv and
mentions.csv — each with its header row and a commented example — and the
profile as profile.json, ready to fill in. \`muster validate DIR\` checks it.

Options:
  -p, --profile ID|FILE  the profile to start from (default
                         public-service-innovation)
  --force                replace DIR if it exists and is not empty
  -h, --help             show this help`,
  options: { profile: { type: 'string', short: 'p' }, force: { type: 'boolean', default: false } },
  positionals: [1, 1],
  run({ positionals, values, io }) {
    const dir = positionals[0]!;
    if (datasetForm(dir) !== 'folder')
      throw new UsageError(`${dir} is not a folder name: init writes a folder of CSV files`);
    const profileArg = values.profile as string | undefined;
    const profile =
      profileArg === undefined ? getBuiltinProfile('public-service-innovation')! : loadProfile(profileArg);
    writeAtomically(dir, templateFiles(profile), { force: values.force === true, notice: noticeTo(io) });
    const s = stylesFor(io.stderr, io.env);
    io.stderr.write(`${s.green('✓')} wrote ${dir}: fill in actors.csv and ties.csv, then run muster validate ${dir}\n`);
    return EXIT.ok;
  },
};
