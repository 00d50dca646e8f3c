/**
 * The handle `createClusterViewer` returns: each method changes the state
 * and redraws what depends on it.
 */
import type Sigma from 'sigma';
import type { ViewerContext } from './context.js';
import { addFlowEdges, dropFlowEdges } from './graph.js';
import { exportPng } from './export.js';
import { openLocality } from './lod-open.js';
import { exportSvg } from './export-svg.js';
import { scaleSizes } from './sizes.js';
import { fitVisible, markers, redrawPanels } from './view.js';
import type { AuditOverlay, ClusterViewer, FlowOverlay, ViewerState } from './types.js';

/** Redraws the map, the panels and the markers. */
function refresh(ctx: ViewerContext, api: ClusterViewer): void {
  ctx.sigma.refresh();
  redrawPanels(ctx, {
    highlightRole: (role) => api.highlightRole(role),
    toggleLink(roles) {
      const { link } = ctx.state;
      ctx.state.link = link !== null && link[0] === roles[0] && link[1] === roles[1] ? null : roles;
      refresh(ctx, api);
    },
    focusActor: (id) => api.focusActor(id),
  });
  markers(ctx);
}

/** The overlay's brokers, silo tints and betweenness sizes. */
function applyAudit(ctx: ViewerContext, report: AuditOverlay | null): void {
  const { state, graph, settings } = ctx;
  ctx.audits = report?.localities ?? [];
  state.link = null;
  state.brokers = new Set(ctx.audits.flatMap((a) => a.brokers));
  state.silos = new Map();
  const tints = settings.colors.siloTints;
  let tint = 0;
  const betweenness = new Map<string, number>();
  for (const audit of ctx.audits) {
    for (const community of audit.network.communities) {
      if (!community.silo) continue;
      const color = tints[tint++ % tints.length]!;
      for (const actor of community.actors) state.silos.set(actor, color);
    }
    for (const actor of audit.actors) if (graph.hasNode(actor.id)) betweenness.set(actor.id, actor.betweenness);
  }
  state.sizes = scaleSizes(ctx.audits.length > 0 ? betweenness : ctx.degrees, graph.nodes(), settings);
  ctx.dom.audit.hidden = ctx.audits.length === 0;
  ctx.dom.root.dataset.audit = ctx.audits.length > 0 ? report!.profile : '';
}

/** Loads a flow's steps (those of actors on the map) and its arrows. */
function applyFlow(ctx: ViewerContext, flow: FlowOverlay | null): void {
  const { state, graph, player } = ctx;
  player.pause();
  dropFlowEdges(graph);
  if (flow === null) {
    state.adoptionOrder = null;
    player.load(null);
  } else {
    const steps = flow.adoptions.filter((s) => graph.hasNode(s.actor));
    const order = new Map<string, number>();
    steps.forEach((s, i) => {
      if (!order.has(s.actor)) order.set(s.actor, i);
    });
    state.adoptionOrder = order;
    addFlowEdges(graph, steps);
    player.load({ ...flow, adoptions: steps });
    // On a large map, the localities the idea reached are opened, so that its adopters are drawn.
    for (const step of steps) openLocality(ctx, graph.getNodeAttributes(step.actor).actor.locality);
  }
  ctx.overview?.syncFlowEdges();
  state.time = 0;
}

function search(ctx: ViewerContext, text: string, limit: number): { id: string; name: string }[] {
  const needle = text.trim().toLowerCase();
  if (needle === '') return [];
  const found: { id: string; name: string }[] = [];
  for (const actor of ctx.dataset.actors) {
    if (ctx.state.locality !== null && actor.locality !== ctx.state.locality) continue;
    if (actor.name.toLowerCase().includes(needle) || actor.id.toLowerCase() === needle) {
      found.push({ id: actor.id, name: actor.name });
      if (found.length >= limit) break;
    }
  }
  return found;
}

function snapshot(ctx: ViewerContext): ViewerState {
  const { state, graph, player } = ctx;
  let visible = 0;
  graph.forEachNode((_k, node) => {
    if (state.locality === null || node.actor.locality === state.locality) visible++;
  });
  const flow = player.flow();
  return {
    locality: state.locality,
    role: state.role,
    kind: state.kind,
    focus: state.focus,
    adopted: flow === null ? [] : flow.adoptions.slice(0, state.time).map((s) => s.actor),
    time: state.time,
    date: flow?.adoptions[state.time - 1]?.date ?? null,
    playing: player.playing(),
    visible,
    ready: ctx.ready,
    layout: ctx.layout,
  };
}

export function createHandle(ctx: ViewerContext, ready: Promise<void>, destroy: () => void): ClusterViewer {
  const { state, graph, dom, sigma, settings } = ctx;
  const api: ClusterViewer = {
    ready,
    setLocality(locality) {
      state.locality = locality !== null && ctx.dataset.actors.some((a) => a.locality === locality) ? locality : null;
      if (state.locality !== null) openLocality(ctx, state.locality);
      dom.locality.value = state.locality ?? '';
      if (state.focus !== null && state.locality !== null) {
        if (graph.getNodeAttributes(state.focus).actor.locality !== state.locality) api.focusActor(null);
      }
      refresh(ctx, api);
      fitVisible(ctx);
    },
    highlightRole(role) {
      state.role = role;
      dom.role.value = role ?? '';
      refresh(ctx, api);
    },
    filterKind(kind) {
      state.kind = kind;
      dom.kind.value = kind ?? '';
      refresh(ctx, api);
    },
    focusActor(id) {
      if (id !== null && !graph.hasNode(id)) return false;
      // An actor of another locality than the one shown: show its locality.
      const home = id === null ? null : graph.getNodeAttributes(id).actor.locality;
      if (home !== null && state.locality !== null && home !== state.locality) {
        state.locality = home;
        dom.locality.value = home;
      }
      if (home !== null) openLocality(ctx, home);
      state.focus = id;
      state.ego = id === null ? null : new Set([id, ...graph.neighbors(id)]);
      refresh(ctx, api);
      if (id !== null) {
        const data = sigma.getNodeDisplayData(id);
        const { animation: duration, focusRatio: ratio } = settings.camera;
        if (data !== undefined) void sigma.getCamera().animate({ x: data.x, y: data.y, ratio }, { duration });
        dom.status.textContent = `Focused ${graph.getNodeAttributes(id).actor.name}`;
      }
      return true;
    },
    showAudit(report) {
      applyAudit(ctx, report);
      refresh(ctx, api);
    },
    playFlow(flow, options = {}) {
      applyFlow(ctx, flow);
      refresh(ctx, api);
      if (flow !== null && options.autoplay !== false) ctx.player.play();
    },
    setTime: (t) => ctx.player.seek(t),
    pause: () => ctx.player.pause(),
    search: (text, limit = 10) => search(ctx, text, limit),
    exportImage: (options = {}) => exportPng(sigma, dom.stage, options.scale),
    exportSvg: () => exportSvg(sigma, ctx.labels.placed(), settings, ctx.title),
    getState: () => snapshot(ctx),
    labels: () => ctx.labels.placed(),
    showTable(on) {
      dom.table.hidden = !on;
      dom.stage.hidden = on;
      dom.tableButton.setAttribute('aria-pressed', String(on));
      dom.tableButton.textContent = on ? 'Map view' : 'Table view';
      refresh(ctx, api);
    },
    getRenderer: () => sigma as unknown as Sigma,
    destroy,
  };
  return api;
}
