/**
 * The flow report as Markdown for people: the observed cascade first (how
 * far, how fast, which roles and localities, who relayed it), then the
 * life cycle, then simulation, what-ifs and seeds when present.
 */
import { listInWords as list } from '@muster/core';
import { escapeMarkdown } from '@muster/escape';
import type { FlowReport, GroupOutcome } from '../report.js';
import type { FlowLabels } from './labels.js';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const num = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2));

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function outcomeRows(outcomes: Record<string, GroupOutcome>, label: (name: string) => string): string[][] {
  return Object.entries(outcomes).map(([name, o]) => [
    escapeMarkdown(label(name)),
    num(o.expected),
    `${pct(o.pReach)} (${pct(o.pReachCi95[0])}–${pct(o.pReachCi95[1])})`,
  ]);
}

/** A group's first adoption and its adopters out of its actors. */
interface GroupReach {
  first: string | null;
  adopters: number;
  actors: number;
}

/** The table of how far the idea reached each group (role or locality), by name. */
function reachTable(group: string, rows: [string, GroupReach][]): string[] {
  return table(
    [group, 'First adoption', 'Adopters', 'Of'],
    rows.map(([name, r]) => [
      escapeMarkdown(name),
      r.first === null ? 'not reached' : escapeMarkdown(r.first),
      String(r.adopters),
      String(r.actors),
    ]),
  );
}

/**
 * Renders a flow report as Markdown, naming actors and roles with `labels`
 * (see `flowLabels`); without them, by their ids.
 */
export function renderFlowMarkdown(report: FlowReport, labels: FlowLabels = {}): string {
  const e = escapeMarkdown;
  const actor = (id: string): string => e(labels.actors?.[id] ?? id);
  const role = (id: string): string => labels.roles?.[id] ?? id;
  const lines: string[] = [`# Idea flow: ${e(report.title)} (${e(report.idea)})`, ''];
  const first = report.adoptions[0];
  const last = report.adoptions[report.adoptions.length - 1];
  if (first === undefined || last === undefined) {
    lines.push('Nobody has taken this idea up yet.', '');
  } else {
    const via = (v: string): number => report.adoptions.filter((a) => a.via === v).length;
    lines.push(
      `**${report.adopters} adopters** from ${e(first.date)} to ${e(last.date)}: ${via('recorded')} with a recorded source, ${via('inferred')} inferred from their ties, ${via('independent')} independent ${via('independent') === 1 ? 'entry' : 'entries'}.`,
      '',
      'Sources not recorded are inferred: the tie-neighbour who took the idea up most recently before. These are inferences from who could have passed it on, not facts.',
      '',
      '## Did it reach the decision makers?',
      '',
      ...reachTable(
        'Role',
        report.roles.map((r) => [role(r.role), r]),
      ),
      '',
      '## Localities',
      '',
      ...reachTable(
        'Locality',
        report.localities.map((l) => [l.locality, l]),
      ),
      '',
    );
    if (report.crossings.length > 0) {
      lines.push('Crossings between localities:', '');
      for (const c of report.crossings)
        lines.push(`- ${e(c.date)}: ${actor(c.source)} (${e(c.from)}) → ${actor(c.actor)} (${e(c.to)})`);
      lines.push('');
    }
    if (report.relays.length > 0) {
      lines.push('## Relays', '', 'Who passed it on, and how many took it up downstream of them:', '');
      lines.push(
        ...table(
          ['Actor', 'Passed on', 'Downstream'],
          report.relays.slice(0, 10).map((r) => [actor(r.actor), String(r.passedOn), String(r.downstream)]),
        ),
        '',
      );
    }
    lines.push('## Adoption over time', '');
    let cumulative = 0;
    lines.push(
      ...table(
        ['Period', 'Adopted', 'At risk', 'Hazard', 'Cumulative'],
        report.hazard.map((h) => {
          cumulative += h.adopted;
          return [e(h.date), String(h.adopted), String(h.atRisk), h.hazard.toFixed(3), String(cumulative)];
        }),
      ),
      '',
    );
  }
  const lc = report.lifeCycle;
  lines.push('## Life cycle', '');
  lines.push(
    lc.status === 'unknown'
      ? 'No mentions are recorded for this idea.'
      : `**${lc.status}**: first mentioned ${e(lc.first ?? '')}, most mentioned ${e(lc.peak ?? '')}, last mentioned ${e(lc.last ?? '')}; ${lc.total} mentions in all.`,
    '',
  );
  const sim = report.simulation;
  if (sim !== undefined) {
    lines.push(
      '## Simulated spread',
      '',
      `${sim.model === 'ic' ? 'Independent cascade' : 'Linear threshold'} model, ${sim.runs} runs (seed ${sim.seed})${sim.p === undefined ? '' : `, p = ${sim.p} per tie (${sim.probability})`}${sim.steps === null ? '' : `, ${sim.steps} steps`}, starting from ${list(sim.from.map(actor))}.`,
      '',
      `Expected reach: **${num(sim.expectedReach)}** actors (95% CI ${num(sim.ci95[0])}–${num(sim.ci95[1])}).`,
      '',
      ...table(['Role', 'Expected adopters', 'Chance to reach (95% CI)'], outcomeRows(sim.byRole, role)),
      '',
      ...table(
        ['Locality', 'Expected adopters', 'Chance to reach (95% CI)'],
        outcomeRows(sim.byLocality, (l) => l),
      ),
      '',
    );
  }
  for (const w of report.whatIf ?? []) {
    const change = [
      ...w.change.addTies.map(([a, b]) => `introduce ${actor(a)} and ${actor(b)}`),
      ...w.change.removeActors.map((a) => `${actor(a)} leaves`),
    ].join('; ');
    lines.push(
      `## What if: ${change}`,
      ...(w.reason === undefined ? [] : ['', e(w.reason)]),
      '',
      `Expected reach ${num(w.expectedReach)} (change ${w.difference.expected >= 0 ? '+' : ''}${num(w.difference.expected)}, 95% CI ${num(w.difference.ci95[0])} to ${num(w.difference.ci95[1])}, on the same random draws).`,
      '',
    );
  }
  if (report.seeds !== undefined) lines.push(...seedLines(report.seeds, actor, role));
  return lines.join('\n');
}

