/**
 * `muster audit DATASET`: the cluster gap audit, rendered as Markdown
 * (default), JSON, CSV or self-contained HTML, to stdout or a file.
 */
import { auditCluster, renderHtml, renderJson, renderReport, type AuditReport } from '@muster/audit';
import { datasetToJson } from '@muster/core';
import { renderMapEmbed } from '@muster/viewer/standalone';
import { viewerBundle } from '../map.js';
import { auditClusterParallel, defaultThreads } from '@muster/audit/node';
import { EXIT, UsageError, type Command } from '../command.js';
import { writeOutput } from '../output.js';
import { MAPPING_HELP, loadDatasetAsAsked, profileOption } from '../load.js';
import { PRIVACY_HELP, privacyOptions, privatise } from '../privacy.js';

const FORMATS = ['md', 'json', 'csv', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** What `--fail-on` checks: missing roles or findings, and the stability they must have to count. */
export interface FailOn {
  what: 'missing' | 'findings';
  /** Count only what holds in at least this share of the stability resamples. */
  minStability?: number;
}

/** Parses `--fail-on missing|findings[@SHARE]`; `@SHARE` (0 < SHARE ≤ 1) needs `--stability`. */
export function parseFailOn(text: string | undefined, stability: boolean): FailOn | undefined {
  if (text === undefined) return undefined;
  const match = /^(missing|findings)(?:@(0?\.\d+|1(?:\.0*)?|0))?$/.exec(text);
  if (match === null)
    throw new UsageError(
      `--fail-on must be missing or findings, optionally with @SHARE (e.g. findings@0.8), not '${text}'`,
    );
  if (match[2] === undefined) return { what: match[1] as FailOn['what'] };
  const minStability = Number(match[2]);
  if (!(minStability > 0)) throw new UsageError(`--fail-on's share must be above 0 and at most 1, not '${match[2]}'`);
  if (!stability) throw new UsageError(`--fail-on ${text} needs --stability N, to measure how stable each finding is`);
  return { what: match[1] as FailOn['what'], minStability };
}

/** Whether the report trips `--fail-on`. */
export function failsOn(report: AuditReport, failOn: FailOn | undefined): boolean {
  if (failOn === undefined) return false;
  const stable = (x: { stability?: number }): boolean =>
    failOn.minStability === undefined || (x.stability ?? 1) >= failOn.minStability;
  if (failOn.what === 'missing')
    return report.localities.some((l) => l.roles.some((r) => l.missingRoles.includes(r.role) && stable(r)));
  return report.localities.some((l) => l.findings.some((f) => f.severity !== 'info' && stable(f)));
}

/** Parses `--stability N`: a whole number of resamples from 1 to 100,000. */
function parseStability(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[1-9]\d{0,5}$/.test(text) || Number(text) > 100_000)
    throw new UsageError(`--stability must be a whole number of resamples from 1 to 100000, not '${text}'`);
  return Number(text);
}

/** Parses `--missing SHARE`: a share from 0 up to (not including) 1; it needs `--stability`. */
function parseMissing(text: string | undefined, stability: number | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^(0|0?\.\d+|0\.)$/.test(text.trim()))
    throw new UsageError(`--missing must be a share from 0 up to but not including 1 (e.g. 0.2), not '${text}'`);
  if (stability === undefined) throw new UsageError('--missing needs --stability N, the number of resamples');
  return Number(text);
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
                    [--stability N [--missing SHARE]] [--fail-on missing|findings[@SHARE]]

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
  --threads N             worker threads for betweenness and stability resamples when
                          there is enough of them (large localities, exact; long
                          --stability runs); 1 computes everything on the main
                          thread (default: the number of CPUs)
  --without-map           HTML without the interactive map (a smaller page)
  --stability N           re-audit N seeded resamples with people missing and give
                          each finding the share of them in which it still holds
  --missing SHARE         the chance each actor is left out of a resample (default
                          0.2); with a responded column, each tie of a non-respondent
  --fail-on WHAT          exit 1 if any locality has missing roles (missing) or
                          any error or warning finding (findings); WHAT@SHARE counts
                          only those that hold in at least SHARE of the resamples
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
    stability: { type: 'string' },
    missing: { type: 'string' },
    'without-map': { type: 'boolean', default: false },
  },
  positionals: [1, 1],
  async run({ positionals, values, io }) {
    const format = values.format as string;
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
    }
    const resamples = parseStability(values.stability as string | undefined);
    const missing = parseMissing(values.missing as string | undefined, resamples);
    const failOn = parseFailOn(values['fail-on'] as string | undefined, resamples !== undefined);
    const seed = parseSeed(values.seed as string);
    const betweenness = parseBetweenness(values.betweenness as string);
    const threads = parseThreads(values.threads as string | undefined);
    const loaded = loadDatasetAsAsked(positionals[0]!, values, io);
    const profile = loaded.profile;
    const { dataset, columns } = privatise(loaded.dataset, values, io);
    const localities = values.locality as string[] | undefined;
    const options = {
      ...(profile === undefined ? {} : { profile }),
      ...(localities === undefined ? {} : { localities }),
      seed,
      betweenness,
      ...(resamples === undefined ? {} : { stability: { resamples, ...(missing === undefined ? {} : { missing }) } }),
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
    writeOutput(text, values, io);
    return failsOn(report, failOn) ? EXIT.failed : EXIT.ok;
  },
};
