/**
 * The sigma renderer of the drawn graph: reducers from the view state,
 * broker/silo rings, flow arrows, and sigma's own labels off (the label
 * layer draws them without overlaps).
 */
import Sigma from 'sigma';
import { createEdgeArrowProgram } from 'sigma/rendering';
import { createNodeBorderProgram } from '@sigma/node-border';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './graph.js';
import { edgeReducer, nodeReducer, type ViewState } from './reducers.js';

export function createRenderer(
  graph: DisplayGraph,
  stage: HTMLElement,
  state: ViewState,
): Sigma<DisplayNode, DisplayEdge> {
  const { settings } = state;
  return new Sigma<DisplayNode, DisplayEdge>(graph, stage, {
    allowInvalidContainer: true,
    zIndex: true,
    renderLabels: false,
    // Hovered and focused actors are labelled by the label layer and described by the tooltip.
    defaultDrawNodeHover: () => undefined,
    hideEdgesOnMove: graph.size > settings.hideEdgesOnMoveAbove,
    hideLabelsOnMove: true,
    nodeProgramClasses: {
      ringed: createNodeBorderProgram<DisplayNode, DisplayEdge>({
        borders: [
          { size: { value: settings.ringWidth }, color: { attribute: 'ringColor' } },
          { size: { fill: true }, color: { attribute: 'color' } },
        ],
      }),
    },
    edgeProgramClasses: { arrow: createEdgeArrowProgram<DisplayNode, DisplayEdge>() },
    nodeReducer: (key, data) => nodeReducer(state, key, data),
    edgeReducer: (key, data) => edgeReducer(state, graph, key, data),
  });
}
