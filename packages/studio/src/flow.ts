/**
 * An idea's flow, as `muster flow DATASET --idea ID` makes it: the observed
 * trace, and with `simulate` the Monte Carlo simulation of its spread with
 * the command's defaults and the page's seed, and on request what the
 * audit's recommended introductions would change. The same report and the same
 * Markdown as the command's, for the same input and seed.
 */
import type { Dataset, Profile } from '@muster/core';
import { auditCluster } from '@muster/audit';
import { flowLabels, renderFlow, traceIdea, type FlowReport, type TraceOptions, type WhatIf } from '@muster/flow';

/** The audit's recommended introductions, each a what-if (as `muster flow --what-if-introductions`). */
function introductions(dataset: Dataset, profile: Profile | undefined): WhatIf[] {
  const report = auditCluster(dataset, profile === undefined ? {} : { profile });
  return report.localities.flatMap((locality) =>
    locality.recommendations
      .filter((rec) => rec.kind === 'introduce')
      .map((rec) => ({ addTies: [rec.actors], reason: `${locality.locality}: ${rec.reason}` })),
  );
}

/** The flow report of `idea`; `onProgress` is told of the simulation's runs as they complete. */
export function flowReport(
  dataset: Dataset,
  idea: string,
  profile: Profile | undefined,
  simulate?: { seed: number; whatIf: boolean; onProgress: (done: number, total: number) => void },
): FlowReport {
  const options: TraceOptions = profile === undefined ? {} : { profile };
  if (simulate !== undefined) {
    options.simulate = { seed: simulate.seed, onProgress: simulate.onProgress };
    if (simulate.whatIf) options.whatIf = introductions(dataset, profile);
  }
  return traceIdea(dataset, idea, options);
}

/** The report as the command writes it (`json` or `md`). */
export function flowText(
  report: FlowReport,
  dataset: Dataset,
  profile: Profile | undefined,
  format: 'json' | 'md',
): string {
  return renderFlow(report, format, flowLabels(dataset, profile));
}
