/**
 * Words for the stability of findings and for the network's stage, shared
 * by the Markdown and HTML renderings (plain text; each renderer escapes).
 */
import type { AuditMeta, Finding, NetworkStage, StageId, Weaver } from '../report.js';
import { fixed, sortedFindings } from './common.js';

/** Below this share of resamples a finding is shown as unstable, after the stable ones. */
export const UNSTABLE_BELOW = 0.5;

/** `holds in 94 % of resamples`, or '' when stability was not measured. */
export function holdsWords(x: { stability?: number }): string {
  return x.stability === undefined ? '' : `holds in ${Math.round(x.stability * 100)} % of resamples`;
}

/** Whether an item was measured and found unstable. */
export function unstable(x: { stability?: number }): boolean {
  return x.stability !== undefined && x.stability < UNSTABLE_BELOW;
}

/** Items with the unstable ones moved after the stable ones, each group in its given order. */
export function stableFirst<T extends { stability?: number }>(items: readonly T[]): T[] {
  return [...items.filter((x) => !unstable(x)), ...items.filter(unstable)];
}

/** Findings, stable ones first, each group most serious first. */
export function findingsInOrder(findings: readonly Finding[]): Finding[] {
  return stableFirst(sortedFindings(findings));
}

/** How stability was measured, and what a low number means; undefined when it was not. */
export function stabilityNote(meta: AuditMeta): string | undefined {
  const s = meta.stability;
  if (s === undefined) return undefined;
  const drawn =
    s.drops === 'actors'
      ? `each leaving out every actor with probability ${s.missing}`
      : `each dropping every tie of a non-respondent with probability ${s.missing}`;
  return (
    `Stability: ${s.resamples} resamples (seed ${s.seed}), ${drawn}; each finding says in how many of them it still holds. ` +
    'A low number means the finding rests on a few people or ties: had a few more of them not answered, it would often not be found, so check it before acting on it.'
  );
}

const STAGE_WORDS: Record<StageId, string> = {
  scattered: 'scattered — small clusters that do not reach each other',
  'hub-and-spoke': 'hub and spoke — one actor holds the network together',
  'multi-hub': 'multi-hub — no one actor holds the network together; joining people up is spread over several',
  'core-periphery': 'core and periphery — a dense core of connected actors with others tied into it',
};

/** The stage in a sentence, with the values it was decided from. */
export function stageWords(stage: NetworkStage): string {
  const v = stage.evidence;
  const world = v.smallWorld === null ? '' : `, small-world index ${fixed(v.smallWorld, 2)}`;
  return (
    `Stage: ${STAGE_WORDS[stage.id]} (largest component ${Math.round(v.largestComponentShare * 100)} % of actors, ` +
    `degree centralisation ${fixed(v.centralisation, 2)}, ${v.hubs.length} ${v.hubs.length === 1 ? 'hub' : 'hubs'}, ` +
    `core–periphery fit ${fixed(v.coreFit, 2)}, clustering ${fixed(v.clustering, 2)} against ${fixed(v.clusteringRandom, 2)} at random${world}).`
  );
}

/** The sentence before the list of weavers, or the one that says there are none. */
export function weaversIntro(weavers: readonly Weaver[]): string {
  return weavers.length === 0
    ? 'No weaver: nobody both knits their contacts together and reaches into other communities.'
    : 'Weavers — actors whose contacts know each other and who also reach into other communities; new ties are easiest to make through them:';
}
