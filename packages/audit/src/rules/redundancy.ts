import type { RedundancyRule } from '@muster/core';
import { pairKey } from '../reach.js';
import { singleBrokers } from '../redundancy.js';
import { finding, list, type RuleContext, type RuleResults } from './context.js';

/** Fails when the two role groups are not joined, or joined only through single actors. */
export function checkRedundancy(rule: RedundancyRule, context: RuleContext, results: RuleResults): void {
  const { view, roleOf, label } = context;
  const where = view.locality;
  const a = roleOf(rule.roles[0]);
  const b = roleOf(rule.roles[1]);
  if (view.members[a]!.length === 0 || view.members[b]!.length === 0) return;
  const link = context.linkByKey.get(pairKey(a, b));
  const brokers = singleBrokers(view, view.members[a]!, view.members[b]!);
  results.structure.push(link?.status !== 'disconnected' && brokers.length === 0 ? 1 : 0);
  if (link?.status === 'disconnected') {
    results.findings.push(
      finding(rule, `In ${where}, ${label(a)} and ${label(b)} are not joined at all.`, {
        roles: rule.roles,
        brokers: [],
        connected: false,
      }),
    );
  } else if (brokers.length > 0) {
    const names = brokers.map((node) => `${view.actors[node]!.name} (${view.actors[node]!.id})`);
    results.redundancyFailures.push({ roles: [a, b], brokers });
    results.findings.push(
      finding(rule, `In ${where}, every link between ${label(a)} and ${label(b)} runs through ${list(names)}.`, {
        roles: rule.roles,
        brokers: brokers.map((node) => view.actors[node]!.id),
        connected: true,
      }),
    );
  }
}
