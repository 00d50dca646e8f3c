/**
 * The viewer's controls and panels, built with DOM APIs: a bar with search
 * and filters, the stage sigma draws in (with the tooltip), and a side
 * panel with the legend, the focused actor, the audit and the flow.
 */
import { h, option } from './dom.js';
import { collapsible } from './panels.js';
import { VIEWER_CSS } from './styles.js';

export interface ViewerDom {
  root: HTMLDivElement;
  stage: HTMLDivElement;
  tooltip: HTMLDivElement;
  search: HTMLInputElement;
  results: HTMLUListElement;
  locality: HTMLSelectElement;
  role: HTMLSelectElement;
  kind: HTMLSelectElement;
  exportButton: HTMLButtonElement;
  svgButton: HTMLButtonElement;
  resetButton: HTMLButtonElement;
  legend: HTMLUListElement;
  info: HTMLDivElement;
  audit: HTMLElement;
  flow: HTMLElement;
  flowTitle: HTMLElement;
  play: HTMLButtonElement;
  slider: HTMLInputElement;
  date: HTMLOutputElement;
  status: HTMLDivElement;
  /** Layout progress over the stage (hidden when done). */
  progress: HTMLDivElement;
  /** The text alternative: tables of actors and ties, instead of the stage. */
  tableButton: HTMLButtonElement;
  table: HTMLDivElement;
}

let counter = 0;

export interface Choices {
  title: string;
  localities: string[];
  roles: { id: string; label: string }[];
  kinds: string[];
}

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  return h('label', {}, text, control);
}

export function buildDom(container: HTMLElement, choices: Choices): ViewerDom {
  const id = `mv${++counter}`;
  const style = h('style');
  style.textContent = VIEWER_CSS;
  const search = h('input', {
    type: 'search',
    placeholder: 'Search by name',
    'aria-label': 'Search actors by name',
    autocomplete: 'off',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': `${id}-results`,
  });
  const results = h('ul', {
    id: `${id}-results`,
    class: 'mv-results',
    role: 'listbox',
    'aria-label': 'Matching actors',
  });
  const locality = h('select', { 'data-control': 'locality' }, option('', 'All localities'));
  for (const l of choices.localities) locality.append(option(l, l));
  const role = h('select', { 'data-control': 'role' }, option('', 'All roles'));
  for (const r of choices.roles) role.append(option(r.id, r.label));
  const kind = h('select', { 'data-control': 'kind' }, option('', 'All tie kinds'));
  for (const k of choices.kinds) kind.append(option(k, k));
  const exportButton = h('button', { type: 'button', 'data-control': 'export' }, 'Export PNG');
  const svgButton = h('button', { type: 'button', 'data-control': 'export-svg' }, 'Export SVG');
  const resetButton = h('button', { type: 'button', 'data-control': 'reset' }, 'Reset');
  const tableButton = h(
    'button',
    { type: 'button', 'data-control': 'table', 'aria-pressed': 'false', 'aria-controls': `${id}-table` },
    'Table view',
  );
  const table = h('div', {
    id: `${id}-table`,
    class: 'mv-table',
    hidden: true,
    tabindex: 0,
    role: 'region',
    'aria-label': 'Actors and ties as tables',
  });
  const progress = h(
    'div',
    {
      class: 'mv-progress',
      role: 'progressbar',
      'aria-label': 'Laying out the map',
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': 0,
      hidden: true,
    },
    h('span'),
  );
  const tooltip = h('div', { class: 'mv-tooltip', role: 'tooltip', hidden: true });
  const stage = h('div', { class: 'mv-stage', role: 'img', 'aria-label': choices.title });
  const legend = h('ul', { class: 'mv-legend', 'aria-label': 'Roles' });
  const info = h('div', { class: 'mv-info', 'aria-live': 'polite', 'data-panel': 'actor' });
  const audit = h('section', { class: 'mv-audit', hidden: true, 'aria-label': 'Audit' });
  const flowTitle = h('h3');
  const play = h('button', { type: 'button', 'data-control': 'play', 'aria-pressed': 'false' }, 'Play');
  const slider = h('input', { type: 'range', min: 0, max: 0, step: 1, value: 0, 'aria-label': 'Adoptions shown' });
  // Announced as playback moves (politely, so the reader is not interrupted).
  const date = h('output', { class: 'mv-date', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const flow = h(
    'section',
    { class: 'mv-flow-panel', hidden: true, 'aria-label': 'Idea flow' },
    flowTitle,
    h('div', { class: 'mv-flow' }, play, slider, date),
  );
  const status = h('div', { class: 'mv-sr', 'aria-live': 'polite' });
  stage.append(tooltip, progress);
  const root = h(
    'div',
    { class: 'mv-root', 'data-muster-viewer': '' },
    style,
    h(
      'div',
      { class: 'mv-bar', role: 'toolbar', 'aria-label': 'Map controls' },
      h('div', { class: 'mv-search' }, search, results),
      labelled('Locality', locality),
      labelled('Role', role),
      labelled('Tie kind', kind),
      exportButton,
      svgButton,
      tableButton,
      resetButton,
    ),
    h(
      'div',
      { class: 'mv-main' },
      stage,
      table,
      h(
        'div',
        { class: 'mv-side', role: 'complementary', 'aria-label': 'Legend and details' },
        flow,
        collapsible('Roles', legend),
        collapsible('Selected actor', info),
        audit,
      ),
    ),
    status,
  );
  container.append(root);
  return {
    root,
    stage,
    tooltip,
    search,
    results,
    locality,
    role,
    kind,
    exportButton,
    svgButton,
    resetButton,
    legend,
    info,
    audit,
    flow,
    flowTitle,
    play,
    slider,
    date,
    status,
    progress,
    tableButton,
    table,
  };
}
