/**
 * Level of detail for large maps. Above `settings.lod.aggregateAbove`
 * actors sigma does not draw every actor and tie: it draws an overview, one
 * node per role in each locality (sized by its number of actors) and one
 * edge per pair of such groups with ties between them (their count). Opening
 * a locality (clicking one of its groups, choosing it, focusing one of its
 * actors) puts its actors and their ties in place of its groups. The viewer's
 * own graph holds every actor (search, legend, sizes) but, on a large map,
 * only the ties of opened localities: building a graph of every tie is what
 * took most of the time; they are added a locality at a time.
 */
import type { Dataset } from '@muster/core';
import { addTies, emptyGraph, type DisplayGraph, type DisplayNode, type DrawnGraph, type GroupNode } from './graph.js';
import type { ViewerSettings } from './settings.js';

export interface Overview {
  /** The graph sigma draws. */
  drawn: DrawnGraph;
  /** Localities whose actors are drawn. */
  opened: ReadonlySet<string>;
  /** Draws the locality's actors and their ties in place of its groups; false if it was open already. */
  open(locality: string): boolean;
  /** The data's ties with an end among the locality's actors (no self-ties, none at an unknown actor), in data order. */
  tiesAt(locality: string): Dataset['ties'];
  /** Draws the flow's transmission edges between drawn actors again (after a flow is loaded or dropped). */
  syncFlowEdges(): void;
}

/** Key of the group of a role in a locality. */
const groupKey = (locality: string, role: string): string => `g\u0000${locality}\u0000${role}`;

/** Adds `value` to the list of `key` in `lists`. */
function append<T>(lists: Map<string, T[]>, key: string, value: T): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [value]);
  else list.push(value);
}

/**
 * Group positions: the centroid of the members' positions; when the
 * positions are only the seeded start (`arrange`: every group's centroid is
 * near its locality's centre), the locality's groups on a small ring round
 * that centre instead, in role order.
 */
function placeGroups(
  graph: DisplayGraph,
  groups: Map<string, GroupNode>,
  roleOrder: readonly string[],
  arrange: boolean,
  ring: number,
): void {
  const sums = new Map<string, { x: number; y: number; n: number }>();
  const add = (key: string, node: DisplayNode): void => {
    const sum = sums.get(key) ?? { x: 0, y: 0, n: 0 };
    sum.x += node.x;
    sum.y += node.y;
    sum.n++;
    sums.set(key, sum);
  };
  graph.forEachNode((_key, node) => {
    add(groupKey(node.actor.locality, node.actor.role), node);
    add(node.actor.locality, node);
  });
  // The spread of each locality: the mean distance of its actors from its centre.
  const spread = new Map<string, number>();
  if (arrange) {
    graph.forEachNode((_key, node) => {
      const c = sums.get(node.actor.locality)!;
      const d = Math.hypot(node.x - c.x / c.n, node.y - c.y / c.n) / c.n;
      spread.set(node.actor.locality, (spread.get(node.actor.locality) ?? 0) + d);
    });
  }
  const rank = (role: string): number => {
    const i = roleOrder.indexOf(role);
    return i < 0 ? roleOrder.length : i;
  };
  for (const [key, group] of groups) {
    const { locality, role } = group.group;
    if (!arrange) {
      const sum = sums.get(key)!;
      [group.x, group.y] = [sum.x / sum.n, sum.y / sum.n];
      continue;
    }
    const c = sums.get(locality)!;
    const angle = (2 * Math.PI * rank(role)) / (roleOrder.length + 1);
    const r = spread.get(locality)! * ring;
    [group.x, group.y] = [c.x / c.n + r * Math.cos(angle), c.y / c.n + r * Math.sin(angle)];
  }
}

