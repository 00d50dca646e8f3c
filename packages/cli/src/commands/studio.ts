/**
 * `muster studio [DATASET]`: Muster Studio, the audit and the map in one
 * offline browser page, written as a folder (`index.html`) or served on
 * 127.0.0.1; with DATASET, the page opens with that dataset in it.
 */
import { datasetToJson } from '@muster/core';
import { writeAtomically } from '@muster/node';
import { EXIT, UsageError, type Command } from '../command.js';
import { stylesFor } from '../io.js';
import { noticeTo } from '../render.js';
import { MAPPING_HELP, loadDatasetAsAsked, profileOption } from '../load.js';
import { PRIVACY_HELP, applyPrivacy, privacyOptions } from '../privacy.js';
import { parsePort, serve, serveOptions } from '../serve.js';
import { studioPage, withDataset } from '../studio-page.js';

export const studioCommand: Command = {
  name: 'studio',
  help: `Usage: muster studio [DATASET] (--out DIR [--force] | --serve [--port N])
                     [--profile ID|FILE] [--pseudonymise]

Writes Muster Studio — the audit, the map and the downloads in one browser
page — as the folder DIR (open DIR/index.html in a browser: it works from
disk, offline, and sends nothing anywhere), or serves it at
http://127.0.0.1:PORT/ until you stop the command (Ctrl-C). Bring the data
into the page with its file picker, or give DATASET to embed it in the page.

Options:
  -o, --out DIR           write the studio to the folder DIR (--force to replace it)
  --serve                 serve the studio on 127.0.0.1 instead of writing it
  --port N                the port for --serve (default 8080; 0 picks a free one)
  -p, --profile ID|FILE   the profile DATASET's roles are read against
${MAPPING_HELP}
${PRIVACY_HELP}
  -h, --help              show this help`,
  options: {
    ...profileOption,
    ...privacyOptions,
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean', default: false },
    ...serveOptions,
  },
  positionals: [0, 1],
  async run({ positionals, values, io }) {
    const port = parsePort(values);
    const out = values.out as string | undefined;
    if (values.serve !== true && out === undefined)
      throw new UsageError('give --out DIR to write the studio, or --serve');
    const path = positionals[0];
    if (path === undefined && (values.profile !== undefined || values.mapping !== undefined || values.pseudonymise))
      throw new UsageError('--profile, --mapping and --pseudonymise go with a DATASET');
    let page = studioPage();
    if (path !== undefined) {
      const loaded = loadDatasetAsAsked(path, values, io);
      // Pseudonymised here, the page never holds the names.
      const dataset = applyPrivacy(loaded.dataset, values, io);
      if (loaded.profile !== undefined) dataset.profile = loaded.profile;
      page = withDataset(page, datasetToJson(dataset));
    }
    if (values.serve === true) {
      await serve(page, port, 'the studio', io);
      return EXIT.ok;
    }
    writeAtomically(out!, { 'index.html': page }, { force: values.force === true, notice: noticeTo(io) });
    io.stderr.write(`${stylesFor(io.stderr, io.env).green('✓')} wrote ${out}: open ${out}/index.html in a browser\n`);
    return EXIT.ok;
  },
};
