/**
 * The HTML of the stability marks and of the network's stage and weavers.
 * Every string from the data goes through `escapeHtml`.
 */
import { escapeHtml as e } from '@muster/core';
import type { LocalityAudit } from '../report.js';
import type { Lookup } from './common.js';
import { holdsWords, stageWords, unstable, weaversIntro } from './stability.js';

/** ` <span class="holds">holds in 94 % of resamples</span>`, flagged when unstable; '' when not measured. */
export function holdsMark(x: { stability?: number }): string {
  const words = holdsWords(x);
  return words === '' ? '' : ` <span class="holds${unstable(x) ? ' unstable' : ''}">${e(words)}</span>`;
}

/** The stage in a sentence and the weavers, listed with their reasons. */
export function stageSection(l: LocalityAudit, names: Lookup): string {
  const { stage, weavers } = l.network;
  if (stage === undefined) return '';
  const list =
    weavers === undefined || weavers.length === 0
      ? ''
      : '<ul class="findings">' +
        weavers
          .map(
            (w) =>
              `<li><strong>${e(names.actorName(w.actor))}</strong> <span class="id">${e(w.actor)}</span>: ${e(w.reason)}.</li>`,
          )
          .join('') +
        '</ul>';
  return `<p>${e(stageWords(stage))}</p>` + (weavers === undefined ? '' : `<p>${e(weaversIntro(weavers))}</p>${list}`);
}
