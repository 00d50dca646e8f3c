/**
 * `muster diff` as Markdown for people: who joined and who left (by name,
 * role and locality), ties gained and lost between roles, and per locality
 * the score, roles, brokers, silos and role pairs that changed.
 */
import {
  escapeMarkdown,
  escapeMarkdownCell,
  type Dataset,
  type DatasetDiff,
  type Profile,
  type TieKey,
} from '@muster/core';
import type { AuditDiff } from '../diff.js';
import { plural } from './common.js';

/** Names listed per list before the rest are counted (the JSON has them all). */
const SHOWN = 50;

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** Who is who in either wave: names (with the id where two share one), and role labels. */
function namer(old: Dataset, now: Dataset, profile: Profile) {
  const before = new Map(old.actors.map((a) => [a.id, a]));
  const after = new Map(now.actors.map((a) => [a.id, a]));
  const actors = new Map([...before, ...after]);
  const uses = new Map<string, number>();
  for (const a of actors.values()) uses.set(a.name, (uses.get(a.name) ?? 0) + 1);
  const labels = new Map(profile.roles.map((r) => [r.id, r.label]));
  const role = (id: string): string => labels.get(id) ?? id;
  const name = (id: string): string => {
    const a = actors.get(id);
    if (a === undefined || a.name.trim() === '') return id;
    return uses.get(a.name)! > 1 ? `${a.name} (${id})` : a.name;
  };
  /** An actor as that wave has it: name, role and locality. */
  const person = (id: string, wave: 'old' | 'now'): string => {
    const a = (wave === 'old' ? before : after).get(id);
    return a === undefined ? name(id) : `${name(id)} (${role(a.role)}, ${a.locality})`;
  };
  return { name, role, person };
}

/** A bulleted list of at most {@link SHOWN} items, the rest counted. */
function bullets(items: readonly string[]): string[] {
  const shown = items.slice(0, SHOWN).map((x) => `- ${escapeMarkdown(x)}`);
  if (items.length > SHOWN) shown.push(`- … and ${items.length - SHOWN} more (all are in --format json)`);
  return shown;
}

/** Ties gained and lost per pair of roles (the roles of their ends in the wave they belong to). */
function tiesByRoles(data: DatasetDiff, old: Dataset, now: Dataset, role: (id: string) => string): string[] {
  const roleIn = (dataset: Dataset): Map<string, string> => new Map(dataset.actors.map((a) => [a.id, a.role]));
  const counts = new Map<string, { gained: number; lost: number }>();
  const add = (ties: readonly TieKey[], roles: Map<string, string>, field: 'gained' | 'lost'): void => {
    for (const t of ties) {
      const pair = [role(roles.get(t.source) ?? '?'), role(roles.get(t.target) ?? '?')].sort().join(' – ');
      const entry = counts.get(pair) ?? { gained: 0, lost: 0 };
      entry[field]++;
      counts.set(pair, entry);
    }
  };
  add(data.ties.gained, roleIn(now), 'gained');
  add(data.ties.lost, roleIn(old), 'lost');
  const rows = [...counts].sort(
    (a, b) =>
      Math.abs(b[1].gained - b[1].lost) - Math.abs(a[1].gained - a[1].lost) ||
      b[1].gained + b[1].lost - (a[1].gained + a[1].lost) ||
      (a[0] < b[0] ? -1 : 1),
  );
  if (rows.length === 0) return [];
  return [
    '## Ties between roles',
    '',
    '| Roles | Gained | Lost | Change |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map(
      ([pair, c]) => `| ${escapeMarkdownCell(pair)} | ${c.gained} | ${c.lost} | ${signed(c.gained - c.lost)} |`,
    ),
    '',
  ];
}

/**
 * Two waves compared, as `muster diff` prints it: `data` from `diffDatasets`
 * and `audit` from {@link diffAudits} of the two waves' audits; `profile`
 * names the roles.
 */
