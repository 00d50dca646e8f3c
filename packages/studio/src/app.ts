/**
 * Muster Studio's page: files in (picker or drop), problems listed until
 * the input is good, then the audit report beside the map, and downloads.
 * The reading, auditing and exporting run in the worker; this script only
 * moves bytes to it and shows what comes back.
 */
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { BUILTIN_PROFILES, type Dataset } from '@muster/core';
import type { AuditSettings, ExportKind, Loaded, Reply, Request } from './protocol.js';
import { startWorker } from './worker-client.js';
import { byId, download, el } from './ui/dom.js';
import { hideIssues, showIssues, showWarnings } from './ui/issues.js';
import { chosenIdea, listIdeas, showFlow, simulate } from './ui/flow.js';
import { mapImage, showMap } from './ui/map.js';
import { diffElements } from './ui/waves.js';

const worker = startWorker();
const profileSelect = byId<HTMLSelectElement>('profile');
const localitySelect = byId<HTMLSelectElement>('locality');
const seedInput = byId<HTMLInputElement>('seed');
const resamplesInput = byId<HTMLInputElement>('resamples');
const missingInput = byId<HTMLInputElement>('missing');
const status = byId('status');
let dataset: Dataset | null = null;
/** Each audit request's number: an answer to an older one is dropped. */
let auditRun = 0;
/** Whether a later wave read cleanly: the diff follows the settings then. */
let later = false;

profileSelect.append(
  new Option("The dataset's own (else the default)", ''),
  ...Object.entries(BUILTIN_PROFILES).map(([id, p]) => new Option(`${p.label} (${id})`, id)),
);

function settings(): AuditSettings {
  const seed = Number(seedInput.value);
  return {
    profile: profileSelect.value,
    locality: localitySelect.value === '' ? null : localitySelect.value,
    seed: Number.isInteger(seed) && seed >= 0 && seed <= 999_999_999 ? seed : 1,
    // Off when empty or 0; other bad numbers reach the audit, which says what is wrong with them.
    stability:
      resamplesInput.value === '' || Number(resamplesInput.value) === 0
        ? null
        : { resamples: Number(resamplesInput.value), missing: Number(missingInput.value) },
  };
}

function failed(reply: Reply): boolean {
  if (reply.type !== 'error') return false;
  status.textContent = `Something went wrong: ${reply.message}`;
  return true;
}

function loaded(reply: Loaded): void {
  hideIssues();
  showWarnings(reply.warnings);
  dataset = reply.dataset;
  byId('loaded-files').textContent =
    `Read ${reply.files.join(', ')}: ${reply.dataset.actors.length} actors, ${reply.dataset.ties.length} ties.`;
  const chosen = localitySelect.value;
  localitySelect.replaceChildren(
    new Option('All localities', ''),
    ...reply.localities.map((l) => new Option(l, l, false, l === chosen)),
  );
  listIdeas(reply.dataset);
  byId('work').hidden = false;
  void audit();
}

async function send(request: Request, transfer: Transferable[] = []): Promise<void> {
  const reply = await worker.call(request, transfer);
  if (failed(reply)) return;
  if (reply.type === 'loaded') loaded(reply);
  else if (reply.type === 'issues') {
    showIssues(reply.issues, reply.omitted, reply.kept);
    byId('work').hidden = true;
    byId('loaded-files').textContent = `Read ${reply.files.join(', ')}.`;
  }
}

async function audit(): Promise<void> {
  const run = ++auditRun;
  const chosen = settings();
  status.textContent = 'Auditing…';
  const reply = await worker.call({ type: 'audit', settings: chosen });
  if (run !== auditRun || failed(reply) || reply.type !== 'audited') return;
  if (reply.reread !== undefined) dataset = reply.reread.dataset;
  byId<HTMLIFrameElement>('report').srcdoc = reply.html;
  // Let the page draw the report before the map's set-up takes the main thread.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  if (run !== auditRun) return;
  showMap(dataset!, reply.report, chosen.locality, chosen.seed);
  status.textContent = `Audited in ${Math.round(reply.ms)} ms.`;
  if (later) void showDiff();
  await showFlow(worker, chosen);
}

