/**
 * An idea's flow, as `muster flow DATASET --idea ID` makes it: the observed
 * trace, and with `simulate` the Monte Carlo simulation of its spread with
 * the command's defaults and the page's seed, and on request what the
 * audit's recommended introductions would change. The same report and the same
 * Markdown as the command's, for the same input and seed.
 */
import type { Dataset, Profile } from '@muster/core';
import { auditCluster } from '@muster/audit';
import {
  flowLabels,
  introductionWhatIfs,
  renderFlow,
  traceIdea,
  type FlowReport,
  type TraceOptions,
} from '@muster/flow';

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
    if (simulate.whatIf)
      options.whatIf = introductionWhatIfs(auditCluster(dataset, profile === undefined ? {} : { profile }));
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
