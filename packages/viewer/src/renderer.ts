/**
 * The sigma renderer of the drawn graph: reducers from the view state,
 * broker/silo rings, flow arrows, and sigma's own labels off (the label
 * layer draws them without overlaps).
 */
import Sigma from 'sigma';
import { createEdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import { createNodeBorderProgram } from '@sigma/node-border';
import type { DisplayGraph, DrawnEdge, DrawnGraph, DrawnNode } from './graph.js';
import { edgeReducer, nodeReducer, type ViewState } from './reducers.js';

/**
 * `drawn` is what sigma draws (the drawn graph, or a large map's overview);
 * `graph` the whole drawn graph the reducers consult.
 */
export function createRenderer(
  drawn: DrawnGraph,
  graph: DisplayGraph,
  stage: HTMLElement,
  state: ViewState,
): Sigma<DrawnNode, DrawnEdge> {
  const { settings } = state;
  return new Sigma<DrawnNode, DrawnEdge>(drawn, stage, {
    allowInvalidContainer: true,
    zIndex: true,
    renderLabels: false,
    // Hovered and focused actors are labelled by the label layer and described by the tooltip.
    defaultDrawNodeHover: () => undefined,
    hideEdgesOnMove: drawn.size > settings.hideEdgesOnMoveAbove,
    // Many ties: 1-pixel lines, two vertices each, rather than antialiased quads.
    defaultEdgeType: drawn.size > settings.lod.simpleEdgesAbove ? 'line' : 'rectangle',
    hideLabelsOnMove: true,
    nodeProgramClasses: {
      ringed: createNodeBorderProgram<DrawnNode, DrawnEdge>({
        borders: [
          { size: { value: settings.ringWidth }, color: { attribute: 'ringColor' } },
          { size: { fill: true }, color: { attribute: 'color' } },
        ],
      }),
    },
    edgeProgramClasses: {
      arrow: createEdgeArrowProgram<DrawnNode, DrawnEdge>(),
      line: EdgeLineProgram,
      rectangle: EdgeRectangleProgram,
    },
    nodeReducer: (key, data) => nodeReducer(state, key, data),
    edgeReducer: (key, data) => edgeReducer(state, graph, key, data),
  });
}