/** The best starting points, and what `--must-reach` asked of them and changed. */
function seedLines(
  seeds: NonNullable<FlowReport['seeds']>,
  actor: (id: string) => string,
  role: (id: string) => string,
): string[] {
  const lines = [
    '## Best starting points',
    '',
    `The ${seeds.k === 1 ? 'actor' : `${seeds.k} actors`} from whom the idea would spread furthest, chosen one at a time: each is the one who adds most to the expected reach of those before.`,
    '',
    ...table(
      ['Actor', 'Expected reach with them', 'Gain'],
      seeds.seeds.map((s) => [actor(s.actor), num(s.expectedReach), num(s.gain)]),
    ),
    '',
  ];
  if (seeds.mustReach.length === 0) return lines;
  const required = [...new Set(seeds.mustReach)];
  lines.push(
    `Required to reach: ${list(required.map((r) => escapeMarkdown(role(r))))}. Seeds were chosen first to reach each of these roles in at least half of the runs, where that is possible, and then for reach.`,
    '',
    ...required.map(
      (r) =>
        `- ${escapeMarkdown(role(r))}: reached in ${pct(seeds.mustReachChance?.[r] ?? 0)} of runs with these seeds.`,
    ),
    '',
  );
  const without = seeds.withoutMustReach ?? [];
  const same =
    without.length === seeds.seeds.length && without.every((s) => seeds.seeds.some((t) => t.actor === s.actor));
  const reach = (steps: readonly { expectedReach: number }[]): number => steps[steps.length - 1]?.expectedReach ?? 0;
  lines.push(
    same
      ? 'The requirement did not change the seeds: the same actors are the best starting points without it.'
      : `The requirement changed the seeds: for reach alone they would be ${list(without.map((s) => actor(s.actor)))} (expected reach ${num(reach(without))}, against ${num(reach(seeds.seeds))} with the requirement).`,
    '',
  );
  return lines;
}
