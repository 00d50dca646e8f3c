/**
 * Redrawing from the state: sigma, the panels, the markers on the root
 * element (for scripts and tests), and the camera framing.
 */
import type { ViewerContext } from './context.js';
import { replace, h } from './dom.js';
import { actorDetails, legendRows, renderAudit, renderLegend } from './panels.js';
import { renderTable } from './table.js';
import type { AuditLocalityOverlay } from './types.js';

/** Audited localities in view. */
export function auditsInView(ctx: ViewerContext): AuditLocalityOverlay[] {
  const { locality } = ctx.state;
  return locality === null ? ctx.audits : ctx.audits.filter((a) => a.locality === locality);
}

/** The root element's `data-*` markers. */
export function markers(ctx: ViewerContext): void {
  const { root } = ctx.dom;
  const { state } = ctx;
  root.dataset.locality = state.locality ?? '';
  root.dataset.role = state.role ?? '';
  root.dataset.focus = state.focus ?? '';
  root.dataset.adoptedCount = String(state.adoptionOrder === null ? 0 : state.time);
  root.dataset.lastAdopted = ctx.player.flow()?.adoptions[state.time - 1]?.actor ?? '';
}

export interface PanelActions {
  highlightRole(role: string | null): void;
  toggleLink(roles: [string, string]): void;
  focusActor(id: string): void;
}

/** The legend, the selected actor, the audit and (when shown) the tables. */
export function redrawPanels(ctx: ViewerContext, actions: PanelActions): void {
  const { dom, state, graph } = ctx;
  const audits = auditsInView(ctx);
  renderLegend(
    dom.legend,
    legendRows(graph, ctx.profileRoles, state.colors, state.locality, audits),
    state.role,
    state.locality,
    (role) => actions.highlightRole(state.role === role ? null : role),
  );
  if (ctx.audits.length > 0) {
    renderAudit(dom.audit, graph, audits, ctx.roleLabel, {
      activeLink: state.link,
      onLink: actions.toggleLink,
      onActor: actions.focusActor,
    });
  }
  if (state.focus !== null && graph.hasNode(state.focus))
    replace(dom.info, ...actorDetails(graph, state.focus, ctx.roleLabel));
  else replace(dom.info, h('p', { class: 'mv-muted' }, 'None: click an actor or search for one.'));
  if (!dom.table.hidden) renderTable(dom.table, graph, state.locality, ctx.roleLabel);
}

/** Frames the camera on a locality's actors (default: the one shown; none: everyone, the default view). */
export function fitVisible(ctx: ViewerContext, locality: string | null = ctx.state.locality): void {
  const { sigma, graph, settings } = ctx;
  const camera = sigma.getCamera();
  const duration = settings.camera.animation;
  if (locality === null) {
    void camera.animatedReset({ duration });
    return;
  }
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  graph.forEachNode((key, node) => {
    if (node.actor.locality !== locality) return;
    const data = sigma.getNodeDisplayData(key);
    if (data === undefined) return;
    x0 = Math.min(x0, data.x);
    x1 = Math.max(x1, data.x);
    y0 = Math.min(y0, data.y);
    y1 = Math.max(y1, data.y);
  });
  if (!Number.isFinite(x0)) return;
  const ratio = Math.max(x1 - x0, y1 - y0, 0.05) * settings.camera.frameMargin;
  void camera.animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio, angle: 0 }, { duration });
}
