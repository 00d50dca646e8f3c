/**
 * `muster audit DATASET`: the cluster gap audit, rendered as Markdown
 * (default), JSON, CSV or self-contained HTML, to stdout or a file.
 */
import { auditCluster, renderHtml, renderJson, renderReport, type AuditReport } from '@muster/audit';
import { datasetToJson } from '@muster/core';
import { renderMapEmbed } from '@muster/viewer/standalone';
import { viewerBundle } from '../map.js';
import { auditClusterParallel, defaultThreads } from '@muster/audit/node';
import { writeAtomically } from '@muster/core/node';
import { EXIT, UsageError, type Command } from '../command.js';
import { stylesFor } from '../io.js';
import { noticeTo } from '../render.js';
import { MAPPING_HELP, loadDataset, profileOption, warnTo } from '../load.js';
import { PRIVACY_HELP, privacyOptions, privatise } from '../privacy.js';

const FORMATS = ['md', 'json', 'csv', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** Whether the report trips `--fail-on`. */
export function failsOn(report: AuditReport, failOn: string | undefined): boolean {
  if (failOn === 'missing') return report.localities.some((l) => l.missingRoles.length > 0);
  if (failOn === 'findings') return report.localities.some((l) => l.findings.some((f) => f.severity !== 'info'));
  return false;
}

function parseSeed(text: string): number {
  if (!/^\d{1,9}$/.test(text)) throw new UsageError(`--seed must be a whole number from 0 to 999999999, not '${text}'`);
  return Number(text);
}

function parseBetweenness(text: string): 'auto' | 'exact' | { pivots: number } {
  if (text === 'auto' || text === 'exact') return text;
  if (/^[1-9]\d{0,6}$/.test(text)) return { pivots: Number(text) };
  throw new UsageError(`--betweenness must be auto, exact or a number of pivots, not '${text}'`);
}

function parseThreads(text: string | undefined): number {
  if (text === undefined) return defaultThreads();
  if (!/^\d{1,3}$/.test(text) || Number(text) < 1 || Number(text) > 256)
    throw new UsageError(`--threads must be a whole number from 1 to 256, not '${text}'`);
  return Number(text);
}

export const auditCommand: Command = {
  name: 'audit',
  help: `Usage: muster audit DATASET [--profile ID|FILE] [--locality NAME]... [--format md|json|csv|html]
                    [--out FILE] [--seed N] [--betweenness auto|exact|K] [--threads N]
                    [--fail-on missing|findings]

Audits each locality of DATASET against the profile: which roles are missing
or thin, which role groups cannot reach each other, who the brokers are,
where the silos lie, and whom to recruit or introduce. Prints the report to
stdout, or writes it to --out (whole or not at all).

Options:
  -p, --profile ID|FILE   the profile (built-in id or .json file); default: the
                          dataset's own profile.json, else public-service-innovation
${MAPPING_HELP}
  -l, --locality NAME     audit only this locality (repeat for several)
  -f, --format FORMAT     md (default), json (the report contract), csv (one row
                          per actor) or html (one self-contained page)
  -o, --out FILE          write the report to FILE instead of stdout
  --force                 replace FILE if it exists
  --seed N                seed for community detection and sampling (default 1)
  --betweenness MODE      auto (default: exact up to 5,000 actors per locality,
                          1,000 sampled pivots above), exact, or a number of pivots
  --threads N             worker threads for betweenness when there is enough of
                          it (large localities, exact); 1 computes it on the main
                          thread (default: the number of CPUs)
  --without-map           HTML without the interactive map (a smaller page)
  --fail-on WHAT          exit 1 if any locality has missing roles (missing) or
                          any error or warning finding (findings)
${PRIVACY_HELP}
  -h, --help              show this help

Exit codes: 0 done, 1 --fail-on tripped, 2 bad input or usage.`,
  options: {
    ...profileOption,
    ...privacyOptions,
    locality: { type: 'string', short: 'l', multiple: true },
    format: { type: 'string', short: 'f', default: 'md' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    betweenness: { type: 'string', default: 'auto' },
    threads: { type: 'string' },
    'fail-on': { type: 'string' },
    'without-map': { type: 'boolean', default: false },
  },
  positionals: [1, 1],
  async run({ positionals, values, io }) {
    const format = values.format as string;
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
    }
    const failOn = values['fail-on'] as string | undefined;
    if (failOn !== undefined && failOn !== 'missing' && failOn !== 'findings') {
      throw new UsageError(`--fail-on must be missing or findings, not '${failOn}'`);
    }
    const seed = parseSeed(values.seed as string);
    const betweenness = parseBetweenness(values.betweenness as string);
    const threads = parseThreads(values.threads as string | undefined);
    const loaded = loadDataset(
      positionals[0]!,
      values.profile as string | undefined,
      values.mapping as string | undefined,
      warnTo(io, values),
    );
    const profile = loaded.profile;
    const { dataset, columns } = privatise(loaded.dataset, values, io);
    const localities = values.locality as string[] | undefined;
    const options = {
      ...(profile === undefined ? {} : { profile }),
      ...(localities === undefined ? {} : { localities }),
      seed,
      betweenness,
    };
    // Worker threads change how fast betweenness is computed, never its value.
    const report =
      threads === 1 ? auditCluster(dataset, options) : await auditClusterParallel(dataset, { ...options, threads });
    // The report says what pseudonymisation kept and why, so a reader need not trust the command line.
    if (columns !== undefined) report.meta.privacy = columns;
    let text: string;
    if (format === 'html' && values['without-map'] !== true) {
      // The HTML report carries the interactive map, with the audit on it.
      const map = renderMapEmbed({
        datasetJson: datasetToJson(dataset),
        auditJson: renderJson(report),
        bundle: viewerBundle(),
        label: 'Map of the cluster',
        ...(localities?.length === 1 ? { locality: localities[0]! } : {}),
      });
      text = renderHtml(report, { mapHtml: map.html, mapScriptHash: map.scriptHash });
    } else text = renderReport(report, format as Format);
    const out = values.out as string | undefined;
    if (out === undefined) io.stdout.write(text);
    else {
      writeAtomically(out, text, { force: values.force === true, notice: noticeTo(io) });
      const s = stylesFor(io.stderr, io.env);
      io.stderr.write(`${s.green('✓')} wrote ${out}\n`);
    }
    return failsOn(report, failOn) ? EXIT.failed : EXIT.ok;
  },
};
