/**
 * `muster convert IN OUT`: a dataset from one form to another (a folder of
 * CSV files ⇄ one JSON file). Nothing is written unless IN is valid, and
 * OUT appears whole or not at all.
 */
import { shownMessage } from '@muster/escape';
import { lossOf } from '@muster/formats';
import { datasetForm, writeDataset } from '@muster/formats/node';
import { EXIT, type Command } from '../command.js';
import { stylesFor } from '../io.js';
import { noticeTo, plural } from '../render.js';
import { MAPPING_HELP, loadDatasetAsAsked, profileOption } from '../load.js';
import { PRIVACY_HELP, applyPrivacy, privacyOptions } from '../privacy.js';

export const convertCommand: Command = {
  name: 'convert',
  help: `Usage: muster convert IN OUT [--force] [--profile ID|FILE] [--pseudonymise] [--redact-columns A,B]

Reads the dataset IN and writes it to OUT. The form follows the path: a name
ending in .json is the one-file JSON form, .xlsx a workbook with a sheet per
table, .gexf or .graphml a graph file for Gephi and other tools (actors and
ties only: what they cannot hold is listed), anything else a folder of CSV
files. IN may also be a Kumu export (.json or .xlsx; see --mapping). With --profile, OUT carries that profile as its own. IN is checked first; if it has problems they are listed, nothing is
written, and the exit code is 2.

Options:
  --force                replace OUT if it exists
  -p, --profile ID|FILE  resolve roles against this profile
${MAPPING_HELP}
${PRIVACY_HELP}
  -h, --help             show this help`,
  options: { ...profileOption, ...privacyOptions, force: { type: 'boolean', default: false } },
  positionals: [2, 2],
  run({ positionals, values, io }) {
    const [input, output] = positionals as [string, string];
    const loaded = loadDatasetAsAsked(input, values, io);
    const profile = loaded.profile;
    const dataset = applyPrivacy(loaded.dataset, values, io);
    // Roles were resolved against --profile: the output carries that profile, so it reads back the same.
    if (profile !== undefined) dataset.profile = profile;
    const form = datasetForm(output);
    const s = stylesFor(io.stderr, io.env);
    // GEXF and GraphML hold actors and ties only: say what stays behind.
    if (form === 'gexf' || form === 'graphml') {
      for (const loss of lossOf(dataset, form))
        io.stderr.write(`${s.yellow('!')} ${shownMessage(loss.message, 200)}\n`);
    }
    writeDataset(dataset, output, { force: values.force === true, notice: noticeTo(io) });
    io.stderr.write(
      `${s.green('✓')} wrote ${output} (${plural(dataset.actors.length, 'actor')}, ${plural(dataset.ties.length, 'tie')})\n`,
    );
    return EXIT.ok;
  },
};
