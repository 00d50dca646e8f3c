/**
 * The viewer's inputs: hover tooltip and clicks on the map, search, the
 * filters and the buttons. Returns a function that unbinds what needs it.
 */
import type { ViewerContext } from './context.js';
import { h, replace } from './dom.js';
import { isGroup } from './graph.js';
import { openLocality } from './lod-open.js';
import { fitVisible } from './view.js';
import { actorDetails } from './panels.js';
import { bindSearch } from './search.js';
import type { ClusterViewer } from './types.js';

function bindTooltip(ctx: ViewerContext): void {
  const { sigma, dom, graph, state } = ctx;
  sigma.on('enterNode', ({ node }) => {
    state.hovered = node;
    const data = sigma.getNodeDisplayData(node);
    if (data === undefined) return;
    const at = sigma.framedGraphToViewport(data);
    const drawn = sigma.getGraph().getNodeAttributes(node);
    if (isGroup(drawn)) {
      const { locality, role, count } = drawn.group;
      const what = `${count.toLocaleString('en')} ${ctx.roleLabel(role).toLowerCase()} in ${locality}`;
      replace(dom.tooltip, h('strong', {}, what), h('span', {}, `Click to show the actors of ${locality}.`));
    } else replace(dom.tooltip, ...actorDetails(graph, node, ctx.roleLabel));
    dom.tooltip.hidden = false;
    const width = dom.stage.clientWidth;
    dom.tooltip.style.left = `${Math.max(4, Math.min(at.x + 12, width - dom.tooltip.offsetWidth - 4))}px`;
    dom.tooltip.style.top = `${Math.max(4, at.y + 12)}px`;
  });
  sigma.on('leaveNode', () => {
    state.hovered = null;
    dom.tooltip.hidden = true;
  });
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function bindControls(ctx: ViewerContext, api: ClusterViewer): () => void {
  const { sigma, dom, state } = ctx;
  bindTooltip(ctx);
  sigma.on('clickNode', ({ node }) => {
    const drawn = sigma.getGraph().getNodeAttributes(node);
    if (!isGroup(drawn)) {
      api.focusActor(node);
      return;
    }
    // An overview group: its locality's actors take the place of its groups, and the camera frames them.
    state.hovered = null;
    dom.tooltip.hidden = true;
    openLocality(ctx, drawn.group.locality);
    sigma.refresh();
    fitVisible(ctx, drawn.group.locality);
  });
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
    void sigma.getCamera().animatedReset({ duration: ctx.settings.camera.animation });
  });
  dom.tableButton.addEventListener('click', () => api.showTable(dom.table.hidden));
  dom.exportButton.addEventListener('click', () => {
    void api.exportImage().then((blob) => download(blob, 'muster-map.png'));
  });
  dom.svgButton.addEventListener('click', () => {
    download(new Blob([api.exportSvg()], { type: 'image/svg+xml' }), 'muster-map.svg');
  });
  return unbindSearch;
}
