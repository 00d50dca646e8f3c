/**
 * What sigma draws, derived at display time from the drawn graph and the
 * view state (sigma's reducers): position, size, colour, label and
 * visibility. Nothing here writes to the graph or the dataset.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import {
  isGroup,
  type DisplayEdge,
  type DisplayGraph,
  type DisplayNode,
  type DrawnEdge,
  type DrawnNode,
  type GroupNode,
} from './graph.js';
import { OTHER_COLOR } from '@muster/core';
import type { ViewerSettings } from './settings.js';

/** Everything the reducers read; the viewer changes it and asks sigma to refresh. */
export interface ViewState {
  settings: ViewerSettings;
  colors: Map<string, string>;
  /** Colour of each tie kind (ties of the filtered kind take it). */
  kindColors: Map<string, string>;
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

/** Label priority of an actor: above 0 it is always labelled (focus, hover, latest adopter, broker). */
export function labelPriority(state: ViewState, key: string, forced: boolean): number {
  if (key === state.focus) return 4;
  if (key === state.hovered) return 3;
  if (forced) return 2;
  return state.brokers.has(key) ? 1 : 0;
}

type NodeOut = Partial<NodeDisplayData> & { ringColor?: string };

function playsRole(node: DisplayNode, role: string): boolean {
  return node.actor.role === role || node.actor.roles.includes(role);
}

/** Whether an actor is shown at all (locality filter). */
export function isVisible(state: ViewState, node: DisplayNode): boolean {
  return state.locality === null || node.actor.locality === state.locality;
}

/** An overview group: coloured by its role, muted as its actors would be. */
function groupReducer(state: ViewState, node: GroupNode): NodeOut {
  const { locality, role } = node.group;
  const flowing = state.adoptionOrder !== null && state.time > 0;
  const muted =
    (state.role !== null && role !== state.role) ||
    (state.link !== null && role !== state.link[0] && role !== state.link[1]) ||
    state.ego !== null ||
    flowing;
  return {
    x: node.x,
    y: node.y,
    size: node.radius,
    color: muted ? state.settings.colors.mutedNode : (state.colors.get(role) ?? OTHER_COLOR),
    label: muted ? null : node.label,
    hidden: state.locality !== null && locality !== state.locality,
    zIndex: muted ? 0 : 1,
  };
}

export function nodeReducer(state: ViewState, key: string, drawn: DrawnNode): NodeOut {
  if (isGroup(drawn)) return groupReducer(state, drawn);
  const node: DisplayNode = drawn;
  const out: NodeOut = {
    x: node.x,
    y: node.y,
    size: state.sizes.get(key) ?? state.settings.nodes.sizes[0]!.min,
    color: state.colors.get(node.actor.role) ?? OTHER_COLOR,
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
  const colors = state.settings.colors;
  const ring = state.brokers.has(key) ? colors.brokerRing : state.silos.get(key);
  if (ring !== undefined) {
    out.type = 'ringed';
    out.ringColor = ring;
  }
  if (muted) {
    out.color = colors.mutedNode;
    out.label = null;
    out.zIndex = 0;
    if (ring !== undefined) out.ringColor = colors.mutedNode;
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
  drawn: DrawnEdge,
): Partial<EdgeDisplayData> {
  const { colors, edges: widths } = state.settings;
  if (drawn.role === 'group') {
    // Ties between two overview groups, as one: width by the log of their number; all kinds, so none under a kind filter.
    const size = Math.min(widths.base + Math.log2(drawn.ties) * widths.perWeight, widths.max);
    const quiet = state.ego !== null || state.link !== null || state.role !== null;
    return { hidden: state.kind !== null, size, color: quiet ? colors.mutedEdge : colors.edge, zIndex: 0 };
  }
  const edge: DisplayEdge = drawn;
  if (edge.role === 'flow') {
    const shown = state.adoptionOrder !== null && edge.order < state.time;
    return { hidden: !shown, type: 'arrow', color: colors.flowEdge, size: widths.highlighted, zIndex: 3 };
  }
  const size = Math.min(widths.base + edge.weight * widths.perWeight, widths.max);
  if (state.kind !== null && !edge.kinds.includes(state.kind)) return { hidden: true };
  const color = state.kind === null ? colors.edge : (state.kindColors.get(state.kind) ?? colors.edge);
  const out: Partial<EdgeDisplayData> = { color, size, zIndex: 1 };
  const flowing = state.adoptionOrder !== null && state.time > 0;
  const muting = state.ego !== null || state.link !== null || state.role !== null || flowing;
  if (!muting) return out;
  const source = graph.source(key);
  const target = graph.target(key);
  if (state.ego !== null && state.focus !== null) {
    if (source !== state.focus && target !== state.focus) return { ...out, color: colors.mutedEdge, zIndex: 0 };
    return { ...out, color: colors.egoEdge, zIndex: 2 };
  }
  if (state.link !== null) {
    const [a, b] = state.link;
    const s = graph.getNodeAttributes(source);
    const t = graph.getNodeAttributes(target);
    const joins = (playsRole(s, a) && playsRole(t, b)) || (playsRole(s, b) && playsRole(t, a));
    return joins
      ? { ...out, color: colors.linkEdge, size: widths.highlighted, zIndex: 2 }
      : { ...out, color: colors.mutedEdge, zIndex: 0 };
  }
  if (state.role !== null) {
    const s = graph.getNodeAttributes(source);
    const t = graph.getNodeAttributes(target);
    if (!playsRole(s, state.role) && !playsRole(t, state.role)) return { ...out, color: colors.mutedEdge, zIndex: 0 };
    return out;
  }
  return { ...out, color: colors.mutedEdge, zIndex: 0 };
}
