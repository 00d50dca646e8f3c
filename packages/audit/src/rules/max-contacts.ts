import type { MaxContactsRule } from '@muster/core';
import type { LocalityView } from '../locality.js';
import { finding, list, type RuleContext, type RuleResults } from './context.js';

/** Fails when actors of `role` are tied to more than `max` distinct actors of the `from` roles. */
export function checkMaxContacts(rule: MaxContactsRule, context: RuleContext, results: RuleResults): void {
  const { view, roleOf, label } = context;
  const from = new Set(rule.from.map(roleOf));
  const r = roleOf(rule.role);
  const over: { actor: string; contacts: number }[] = [];
  for (const node of view.members[r]!) {
    const contacts = countContacts(view, node, from);
    if (contacts > rule.max) over.push({ actor: view.actors[node]!.id, contacts });
  }
  const size = view.members[r]!.length;
  if (size > 0) results.structure.push(1 - over.length / size);
  if (over.length === 0) return;
  over.sort((x, y) => y.contacts - x.contacts || (x.actor < y.actor ? -1 : 1));
  results.findings.push(
    finding(
      rule,
      `In ${view.locality}, ${over.length} ${label(r)} deal with more than ${rule.max} different ${list(rule.from.map((f) => label(roleOf(f))))} (up to ${over[0]!.contacts}).`,
      { role: rule.role, from: rule.from, max: rule.max, actors: over },
    ),
  );
}

/** Neighbours of `node` whose main or extra roles include one of `from`. */
function countContacts(view: LocalityView, node: number, from: Set<number>): number {
  let count = 0;
  const { offsets, neighbours } = view.graph;
  for (let k = offsets[node]!, end = offsets[node + 1]!; k < end; k++) {
    const v = neighbours[k]!;
    const actor = view.actors[v]!;
    if (from.has(view.primary[v]!) || actor.roles.some((r) => from.has(view.roleIndex.get(r) ?? -1))) count++;
  }
  return count;
}
