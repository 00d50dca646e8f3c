/**
 * `createClusterViewer`: a sigma.js v3 map of a cluster dataset with a role
 * legend, search, filters, an audit overlay and idea-flow playback. State
 * lives here; what is drawn is derived from it by the reducers
 * (`reducers.ts`), and the panels are redrawn from it (`panels.ts`).
 */
import Sigma from 'sigma';
import { createEdgeArrowProgram } from 'sigma/rendering';
import { createNodeBorderProgram } from '@sigma/node-border';
import { defaultProfile, type Dataset } from '@muster/core';
import {
  type DisplayEdge,
  type DisplayNode,
  addFlowEdges,
  displayGraph,
  placeNodes,
  dropFlowEdges,
  kindsOf,
  localitiesOf,
} from './graph.js';
import { layout } from './layout.js';
import { roleColors, SILO_TINTS } from './palette.js';
import { actorDetails, legendRows, renderAudit, renderLegend } from './panels.js';
import { edgeReducer, nodeReducer, type ViewState } from './reducers.js';
import { exportPng } from './export.js';
import { bindSearch } from './search.js';
import { createPlayer } from './player.js';
import { buildDom } from './ui.js';
import type {
  AuditLocalityOverlay,
  AuditOverlay,
  ClusterViewer,
  FlowOverlay,
  ViewerOptions,
  ViewerState,
} from './types.js';
import { replace } from './dom.js';

/** Node sizes from a metric: 3 to 12 pixels by square root (smaller for big graphs). */
function scaleSizes(values: Map<string, number>, nodes: readonly string[]): Map<string, number> {
  let max = 0;
  for (const v of values.values()) if (v > max) max = v;
  const order = nodes.length;
  const base = order > 5_000 ? 1.5 : order > 1_000 ? 2.5 : 3;
  const span = order > 5_000 ? 5 : 9;
  const sizes = new Map<string, number>();
  for (const key of nodes) sizes.set(key, base + (max > 0 ? span * Math.sqrt((values.get(key) ?? 0) / max) : 0));
  return sizes;
}