export function renderDiffMarkdown(
  data: DatasetDiff,
  audit: AuditDiff,
  old: Dataset,
  now: Dataset,
  profile: Profile,
): string {
  const { name, role, person } = namer(old, now, profile);
  const roles = (ids: readonly string[]): string => ids.map(role).join(', ');
  const cell = escapeMarkdownCell;
  const lines = [
    '# What changed between the two waves',
    '',
    `- Actors: ${plural(data.actors.gained.length, 'actor')} joined, ${data.actors.lost.length} left, ${data.actors.changed.length} changed role or locality.`,
    `- Ties: ${plural(data.ties.gained.length, 'tie')} gained, ${data.ties.lost.length} lost.`,
    '',
  ];
  if (data.actors.gained.length > 0)
    lines.push('## Who joined', '', ...bullets(data.actors.gained.map((id) => person(id, 'now'))), '');
  if (data.actors.lost.length > 0)
    lines.push('## Who left', '', ...bullets(data.actors.lost.map((id) => person(id, 'old'))), '');
  if (data.actors.changed.length > 0) {
    const change = (c: DatasetDiff['actors']['changed'][number]): string =>
      c.field === 'role'
        ? `${name(c.id)}: role ${role(c.from)} → ${role(c.to)}`
        : `${name(c.id)}: locality ${c.from} → ${c.to}`;
    lines.push('## Who changed role or locality', '', ...bullets(data.actors.changed.map(change)), '');
  }
  lines.push(...tiesByRoles(data, old, now, role));
  lines.push(
    '## Localities',
    '',
    '| Locality | Actors before | Actors after | Score before | Score after | Change | Roles gained | Roles lost |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  );
  for (const l of data.localities) {
    const a = audit.localities.find((x) => x.locality === l.locality);
    const change = a?.scoreChange;
    lines.push(
      `| ${cell(l.locality)} | ${l.actorsBefore} | ${l.actorsAfter} | ${a?.scoreBefore ?? '–'} | ${a?.scoreAfter ?? '–'} | ${change === null || change === undefined ? '–' : signed(change)} | ${cell(roles(l.rolesGained)) || '–'} | ${cell(roles(l.rolesLost)) || '–'} |`,
    );
  }
  for (const l of audit.localities) {
    const stage = (id: string | null): string => id ?? 'none';
    const items = [
      ...(l.stageBefore !== null || l.stageAfter !== null
        ? [
            l.stageBefore === l.stageAfter
              ? `Stage: still ${stage(l.stageAfter)}.`
              : `Stage: ${stage(l.stageBefore)} → ${stage(l.stageAfter)}.`,
          ]
        : []),
      ...(l.noLongerMissing.length > 0 ? [`No longer missing: ${roles(l.noLongerMissing)}.`] : []),
      ...(l.missingNow.length > 0 ? [`Now missing: ${roles(l.missingNow)}.`] : []),
      ...(l.brokersGained.length > 0 ? [`New brokers: ${l.brokersGained.map(name).join(', ')}.`] : []),
      ...(l.brokersLost.length > 0 ? [`No longer brokers: ${l.brokersLost.map(name).join(', ')}.`] : []),
      ...(l.weaversGained.length > 0 ? [`New weavers: ${l.weaversGained.map(name).join(', ')}.`] : []),
      ...(l.weaversLost.length > 0 ? [`No longer weavers: ${l.weaversLost.map(name).join(', ')}.`] : []),
      ...(l.silosBefore !== l.silosAfter ? [`Silos: ${l.silosBefore} → ${l.silosAfter}.`] : []),
      ...l.rolePairsCut.map(([a, b]) => `Newly cut off from each other: ${role(a)} and ${role(b)}.`),
      ...l.rolePairsJoined.map(([a, b]) => `Newly joined: ${role(a)} and ${role(b)} can now reach each other.`),
      ...l.findingsResolved.map((f) => `Resolved: ${f.message}`),
      ...l.findingsNew.map((f) => `New (${f.severity}): ${f.message}`),
    ];
    if (items.length > 0)
      lines.push('', `## ${escapeMarkdown(l.locality)}`, '', ...items.map((x) => `- ${escapeMarkdown(x)}`));
  }
  return lines.join('\n') + '\n';
}
