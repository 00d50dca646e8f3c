/**
 * What sigma draws, derived at display time from the drawn graph and the
 * view state (sigma's reducers): position, size, colour, label and
 * visibility. Nothing here writes to the graph or the dataset.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './graph.js';
import { BROKER_RING, EDGE, FLOW_EDGE, LINK_EDGE, MUTED_EDGE, MUTED_NODE, OTHER_ROLE } from './palette.js';

/** Everything the reducers read; the viewer changes it and asks sigma to refresh. */
export interface ViewState {
  colors: Map<string, string>;
  /** Size of each node (metric already scaled). */
  sizes: Map<string, number>;
  locality: string | null;
  role: string | null;
  kind: string | null;
  focus: string | null;
  /** The focused actor and its neighbours. */
  ego: Set<string> | null;
  /** A role pair whose link is highlighted. */
  link: [string, string] | null;
  brokers: Set<string>;
  /** Ring colour of actors in silo communities. */
  silos: Map<string, string>;
  /** Adoption order by actor, when a flow is loaded. */
  adoptionOrder: Map<string, number> | null;
  /** Adoptions shown. */
  time: number;
  hovered: string | null;
}

type NodeOut = Partial<NodeDisplayData> & { ringColor?: string };

function playsRole(node: DisplayNode, role: string): boolean {
  return node.actor.role === role || node.actor.roles.includes(role);
}

/** Whether an actor is shown at all (locality filter). */
export function isVisible(state: ViewState, node: DisplayNode): boolean {
  return state.locality === null || node.actor.locality === state.locality;
}

export function nodeReducer(state: ViewState, key: string, node: DisplayNode): NodeOut {
  const out: NodeOut = {
    x: node.x,
    y: node.y,
    size: state.sizes.get(key) ?? 3,
    color: state.colors.get(node.actor.role) ?? OTHER_ROLE,
    label: node.actor.name,
    hidden: !isVisible(state, node),
    zIndex: 1,
  };
  let muted = false;
  if (state.role !== null && !playsRole(node, state.role)) muted = true;
  if (state.link !== null && !playsRole(node, state.link[0]) && !playsRole(node, state.link[1])) muted = true;
  if (state.ego !== null && !state.ego.has(key)) muted = true;
  // A loaded flow dims non-adopters once playback has begun (time > 0).
  if (state.adoptionOrder !== null && state.time > 0) {
    const order = state.adoptionOrder.get(key);
    if (order === undefined || order >= state.time) muted = true;
    else if (order === state.time - 1) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 3;
    }
  }
  const ring = state.brokers.has(key) ? BROKER_RING : state.silos.get(key);
  if (ring !== undefined) {
    out.type = 'ringed';
    out.ringColor = ring;
  }
  if (muted) {
    out.color = MUTED_NODE;
    out.label = null;
    out.zIndex = 0;
    if (ring !== undefined) out.ringColor = MUTED_NODE;
  }
  if (key === state.focus || key === state.hovered) {
    out.highlighted = true;
    out.forceLabel = true;
    out.zIndex = 4;
  }
  return out;
}

export function edgeReducer(
  state: ViewState,
  graph: DisplayGraph,
  key: string,
  edge: DisplayEdge,
): Partial<EdgeDisplayData> {
  if (edge.role === 'flow') {
    const shown = state.adoptionOrder !== null && edge.order < state.time;
    return { hidden: !shown, type: 'arrow', color: FLOW_EDGE, size: 2.5, zIndex: 3 };
  }
  const out: Partial<EdgeDisplayData> = { color: EDGE, size: Math.min(0.5 + edge.weight / 2, 3), zIndex: 1 };
  if (state.kind !== null && !edge.kinds.includes(state.kind)) return { hidden: true };
  const flowing = state.adoptionOrder !== null && state.time > 0;
  const muting = state.ego !== null || state.link !== null || state.role !== null || flowing;
  if (!muting) return out;
  const source = graph.source(key);
  const target = graph.target(key);
  if (state.ego !== null && state.focus !== null) {
    if (source !== state.focus && target !== state.focus) return { ...out, color: MUTED_EDGE, zIndex: 0 };
    return { ...out, color: '#4a5360', zIndex: 2 };
  }
  if (state.link !== null) {
    const [a, b] = state.link;
    const s = graph.getNodeAttributes(source);
    const t = graph.getNodeAttributes(target);
    const joins = (playsRole(s, a) && playsRole(t, b)) || (playsRole(s, b) && playsRole(t, a));
    return joins ? { ...out, color: LINK_EDGE, size: 2.5, zIndex: 2 } : { ...out, color: MUTED_EDGE, zIndex: 0 };
  }
  if (state.role !== null) {
    const s = graph.getNodeAttributes(source);
    const t = graph.getNodeAttributes(target);
    if (!playsRole(s, state.role) && !playsRole(t, state.role)) return { ...out, color: MUTED_EDGE, zIndex: 0 };
    return out;
  }
  return { ...out, color: MUTED_EDGE, zIndex: 0 };
}
