/**
 * Two waves of a cluster compared as `muster diff` writes them: the diff of
 * the datasets and of their audits (one profile and seed for both), as JSON
 * for scripts or as Markdown for people. The command and the studio both
 * write it from here, so their outputs are the same bytes.
 */
import { defaultProfile, diffDatasets, jsonText, type Dataset, type Profile } from '@muster/core';
import { auditCluster } from './audit.js';
import { diffAudits } from './diff.js';
import { renderDiffMarkdown } from './render/diff-markdown.js';

/** `old` and `now` compared, audited with `profile` (default: each wave's own, else the default) and `seed`. */
export function renderWaveDiff(
  old: Dataset,
  now: Dataset,
  options: { profile?: Profile | undefined; seed: number },
  format: 'json' | 'md',
): string {
  const { profile, seed } = options;
  const auditOptions = { seed, ...(profile === undefined ? {} : { profile }) };
  const data = diffDatasets(old, now);
  const audit = diffAudits(auditCluster(old, auditOptions), auditCluster(now, auditOptions));
  return format === 'json'
    ? jsonText({ dataset: data, audit })
    : renderDiffMarkdown(data, audit, old, now, profile ?? defaultProfile());
}
