/**
 * `muster view DATASET`: the interactive map as one standalone HTML page —
 * the viewer and the data inlined, opening from disk with no network — or
 * served from 127.0.0.1 with --serve.
 */
import { datasetToJson, didYouMean } from '@muster/core';
import { auditCluster, renderJson } from '@muster/audit';
import { renderFlowJson, traceIdea } from '@muster/flow';
import { computePositions, positionsToJson, renderStandaloneHtml } from '@muster/viewer/standalone';
import { EXIT, UsageError, type Command } from '../command.js';
import { writeOutput } from '../output.js';
import { viewerBundle } from '../map.js';
import { parsePort, serve, serveOptions } from '../serve.js';
import { MAPPING_HELP, loadDatasetAsAsked, profileOption } from '../load.js';
import { PRIVACY_HELP, applyPrivacy, privacyOptions } from '../privacy.js';

export const viewCommand: Command = {
  name: 'view',
  help: `Usage: muster view DATASET [--audit] [--idea ID] [--locality NAME] [--out map.html] [--force]
                   [--serve [--port N]] [--title TEXT] [--profile ID|FILE] [--pseudonymise]

Writes the interactive map of DATASET as one HTML page with the viewer and
the data inside it: it opens from disk, offline, and loads nothing from the
network. The layout (ForceAtlas2, seeded) is computed here and stored in
the page, so the browser only draws. With --audit the audit is shown on the map (brokers ringed, silos
tinted, failing role links); with --idea the idea's observed flow can be
played. Without --out the page goes to stdout; with --serve it is served at
http://127.0.0.1:PORT/ until you stop the command (Ctrl-C).

Options:
  -p, --profile ID|FILE   the profile (roles, colours in the legend)
${MAPPING_HELP}
  --audit                 run the audit and show it on the map
  -i, --idea ID           trace this idea and make its flow playable
  -l, --locality NAME     open on this locality
  -o, --out FILE          write the page to FILE (--force to replace)
  --serve                 serve the page on 127.0.0.1 instead of writing it
  --port N                the port for --serve (default 8080; 0 picks a free one)
  --seed N                seed of the audit and layout (default 1)
  --title TEXT            the page's title (default: the dataset's name, from its
                          file or folder name: firth-valley → "Firth Valley")
${PRIVACY_HELP}
  -h, --help              show this help`,
  options: {
    ...profileOption,
    ...privacyOptions,
    audit: { type: 'boolean', default: false },
    idea: { type: 'string', short: 'i' },
    locality: { type: 'string', short: 'l' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean', default: false },
    ...serveOptions,
    seed: { type: 'string', default: '1' },
    title: { type: 'string' },
  },
  positionals: [1, 1],
  async run({ positionals, values, io }) {
    if (!/^\d{1,9}$/.test(values.seed as string))
      throw new UsageError(`--seed must be a whole number, not '${String(values.seed)}'`);
    const port = parsePort(values);
    const path = positionals[0]!;
    const loaded = loadDatasetAsAsked(path, values, io);
    const profile = loaded.profile;
    // Pseudonymise first: the page, its audit and its flow then hold no names.
    const dataset = applyPrivacy(loaded.dataset, values, io);
    if (profile !== undefined) dataset.profile = profile;
    const locality = values.locality as string | undefined;
    const localities = [...new Set(dataset.actors.map((a) => a.locality))];
    if (locality !== undefined && !localities.includes(locality)) {
      throw new UsageError(
        `no actor is in the locality '${locality}'; ${didYouMean(locality, localities) ?? `the localities are ${localities.join(', ')}`}`,
      );
    }
    const idea = values.idea as string | undefined;
    if (idea !== undefined && !dataset.ideas.some((i) => i.id === idea)) {
      const ids = dataset.ideas.map((i) => i.id);
      throw new UsageError(
        `there is no idea '${idea}'; ${didYouMean(idea, ids) ?? `the ideas are ${ids.join(', ') || 'none'}`}`,
      );
    }
    const seed = Number(values.seed);
    const html = renderStandaloneHtml({
      datasetJson: datasetToJson(dataset),
      // Laid out here, seeded: the page only draws (no layout in the reader's browser).
      positionsJson: positionsToJson(computePositions(dataset, { seed })),
      ...(values.audit === true
        ? { auditJson: renderJson(auditCluster(dataset, { seed, ...(profile === undefined ? {} : { profile }) })) }
        : {}),
      ...(idea === undefined
        ? {}
        : { flowJson: renderFlowJson(traceIdea(dataset, idea, profile === undefined ? {} : { profile })) }),
      bundle: viewerBundle(),
      // Never a path; and no name at all when pseudonymised (a folder name can name someone).
      title:
        (values.title as string | undefined) ??
        (values.pseudonymise === true ? 'Cluster map' : `${datasetName(path)}: cluster map`),
      ...(locality === undefined ? {} : { locality }),
    });
    if (values.serve === true) {
      await serve(html, port, 'the map', io);
      return EXIT.ok;
    }
    writeOutput(html, values, io, ': open it in a browser');
    return EXIT.ok;
  },
};

/**
 * A dataset's name for titles: its file or folder name without extension,
 * words capitalised (`data/firth-valley/` → "Firth Valley"); never a path.
 */
export function datasetName(path: string): string {
  // Either separator, whatever the platform the path came from.
  const base = (
    path
      .split(/[\\/]+/)
      .filter((p) => p !== '')
      .at(-1) ?? ''
  ).replace(/\.(json|xlsx|gexf|graphml|csv)$/i, '');
  const words = base.split(/[-_\s]+/).filter((w) => w !== '');
  return words.length === 0 ? 'Cluster' : words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
}
