/**
 * `muster flow DATASET --idea ID`: how an idea travelled (observed), and on
 * request how it would travel (simulation), what an introduction or a
 * departure would change, and where to start it.
 */
import { auditCluster } from '@muster/audit';
import { flowLabels, introductionWhatIfs, traceIdea, renderFlow, type TraceOptions, type WhatIf } from '@muster/flow';
import { didYouMean } from '@muster/core';
import { EXIT, UsageError, type Command } from '../command.js';
import { writeOutput } from '../output.js';
import { MAPPING_HELP, loadDatasetAsAsked, profileOption } from '../load.js';
import { PRIVACY_HELP, privacyOptions, privatise } from '../privacy.js';
import { progressBar } from '../progress.js';

function number(text: string, name: string, test: (x: number) => boolean, want: string): number {
  const x = Number(text);
  if (text.trim() === '' || !Number.isFinite(x) || !test(x))
    throw new UsageError(`--${name} must be ${want}, not '${text}'`);
  return x;
}

const whole = (x: number): boolean => Number.isInteger(x) && x >= 0;

export const flowCommand: Command = {
  name: 'flow',
  help: `Usage: muster flow DATASET --idea ID [--format md|json] [--out FILE] [--pseudonymise]
                   [--simulate [--model ic|lt] [--p P] [--probability global|weight]
                    [--runs N] [--steps T] [--seed N] [--from ACTOR]...]
                   [--what-if-tie A,B]... [--what-if-leave ACTOR]... [--seeds K [--must-reach ROLE]...]

Traces the idea through the dataset's adoptions: who took it up when and
from whom (recorded, or inferred from ties), when it reached each role and
locality, the ties that carried it across localities, who relayed it, the
hazard of adoption over time and the idea's life cycle from its mentions.

With --simulate, it also runs a Monte Carlo simulation of its spread over
the ties that carry ideas (independent cascade or linear threshold), from
the idea's origin (or --from): expected reach overall, per role and per
locality, with 95% confidence intervals. --what-if-tie A,B and
--what-if-leave ACTOR show what an introduction or a departure would
change, on the same random draws; --seeds K picks the K actors from whom it
would spread furthest.

Options:
  -i, --idea ID              the idea (an id from ideas.csv)
  -p, --profile ID|FILE      the profile (roles and flow kinds)
${MAPPING_HELP}
  -f, --format md|json       Markdown (default) or JSON (the flow report contract)
  -o, --out FILE             write to FILE instead of stdout (--force to replace)
  --simulate                 simulate the spread
  --model ic|lt              independent cascade (default) or linear threshold
  --p P                      transmission probability per tie, in (0, 1] (default 0.05)
  --probability global|weight  every tie p (default), or 1-(1-p)^weight
  --runs N                   Monte Carlo runs (default 1000)
  --steps T                  simulate T steps (default: until nothing changes)
  --seed N                   seed (default 1)
  --from ACTOR               start from this actor (repeat; default: the idea's origin)
  --what-if-tie A,B          judge an introduction of A and B (repeat for one each)
  --what-if-leave ACTOR      judge ACTOR leaving (repeat for one each)
  --what-if-introductions    judge each introduction the audit recommends
  --seeds K                  choose K seeds that maximise expected reach
  --must-reach ROLE          with --seeds: prefer seeds that reach this role
${PRIVACY_HELP}
  -q, --quiet                no progress bar
  -h, --help                 show this help`,
  options: {
    ...profileOption,
    ...privacyOptions,
    idea: { type: 'string', short: 'i' },
    format: { type: 'string', short: 'f', default: 'md' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean', default: false },
    simulate: { type: 'boolean', default: false },
    model: { type: 'string', default: 'ic' },
    p: { type: 'string', default: '0.05' },
    probability: { type: 'string', default: 'global' },
    runs: { type: 'string', default: '1000' },
    steps: { type: 'string' },
    seed: { type: 'string', default: '1' },
    from: { type: 'string', multiple: true },
    'what-if-tie': { type: 'string', multiple: true },
    'what-if-leave': { type: 'string', multiple: true },
    'what-if-introductions': { type: 'boolean', default: false },
    seeds: { type: 'string' },
    'must-reach': { type: 'string', multiple: true },
    quiet: { type: 'boolean', short: 'q', default: false },
  },
  positionals: [1, 1],
  run({ positionals, values, io }) {
    const ideaId = values.idea as string | undefined;
    if (ideaId === undefined) throw new UsageError('--idea is required: name the idea to trace (an id from ideas.csv)');
    const format = values.format as string;
    if (format !== 'md' && format !== 'json') throw new UsageError(`--format must be md or json, not '${format}'`);
    const model = values.model as string;
    if (model !== 'ic' && model !== 'lt') throw new UsageError(`--model must be ic or lt, not '${model}'`);
    const probability = values.probability as string;
    if (probability !== 'global' && probability !== 'weight')
      throw new UsageError(`--probability must be global or weight, not '${probability}'`);
    const p = number(values.p as string, 'p', (x) => x > 0 && x <= 1, 'a probability in (0, 1]');
    const runs = number(
      values.runs as string,
      'runs',
      (x) => whole(x) && x >= 1 && x <= 10_000_000,
      'a whole number of runs from 1',
    );
    const seed = number(values.seed as string, 'seed', (x) => whole(x) && x <= 999_999_999, 'a whole number');
    const steps =
      values.steps === undefined
        ? undefined
        : number(values.steps as string, 'steps', whole, 'a whole number of steps');
    const whatIf: WhatIf[] = [
      ...((values['what-if-tie'] as string[] | undefined) ?? []).map((pair): WhatIf => {
        const ends = pair.split(',').map((s) => s.trim());
        if (ends.length !== 2 || ends.some((s) => s === ''))
          throw new UsageError(`--what-if-tie takes two actor ids joined by a comma, not '${pair}'`);
        return { addTies: [[ends[0]!, ends[1]!]] };
      }),
      ...((values['what-if-leave'] as string[] | undefined) ?? []).map((actor): WhatIf => ({ removeActors: [actor] })),
    ];
    const introductions = values['what-if-introductions'] === true;
    const k =
      values.seeds === undefined
        ? undefined
        : number(values.seeds as string, 'seeds', (x) => whole(x) && x >= 1, 'a whole number from 1');
    const simulate = values.simulate === true || whatIf.length > 0 || introductions || k !== undefined;

    const loaded = loadDatasetAsAsked(positionals[0]!, values, io);
    const profile = loaded.profile;
    const ids = loaded.dataset.ideas.map((i) => i.id);
    if (!ids.includes(ideaId)) {
      throw new UsageError(
        `there is no idea '${ideaId}'; ${didYouMean(ideaId, ids) ?? `the ideas are ${ids.join(', ') || 'none'}`}`,
      );
    }
    const actors = new Set(loaded.dataset.actors.map((a) => a.id));
    const named = [
      ...((values.from as string[] | undefined) ?? []),
      ...whatIf.flatMap((w) => [...(w.addTies ?? []).flat(), ...(w.removeActors ?? [])]),
    ];
    for (const id of named) {
      if (!actors.has(id))
        throw new UsageError(`there is no actor '${id}'${didYouMean(id, actors) ? `; ${didYouMean(id, actors)}` : ''}`);
    }
    // Actors named on the command line are checked by their ids, then followed to their pseudonyms.
    const { dataset, ids: pseudonyms } = privatise(loaded.dataset, values, io);
    const to = (id: string): string => pseudonyms?.get(id) ?? id;
    for (const w of whatIf) {
      if (w.addTies !== undefined) w.addTies = w.addTies.map(([a, b]) => [to(a), to(b)]);
      if (w.removeActors !== undefined) w.removeActors = w.removeActors.map(to);
    }
    const from = (values.from as string[] | undefined)?.map(to);
    const options: TraceOptions = profile === undefined ? {} : { profile };
    if (introductions) {
      // The audit's introductions, each judged by what it would do to this idea's spread.
      whatIf.push(...introductionWhatIfs(auditCluster(dataset, profile === undefined ? {} : { profile })));
    }
    if (simulate) {
      const bar = progressBar(io, 'simulating', values.quiet === true);
      options.simulate = {
        model,
        p,
        probability,
        runs,
        seed,
        ...(steps === undefined ? {} : { steps }),
        ...(from === undefined ? {} : { from }),
        onProgress: (done: number, total: number) => bar.update(done, total),
      };
      if (whatIf.length > 0) options.whatIf = whatIf;
      if (k !== undefined) options.seeds = { k, mustReach: (values['must-reach'] as string[] | undefined) ?? [] };
      try {
        return write(traceIdea(dataset, ideaId, options));
      } finally {
        bar.finish();
      }
    }
    return write(traceIdea(dataset, ideaId, options));

    function write(report: ReturnType<typeof traceIdea>): number {
      const text = renderFlow(report, format as 'md' | 'json', flowLabels(dataset, profile));
      writeOutput(text, values, io);
      return EXIT.ok;
    }
  },
};
