/**
 * `createClusterViewer`: a sigma.js v3 map of a cluster dataset with a role
 * legend, search, filters, an audit overlay and idea-flow playback. It
 * builds the explicit state (`context.ts`), draws at once from seeded
 * starting positions, lays the graph out off the main thread
 * (`layout-worker.ts`) and reports `ready` after the first complete frame
 * with the final positions. What is drawn comes from the reducers
 * (`reducers.ts`); the handle's methods are in `handle.ts`.
 */
import { defaultProfile, roleColors, tieKindColors, type Dataset } from '@muster/core';
import type { ViewerContext } from './context.js';
import { bindControls } from './controls.js';
import { displayGraph, kindsOf, localitiesOf, placeNodes } from './graph.js';
import { createHandle } from './handle.js';
import { createOverview } from './lod.js';
import { createLabelLayer } from './label-layer.js';
import { finishLayout, positionsFromData, prepareLayout, runLayoutJob, storedPositions } from './layout.js';
import { runLayoutAsync, type LayoutRun } from './layout-worker.js';
import { createPlayer } from './player.js';
import { labelPriority, type ViewState } from './reducers.js';
import { createRenderer } from './renderer.js';
import { resolveSettings, type ViewerSettings } from './settings.js';
import { scaleSizes } from './sizes.js';
import { markers } from './view.js';
import { buildDom } from './ui.js';
import type { ClusterViewer, ViewerOptions } from './types.js';

function initialState(
  ctx: Pick<ViewerContext, 'graph' | 'degrees' | 'roles'>,
  settings: ViewerSettings,
  options: ViewerOptions,
  dataset: Dataset,
  profileRoles: { id: string; color?: string }[],
): ViewState {
  const extra = ctx.roles.map((r) => r.id).filter((id) => !profileRoles.some((p) => p.id === id));
  return {
    settings,
    colors: roleColors(profileRoles, extra, options.roleColors),
    kindColors: tieKindColors(kindsOf(dataset), options.kindColors),
    sizes: scaleSizes(ctx.degrees, ctx.graph.nodes(), settings),
    locality: null,
    role: null,
    kind: null,
    focus: null,
    ego: null,
    link: null,
    brokers: new Set(),
    silos: new Map(),
    adoptionOrder: null,
    time: 0,
    hovered: null,
  };
}

/** Resolves at the next frame: sigma has drawn synchronously by then, and the browser presents it. */
const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Draws a cluster dataset into `container` (emptied first); returns the handle. */
export function createClusterViewer(
  container: HTMLElement,
  dataset: Dataset,
  options: ViewerOptions = {},
): ClusterViewer {
  const settings = resolveSettings({
    ...options.settings,
    ...(options.playInterval === undefined ? {} : { playInterval: options.playInterval }),
  });
  const profile = options.profile ?? dataset.profile ?? defaultProfile();
  // A large map opens as an overview: its graph gets ties a locality at a time, as they are opened.
  const large = dataset.actors.length > settings.lod.aggregateAbove;
  const graph = displayGraph(dataset, { ties: !large });
  const profileRoles = profile.roles.map((r) => ({ id: r.id, label: r.label }));
  const extraRoles = [...new Set(dataset.actors.map((a) => a.role))].filter(
    (r) => !profileRoles.some((p) => p.id === r),
  );
  const roles = [...profileRoles, ...extraRoles.map((id) => ({ id, label: id }))];
  const degrees = new Map<string, number>();
  graph.forEachNode((key, node) => degrees.set(key, node.degree));
  const state = initialState({ graph, degrees, roles }, settings, options, dataset, profile.roles);

  // Positions: stored with the page, else the data's own, else the seeded start (drawn at once) until the layout is done.
  const stored = storedPositions(graph, options.layout);
  const given = stored ?? positionsFromData(graph, options.layout);
  // Without positions a large map's localities are laid out as they are opened, never the whole map.
  const blocking = given === null && !large && options.layout?.run === 'blocking';
  const prepared = given === null ? prepareLayout(graph, options.layout, settings) : null;
  placeNodes(graph, given ?? finishLayout(prepared!, blocking ? runLayoutJob(prepared!) : prepared!.nodeMatrix));
  const job = blocking || large ? null : prepared;
  const overview = large ? createOverview(graph, dataset.ties, roles, given === null, settings.lod) : null;
  // The worker starts now, so that it computes while this thread sets up the page and draws the first frame.
  let showProgress = (_done: number, _total: number): void => undefined;
  const run: LayoutRun | null =
    job === null ? null : runLayoutAsync(job, (done, total) => showProgress(done, total), settings.timing);

  container.replaceChildren();
  const title = options.title ?? 'Cluster map';
  const dom = buildDom(container, {
    title,
    localities: localitiesOf(dataset),
    roles,
    kinds: kindsOf(dataset),
  });
  const sigma = createRenderer(overview?.drawn ?? graph, graph, dom.stage, state);
  const ctx = {
    dataset,
    graph,
    settings,
    state,
    dom,
    sigma,
    roles,
    profileRoles,
    roleLabel: (role: string) => roles.find((r) => r.id === role)?.label ?? role,
    degrees,
    audits: [],
    layout: stored !== null ? 'stored' : given !== null ? 'data' : blocking ? 'blocking' : large ? 'worker' : 'pending',
    overview,
    positionsFinal: given !== null || !large,
    layoutSeed: options.layout?.seed ?? 1,
    pending: new Set(),
    ready: false,
    title,
  } as Omit<ViewerContext, 'player' | 'labels'> as ViewerContext;
  ctx.player = createPlayer(dom, settings.playInterval, (time) => {
    state.time = time;
    sigma.refresh();
    markers(ctx);
  });
  ctx.labels = createLabelLayer(
    sigma,
    dom.stage,
    settings.labels,
    (key, forced) => labelPriority(state, key, forced),
    settings.timing.labelSettle,
  );

  let unbind = (): void => undefined;
  let settle = (): void => undefined;
  const ready = new Promise<void>((resolve) => (settle = resolve));
  let destroyed = false;
  const api = createHandle(ctx, ready, () => {
    destroyed = true;
    run?.cancel();
    for (const pending of ctx.pending) pending.cancel();
    ctx.player.pause();
    unbind();
    ctx.labels.destroy();
    sigma.kill();
    container.replaceChildren();
  });
  unbind = bindControls(ctx, api);

  const layOut = async (): Promise<void> => {
    if (job !== null && run !== null) {
      dom.progress.hidden = false;
      showProgress = (done, total) => {
        const percent = Math.round((100 * done) / total);
        dom.progress.setAttribute('aria-valuenow', String(percent));
        (dom.progress.firstChild as HTMLElement).style.width = `${percent}%`;
      };
      const matrix = await run.done;
      if (destroyed) return;
      ctx.layout = run.where();
      placeNodes(graph, finishLayout(job, matrix));
      dom.progress.hidden = true;
      api.setLocality(state.locality);
    }
    await nextFrame();
    if (destroyed) return;
    ctx.ready = true;
    dom.root.dataset.state = 'ready';
    settle();
  };

  if (options.audit !== undefined) api.showAudit(options.audit);
  if (options.flow !== undefined) api.playFlow(options.flow, { autoplay: false });
  api.setLocality(options.locality ?? null);
  dom.root.dataset.ready = 'true';
  dom.root.dataset.lod = overview === null ? 'whole' : 'overview';
  dom.root.dataset.state = 'layout';
  void layOut();
  return api;
}