/** The two waves compared, as `muster diff` prints it. */
async function showDiff(): Promise<void> {
  const reply = await worker.call({ type: 'diff', settings: settings() });
  const box = byId('diff');
  box.hidden = false;
  byId('diff-buttons').hidden = reply.type !== 'diffed';
  if (reply.type === 'diffed') box.replaceChildren(...diffElements(reply.markdown));
  else if (reply.type === 'error') box.replaceChildren(el('p', `The waves cannot be compared: ${reply.message}`));
}

async function addLater(list: FileList | readonly File[]): Promise<void> {
  const files = await read(list);
  if (files.length === 0) return;
  const reply = await worker.call(
    { type: 'add-later', files },
    files.map((f) => f.bytes),
  );
  if (failed(reply)) return;
  later = reply.type === 'loaded';
  if (reply.type === 'loaded') {
    hideIssues();
    byId('later-loaded').textContent =
      `The later wave: read ${reply.files.join(', ')}: ${reply.dataset.actors.length} actors, ${reply.dataset.ties.length} ties.`;
    await showDiff();
  } else if (reply.type === 'issues') {
    showIssues(reply.issues, reply.omitted, false, 'the later wave');
    byId('later-loaded').textContent = `The later wave: read ${reply.files.join(', ')}; see the problems above.`;
    byId('diff').hidden = true;
    byId('diff-buttons').hidden = true;
  }
}

async function read(list: FileList | readonly File[]): Promise<{ name: string; bytes: ArrayBuffer }[]> {
  return Promise.all([...list].map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
}

async function addFiles(list: FileList | readonly File[]): Promise<void> {
  const files = await read(list);
  if (files.length === 0) return;
  await send(
    { type: 'add', files },
    files.map((f) => f.bytes),
  );
}

/** A file input and the drop zone around it, both handing their files to `take`. */
function filesFrom(inputId: string, dropId: string, take: (files: FileList) => Promise<void>): void {
  const input = byId<HTMLInputElement>(inputId);
  input.addEventListener('change', () => {
    if (input.files !== null) void take(input.files).then(() => (input.value = ''));
  });
  const drop = byId(dropId);
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    if (event.dataTransfer !== null) void take(event.dataTransfer.files);
  });
}
filesFrom('files', 'drop', addFiles);
filesFrom('later-files', 'later-drop', addLater);
byId('revert').addEventListener('click', () => void send({ type: 'revert' }));
for (const control of [profileSelect, localitySelect, seedInput, resamplesInput, missingInput])
  control.addEventListener('change', () => void audit());
byId('controls').addEventListener('submit', (event) => event.preventDefault());
byId('idea').addEventListener('change', () => void showFlow(worker, settings()));
for (const [id, whatIf] of [
  ['simulate', false],
  ['what-if', true],
] as const) {
  byId(id).addEventListener('click', () => {
    if (dataset !== null) void simulate(dataset, settings(), whatIf);
  });
}

// Downloads, pseudonymised with the key typed here when asked (the key lives in this input only).
const pseudonymise = byId<HTMLInputElement>('pseudonymise');
const key = byId<HTMLInputElement>('key');
pseudonymise.addEventListener('change', () => {
  byId('key-label').hidden = !pseudonymise.checked;
  byId('key-note').hidden = !pseudonymise.checked;
  if (!pseudonymise.checked) key.value = '';
});
const exportError = byId('export-error');
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
  button.addEventListener('click', async () => {
    exportError.textContent = '';
    const request: Request = { type: 'export', kind: button.dataset.export as ExportKind, settings: settings() };
    if (pseudonymise.checked) request.key = key.value;
    const idea = chosenIdea();
    if (idea !== null) request.idea = idea;
    const reply = await worker.call(request);
    if (reply.type === 'error') exportError.textContent = reply.message;
    else if (reply.type === 'file') download(reply.name, new Blob([reply.bytes as BlobPart], { type: reply.mime }));
  });
}
byId('export-png').addEventListener('click', async () => {
  exportError.textContent = '';
  if (pseudonymise.checked) {
    exportError.textContent =
      'The map shows names: turn pseudonymisation off to download it, or download the dataset pseudonymised.';
    return;
  }
  const image = await mapImage();
  if (image !== null) download('map.png', image);
});

// A dataset the page was written with (`muster studio DATASET`): JSON in a data block, never markup.
const preload = document.getElementById('muster-preload');
if (preload !== null) {
  void send({ type: 'preload', json: preload.textContent ?? '' });
}