/** Draws a cluster dataset into `container` (emptied first); returns the handle. */
export function createClusterViewer(
  container: HTMLElement,
  dataset: Dataset,
  options: ViewerOptions = {},
): ClusterViewer {
  const profile = options.profile ?? dataset.profile ?? defaultProfile();
  const graph = displayGraph(dataset);
  const profileRoles = profile.roles.map((r) => ({ id: r.id, label: r.label }));
  const extraRoles = [...new Set(dataset.actors.map((a) => a.role))].filter(
    (r) => !profileRoles.some((p) => p.id === r),
  );
  const roleLabel = (role: string): string => profileRoles.find((r) => r.id === role)?.label ?? role;
  const degrees = new Map<string, number>();
  graph.forEachNode((key, node) => degrees.set(key, node.degree));

  placeNodes(graph, layout(graph, options.layout));
  const state: ViewState = {
    colors: roleColors([...profileRoles.map((r) => r.id), ...extraRoles], options.roleColors),
    sizes: scaleSizes(degrees, graph.nodes()),
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
  let audits: AuditLocalityOverlay[] = [];

  container.replaceChildren();
  const dom = buildDom(container, {
    title: options.title ?? 'Cluster map',
    localities: localitiesOf(dataset),
    roles: [...profileRoles, ...extraRoles.map((id) => ({ id, label: id }))],
    kinds: kindsOf(dataset),
  });

  const sigma = new Sigma<DisplayNode, DisplayEdge>(graph, dom.stage, {
    allowInvalidContainer: true,
    zIndex: true,
    labelRenderedSizeThreshold: graph.order > 2_000 ? 10 : 6,
    labelFont: 'system-ui, sans-serif',
    labelColor: { color: '#1b1f24' },
    hideEdgesOnMove: graph.size > 100_000,
    nodeProgramClasses: {
      ringed: createNodeBorderProgram<DisplayNode, DisplayEdge>({
        borders: [
          { size: { value: 0.28 }, color: { attribute: 'ringColor' } },
          { size: { fill: true }, color: { attribute: 'color' } },
        ],
      }),
    },
    edgeProgramClasses: { arrow: createEdgeArrowProgram<DisplayNode, DisplayEdge>() },
    nodeReducer: (key, data) => nodeReducer(state, key, data),
    edgeReducer: (key, data) => edgeReducer(state, graph, key, data),
  });

  const inView = (): AuditLocalityOverlay[] =>
    state.locality === null ? audits : audits.filter((a) => a.locality === state.locality);

  function markers(): void {
    const root = dom.root;
    root.dataset.locality = state.locality ?? '';
    root.dataset.role = state.role ?? '';
    root.dataset.focus = state.focus ?? '';
    root.dataset.adoptedCount = String(state.adoptionOrder === null ? 0 : state.time);
    const last = player.flow()?.adoptions[state.time - 1];
    root.dataset.lastAdopted = last?.actor ?? '';
  }

  function redrawPanels(): void {
    renderLegend(
      dom.legend,
      legendRows(graph, profileRoles, state.colors, state.locality, inView()),
      state.role,
      state.locality,
      (role) => api.highlightRole(state.role === role ? null : role),
    );
    if (audits.length > 0) {
      renderAudit(dom.audit, graph, inView(), roleLabel, {
        activeLink: state.link,
        onLink: (roles) => {
          const same = state.link !== null && state.link[0] === roles[0] && state.link[1] === roles[1];
          state.link = same ? null : roles;
          refresh();
        },
        onActor: (id) => api.focusActor(id),
      });
    }
    if (state.focus !== null && graph.hasNode(state.focus)) {
      replace(dom.info, ...actorDetails(graph, state.focus, roleLabel));
    } else {
      replace(dom.info);
    }
  }

  /** Frames the camera on the visible actors (all of them: the default view). */
  function fitVisible(): void {
    const camera = sigma.getCamera();
    if (state.locality === null) {
      void camera.animatedReset({ duration: 300 });
      return;
    }
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    graph.forEachNode((key, node) => {
      if (node.actor.locality !== state.locality) return;
      const data = sigma.getNodeDisplayData(key);
      if (data === undefined) return;
      x0 = Math.min(x0, data.x);
      x1 = Math.max(x1, data.x);
      y0 = Math.min(y0, data.y);
      y1 = Math.max(y1, data.y);
    });
    if (!Number.isFinite(x0)) return;
    const ratio = Math.max(x1 - x0, y1 - y0, 0.05) * 1.15;
    void camera.animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio, angle: 0 }, { duration: 300 });
  }

  function refresh(): void {
    sigma.refresh();
    redrawPanels();
    markers();
  }

  const player = createPlayer(dom, options.playInterval ?? 350, (time) => {
    state.time = time;
    sigma.refresh();
    markers();
  });

  // Hover tooltip.
  sigma.on('enterNode', ({ node }) => {
    state.hovered = node;
    const data = sigma.getNodeDisplayData(node);
    if (data === undefined) return;
    const at = sigma.framedGraphToViewport(data);
    replace(dom.tooltip, ...actorDetails(graph, node, roleLabel));
    dom.tooltip.hidden = false;
    const width = dom.stage.clientWidth;
    dom.tooltip.style.left = `${Math.max(4, Math.min(at.x + 12, width - dom.tooltip.offsetWidth - 4))}px`;
    dom.tooltip.style.top = `${Math.max(4, at.y + 12)}px`;
  });
  sigma.on('leaveNode', () => {
    state.hovered = null;
    dom.tooltip.hidden = true;
  });
  sigma.on('clickNode', ({ node }) => api.focusActor(node));
  sigma.on('clickStage', () => api.focusActor(null));

  const unbindSearch = bindSearch(
    dom,
    (text, limit) => api.search(text, limit),
    (id) => api.focusActor(id),
  );
  dom.locality.addEventListener('change', () => api.setLocality(dom.locality.value || null));
  dom.role.addEventListener('change', () => api.highlightRole(dom.role.value || null));
  dom.kind.addEventListener('change', () => api.filterKind(dom.kind.value || null));
  dom.resetButton.addEventListener('click', () => {
    state.link = null;
    api.highlightRole(null);
    api.filterKind(null);
    api.focusActor(null);
    void sigma.getCamera().animatedReset({ duration: 300 });
  });
  dom.exportButton.addEventListener('click', () => {
    void api.exportImage().then((blob) => {
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = 'muster-map.png';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1_000);
    });
  });

  const api: ClusterViewer = {
    setLocality(locality) {
      state.locality = locality !== null && dataset.actors.some((a) => a.locality === locality) ? locality : null;
      dom.locality.value = state.locality ?? '';
      if (state.focus !== null && state.locality !== null) {
        const focused = graph.getNodeAttributes(state.focus).actor;
        if (focused.locality !== state.locality) api.focusActor(null);
      }
      refresh();
      fitVisible();
    },
    highlightRole(role) {
      state.role = role;
      dom.role.value = role ?? '';
      refresh();
    },
    filterKind(kind) {
      state.kind = kind;
      dom.kind.value = kind ?? '';
      refresh();
    },
    focusActor(id) {
      if (id !== null && !graph.hasNode(id)) return false;
      state.focus = id;
      state.ego = id === null ? null : new Set([id, ...graph.neighbors(id)]);
      refresh();
      if (id !== null) {
        const data = sigma.getNodeDisplayData(id);
        if (data !== undefined) void sigma.getCamera().animate({ x: data.x, y: data.y, ratio: 0.6 }, { duration: 300 });
        dom.status.textContent = `Focused ${graph.getNodeAttributes(id).actor.name}`;
      }
      return true;
    },
    showAudit(report: AuditOverlay | null) {
      audits = report?.localities ?? [];
      state.link = null;
      state.brokers = new Set(audits.flatMap((a) => a.brokers));
      state.silos = new Map();
      let tint = 0;
      const betweenness = new Map<string, number>();
      for (const audit of audits) {
        for (const community of audit.network.communities) {
          if (!community.silo) continue;
          const color = SILO_TINTS[tint++ % SILO_TINTS.length]!;
          for (const actor of community.actors) state.silos.set(actor, color);
        }
        for (const actor of audit.actors) if (graph.hasNode(actor.id)) betweenness.set(actor.id, actor.betweenness);
      }
      state.sizes = scaleSizes(audits.length > 0 ? betweenness : degrees, graph.nodes());
      dom.audit.hidden = audits.length === 0;
      dom.root.dataset.audit = audits.length > 0 ? report!.profile : '';
      refresh();
    },
    playFlow(flow: FlowOverlay | null, playOptions = {}) {
      player.pause();
      dropFlowEdges(graph);
      if (flow === null) {
        state.adoptionOrder = null;
        player.load(null);
      } else {
        const steps = flow.adoptions.filter((s) => graph.hasNode(s.actor));
        state.adoptionOrder = new Map();
        steps.forEach((s, i) => {
          if (!state.adoptionOrder!.has(s.actor)) state.adoptionOrder!.set(s.actor, i);
        });
        addFlowEdges(graph, steps);
        player.load({ ...flow, adoptions: steps });
      }
      state.time = 0;
      refresh();
      if (flow !== null && playOptions.autoplay !== false) player.play();
    },
    setTime(t) {
      player.seek(t);
    },
    pause() {
      player.pause();
    },
    search(text, limit = 10) {
      const needle = text.trim().toLowerCase();
      if (needle === '') return [];
      const found: { id: string; name: string }[] = [];
      for (const actor of dataset.actors) {
        if (state.locality !== null && actor.locality !== state.locality) continue;
        if (actor.name.toLowerCase().includes(needle) || actor.id.toLowerCase() === needle) {
          found.push({ id: actor.id, name: actor.name });
          if (found.length >= limit) break;
        }
      }
      return found;
    },
    exportImage() {
      return exportPng(sigma, dom.stage);
    },
    getState(): ViewerState {
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
      };
    },
    getRenderer() {
      return sigma as unknown as Sigma;
    },
    destroy() {
      player.pause();
      unbindSearch();
      sigma.kill();
      container.replaceChildren();
    },
  };

  if (options.audit !== undefined) api.showAudit(options.audit);
  if (options.flow !== undefined) api.playFlow(options.flow, { autoplay: false });
  api.setLocality(options.locality ?? null);
  dom.root.dataset.ready = 'true';
  return api;
}
