/**
 * The idea picker and what follows from it: the observed flow played on
 * the map and written out as `muster flow` writes it, and the simulation of
 * its spread, run in a worker of its own so that the progress bar moves and
 * Cancel stops it at once (a busy worker cannot read a message; it is
 * stopped instead, and the page's own worker keeps the data).
 */
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Dataset } from '@muster/core';
import type { AuditSettings, Reply } from '../protocol.js';
import { startWorker, type WorkerClient } from '../worker-client.js';
import { byId } from './dom.js';
import { playFlow } from './map.js';

const select = byId<HTMLSelectElement>('idea');
const text = byId('flow-text');
const bar = byId<HTMLProgressElement>('sim-progress');
const cancel = byId('sim-cancel');
const simStatus = byId('sim-status');
let simulation: WorkerClient | null = null;

/** The chosen idea, if any. */
export function chosenIdea(): string | null {
  return select.value === '' ? null : select.value;
}

/** Lists the dataset's ideas (keeping the choice when the idea is still there). */
export function listIdeas(dataset: Dataset): void {
  const chosen = select.value;
  select.replaceChildren(
    new Option('None', ''),
    ...dataset.ideas.map(
      (i) => new Option(i.title === '' ? i.id : `${i.title} (${i.id})`, i.id, false, i.id === chosen),
    ),
  );
}

function show(reply: Reply): void {
  if (reply.type === 'flowed') {
    text.textContent = reply.markdown;
    playFlow(reply.report);
  } else if (reply.type === 'error') simStatus.textContent = reply.message;
}

/** Shows the chosen idea's observed flow (or hides the section when none is chosen). */
export async function showFlow(main: WorkerClient, settings: AuditSettings): Promise<void> {
  stopSimulation();
  const idea = chosenIdea();
  byId('flow').hidden = idea === null;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-export^="flow."]'))
    button.disabled = idea === null;
  if (idea === null) {
    playFlow(null);
    return;
  }
  simStatus.textContent = '';
  show(await main.call({ type: 'flow', idea, settings }));
}

function stopSimulation(): void {
  simulation?.stop();
  simulation = null;
  bar.hidden = true;
  cancel.hidden = true;
}

/** Runs the simulation of the chosen idea in a new worker, with a progress bar and Cancel. */
export async function simulate(dataset: Dataset, settings: AuditSettings, whatIf: boolean): Promise<void> {
  const idea = chosenIdea();
  if (idea === null) return;
  stopSimulation();
  const worker = startWorker();
  simulation = worker;
  bar.value = 0;
  bar.hidden = false;
  cancel.hidden = false;
  simStatus.textContent = 'Simulating…';
  const reply = await worker.call({ type: 'simulate', dataset, idea, settings, whatIf }, [], ({ done, total }) => {
    bar.value = done / total;
  });
  if (simulation !== worker) return;
  stopSimulation();
  worker.stop();
  simStatus.textContent = reply.type === 'flowed' ? 'Simulated.' : '';
  show(reply);
}

cancel.addEventListener('click', () => {
  stopSimulation();
  simStatus.textContent = 'Simulation cancelled.';
});