/** The overview of a drawn graph whose nodes are placed. */
export function createOverview(
  graph: DisplayGraph,
  ties: Dataset['ties'],
  roles: readonly { id: string; label: string }[],
  arrange: boolean,
  lod: Pick<ViewerSettings['lod'], 'groupSize' | 'groupRing'>,
): Overview {
  const size = lod.groupSize;
  const roleOrder = roles.map((r) => r.id);
  const drawn = emptyGraph();
  const groups = new Map<string, GroupNode>();
  const groupOf = new Map<string, string>();
  const localityOf = new Map<string, string>();
  const membersOf = new Map<string, string[]>();
  graph.forEachNode((key, node) => {
    const g = groupKey(node.actor.locality, node.actor.role);
    groupOf.set(key, g);
    localityOf.set(key, node.actor.locality);
    append(membersOf, node.actor.locality, key);
    const group = groups.get(g);
    if (group === undefined) {
      const { locality, role } = node.actor;
      groups.set(g, { group: { locality, role, count: 1 }, x: 0, y: 0, radius: 0, label: '' });
    } else group.group.count++;
  });
  placeGroups(graph, groups, roleOrder, arrange, lod.groupRing);
  let largest = 1;
  // The largest group of each locality carries the locality's name; the others their role and count only.
  const namer = new Map<string, GroupNode>();
  for (const node of groups.values()) {
    largest = Math.max(largest, node.group.count);
    const top = namer.get(node.group.locality);
    if (top === undefined || node.group.count > top.group.count) namer.set(node.group.locality, node);
  }
  for (const node of groups.values()) {
    const { locality, role, count } = node.group;
    node.radius = size.min + (size.max - size.min) * Math.sqrt(count / largest);
    const what = `${roles.find((r) => r.id === role)?.label ?? role} ${count.toLocaleString('en')}`;
    node.label = namer.get(locality) === node ? `${locality}: ${what}` : what;
  }
  for (const [key, group] of groups) drawn.addNode(key, group);
  // One edge per pair of groups of a locality, and one per pair of localities (between their largest groups),
  // counting the ties between them (from the data: the graph holds no ties yet) — one edge per pair of groups
  // across localities would be tens of thousands, a grey veil; and each locality's ties, for when it is opened.
  // Groups by number, so that counting pairs over every tie makes no strings.
  const keys = [...groups.keys()];
  const number = new Map(keys.map((key, i) => [key, i]));
  const namerOf = new Map(
    [...namer].map(([locality, node]) => [locality, number.get(groupKey(locality, node.group.role))!]),
  );
  const pairs = new Map<number, number>();
  const tiesOf = new Map<string, Dataset['ties']>();
  for (const tie of ties) {
    const ga = groupOf.get(tie.source);
    const gb = groupOf.get(tie.target);
    if (ga === undefined || gb === undefined || tie.source === tie.target) continue;
    const la = localityOf.get(tie.source)!;
    const lb = localityOf.get(tie.target)!;
    append(tiesOf, la, tie);
    if (lb !== la) append(tiesOf, lb, tie);
    if (ga === gb) continue;
    const a = la === lb ? number.get(ga)! : namerOf.get(la)!;
    const b = la === lb ? number.get(gb)! : namerOf.get(lb)!;
    const pair = a < b ? a * keys.length + b : b * keys.length + a;
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  for (const [pair, count] of pairs) {
    const [a, b] = [keys[Math.floor(pair / keys.length)]!, keys[pair % keys.length]!];
    drawn.addUndirectedEdgeWithKey(`G\u0000${a}\u0000${b}`, a, b, { role: 'group', ties: count });
  }
  const opened = new Set<string>();
  const tiesAt = (locality: string): Dataset['ties'] => tiesOf.get(locality) ?? [];

  /** Adds the edges of `graph` at `actor` whose other end is drawn. */
  const addEdgesAt = (actor: string): void => {
    graph.forEachEdge(actor, (edge, attributes, source, target) => {
      if (drawn.hasEdge(edge) || !drawn.hasNode(source) || !drawn.hasNode(target)) return;
      if (graph.isDirected(edge)) drawn.addDirectedEdgeWithKey(edge, source, target, attributes);
      else drawn.addUndirectedEdgeWithKey(edge, source, target, attributes);
    });
  };

  return {
    drawn,
    opened,
    open(locality) {
      if (opened.has(locality)) return false;
      const members = membersOf.get(locality) ?? [];
      for (const g of new Set(members.map((key) => groupOf.get(key)!))) if (drawn.hasNode(g)) drawn.dropNode(g);
      // The locality's ties, unless their other end's locality was opened before (they came with it).
      const other = (t: Dataset['ties'][number]): string =>
        localityOf.get(t.source) === locality ? localityOf.get(t.target)! : localityOf.get(t.source)!;
      addTies(
        graph,
        tiesAt(locality).filter((t) => !opened.has(other(t))),
      );
      opened.add(locality);
      for (const key of members) drawn.addNode(key, graph.getNodeAttributes(key));
      for (const key of members) addEdgesAt(key);
      return true;
    },
    tiesAt,
    syncFlowEdges() {
      for (const edge of drawn.directedEdges()) drawn.dropEdge(edge);
      graph.forEachDirectedEdge((edge, attributes, source, target) => {
        if (drawn.hasNode(source) && drawn.hasNode(target))
          drawn.addDirectedEdgeWithKey(edge, source, target, attributes);
      });
    },
  };
}
