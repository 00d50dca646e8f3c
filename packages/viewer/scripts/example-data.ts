/**
 * Writes the embed example's data from the Firth Valley dataset: the
 * dataset in core's one-file JSON form, its audit, and the flow of the
 * relational key-worker model (`rkw`), each made with the library.
 *
 *   node --conditions=@muster/source --import tsx packages/viewer/scripts/example-data.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetToJson } from '@muster/core';
import { readDataset } from '@muster/node';
import { auditCluster, renderJson } from '@muster/audit';
import { renderFlowJson, traceIdea } from '@muster/flow';

const root = new URL('../../../', import.meta.url);
const dataset = readDataset(fileURLToPath(new URL('examples/firth-valley', root)));
const out = (name: string): string => fileURLToPath(new URL(`examples/embed/${name}`, root));
writeFileSync(out('firth-valley.json'), datasetToJson(dataset));
writeFileSync(out('firth-valley-audit.json'), renderJson(auditCluster(dataset, { seed: 1 })));
writeFileSync(out('firth-valley-rkw.json'), renderFlowJson(traceIdea(dataset, 'rkw')));
console.log('wrote examples/embed/firth-valley.json, firth-valley-audit.json, firth-valley-rkw.json');
