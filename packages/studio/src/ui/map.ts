/**
 * The map beside the report: @muster/viewer's cluster viewer with the audit
 * as its overlay. A new dataset makes a new viewer; a new audit of the same
 * data only changes the overlay and the locality shown. `#map` carries
 * `data-state` (`layout`, then `ready` once drawn).
 */
/// <reference lib="dom" />
import type { Dataset } from '@muster/core';
import type { AuditReport } from '@muster/audit';
import type { FlowReport } from '@muster/flow';
import { createClusterViewer, type AuditOverlay, type ClusterViewer, type FlowOverlay } from '@muster/viewer';
import { byId } from './dom.js';

let viewer: ClusterViewer | null = null;
let shown: Dataset | null = null;

/** Draws `dataset` (when it is new) with `report` on it, at `locality` (null: all). */
export function showMap(dataset: Dataset, report: AuditReport, locality: string | null, seed: number): void {
  const box = byId('map');
  // The report has every field the overlay reads.
  const overlay = report as unknown as AuditOverlay;
  if (viewer !== null && shown === dataset) {
    viewer.showAudit(overlay);
    viewer.setLocality(locality);
    return;
  }
  viewer?.destroy();
  box.replaceChildren();
  box.dataset.state = 'layout';
  shown = dataset;
  const made = createClusterViewer(box, dataset, {
    audit: overlay,
    locality,
    title: 'Map of the cluster',
    layout: { seed },
  });
  viewer = made;
  void made.ready.then(() => {
    if (viewer === made) box.dataset.state = 'ready';
  });
}

/** The map as a PNG, as the viewer draws it. */
export async function mapImage(): Promise<Blob | null> {
  return viewer === null ? null : viewer.exportImage();
}

/** Makes the idea's observed flow playable on the map (null: none). */
export function playFlow(report: FlowReport | null): void {
  // The report has every field the overlay reads.
  viewer?.playFlow(report as unknown as FlowOverlay | null, { autoplay: false });
}
