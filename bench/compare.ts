/**
 * The audit's metrics against NetworkX, igraph and graphology-metrics on the
 * same graph, in the same run: exact betweenness, Burt's constraint and
 * effective size, and Louvain. Prints the times, the ratios (their time ÷
 * ours) and how far our values are from NetworkX's.
 *
 *   node --conditions=@muster/source --import tsx bench/compare.ts [--large] [--all]
 *
 * The graph is a single-locality planted partition from the generator
 * (synthetic.ts, seed 1): 2,000 actors / 20,000 ties, and with --large also
 * 20,000 / 200,000. It is written once as an edge list that bench/compare.py
 * reads into NetworkX (python3) or igraph (`apt-get install python3-igraph`;
 * skipped with a message when no Python has it). Above 5,000 nodes the
 * betweenness of NetworkX, igraph and graphology-metrics (minutes to hours)
 * is skipped unless --all. Times cover each metric call on a built graph;
 * building the graph is timed apart.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CompactGraph } from '@muster/core';
import { BetweennessPool, betweennessParallel } from '@muster/audit/node';
import { UndirectedGraph } from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness.js';
import { betweenness } from '../packages/audit/src/metrics/betweenness.js';
import { structuralHoles } from '../packages/audit/src/metrics/burt.js';
import { louvain } from '../packages/audit/src/metrics/louvain.js';
import { syntheticGraph, writeEdgeList } from './cluster-graph.js';
import { count, ratio, scratchFolder, seconds, table, timed, timedAsync, type Timed } from './measure.js';

const HELP = `Compare the audit's metrics with NetworkX, igraph and graphology-metrics.

Usage: node --conditions=@muster/source --import tsx bench/compare.ts [options]

  --large             also 20,000 actors / 200,000 ties (ours, NetworkX constraint and
                      Louvain, igraph Louvain; the others' betweenness needs --all)
  --all               run every library's betweenness at every size (NetworkX takes
                      hours and igraph minutes at 20,000 actors)
  --threads N         worker threads for our parallel betweenness (default: CPUs)
  --seed S            seed of Louvain everywhere (default 1)
  --runs N            time every call N times and keep the best (default 1)
  --libraries LIST    which of networkx,igraph,graphology to run (default all three)
  --python PATH       the Python with NetworkX (default python3)
  --igraph-python P   the Python with igraph (default: python3, else /usr/bin/python3)
  -h, --help          show this help
`;

/** Above this many nodes the other libraries' betweenness is skipped unless --all. */
const SLOW_BETWEENNESS_NODES = 5000;

// A CommonJS module whose types declare `export default`: under Node's ESM
// the default import is `module.exports`, the function itself.
const betweennessCentrality = graphologyBetweenness as unknown as typeof graphologyBetweenness.default;

const SCRIPT = fileURLToPath(new URL('./compare.py', import.meta.url));

interface PythonResult {
  library: string;
  version: string;
  build_seconds: number;
  betweenness?: { seconds: number; values: (number | null)[] };
  constraint?: { seconds: number; values: (number | null)[] };
  effective_size?: { seconds: number; values: (number | null)[] };
  effective_size_per_node?: { seconds: number; nodes: number[]; values: (number | null)[] };
  louvain?: { seconds: number; modularity: number; count: number };
}

/** The first of `candidates` that can import `module`, or undefined. */
function pythonWith(module: string, candidates: readonly string[]): string | undefined {
  return candidates.find((python) => spawnSync(python, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0);
}

function runPython(
  python: string,
  library: 'networkx' | 'igraph',
  edges: string,
  out: string,
  flags: string[],
): PythonResult {
  const child = spawnSync(python, [SCRIPT, edges, out, '--library', library, ...flags], { stdio: 'inherit' });
  if (child.status !== 0)
    throw new Error(`compare.py --library ${library} failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(readFileSync(out, 'utf8')) as PythonResult;
}

/** Largest |a − b| over the entries where both are numbers; also how many are NaN/null on one side only. */
function maxAbsDiff(
  ours: ArrayLike<number>,
  theirs: readonly (number | null)[],
): { max: number; mismatchedNaN: number } {
  let max = 0;
  let mismatchedNaN = 0;
  for (let i = 0; i < theirs.length; i++) {
    const a = ours[i]!;
    const b = theirs[i];
    if (b === null || b === undefined || Number.isNaN(a)) {
      if ((b === null || b === undefined) !== Number.isNaN(a)) mismatchedNaN++;
      continue;
    }
    max = Math.max(max, Math.abs(a - b));
  }
  return { max, mismatchedNaN };
}

/** `f`'s last value and its best time over `runs` calls. */
function best<T>(runs: number, f: () => T): Timed<T> {
  let result = timed(f);
  for (let r = 1; r < runs; r++) {
    const again = timed(f);
    if (again.seconds < result.seconds) result = again;
  }
  return result;
}

async function bestAsync<T>(runs: number, f: () => Promise<T>): Promise<Timed<T>> {
  let result = await timedAsync(f);
  for (let r = 1; r < runs; r++) {
    const again = await timedAsync(f);
    if (again.seconds < result.seconds) result = again;
  }
  return result;
}

function graphologyOf(graph: CompactGraph): UndirectedGraph {
  const g = new UndirectedGraph();
  const n = graph.ids.length;
  for (let i = 0; i < n; i++) g.addNode(i);
  for (let u = 0; u < n; u++)
    for (let k = graph.offsets[u]!; k < graph.offsets[u + 1]!; k++) {
      const v = graph.neighbours[k]!;
      if (u < v) g.addEdge(u, v, { weight: graph.weights[k]! });
    }
  return g;
}

const sci = (x: number): string => (x === 0 ? '0' : x.toExponential(1));

async function compareSize(
  actors: number,
  options: {
    all: boolean;
    graphology: boolean;
    threads: number;
    seed: number;
    runs: number;
    python?: string;
    igraphPython?: string;
    dir: string;
  },
): Promise<void> {
  const built = timed(() => syntheticGraph(actors));
  const { graph } = built.value;
  const n = graph.ids.length;
  const m = graph.neighbours.length / 2;
  const edges = join(options.dir, `edges-${actors}.txt`);
  writeEdgeList(graph, edges);
  const slow = n > SLOW_BETWEENNESS_NODES && !options.all;
  process.stdout.write(
    `\n== ${count(n)} nodes / ${count(m)} edges: planted partition, one locality, seed 1 ` +
      `(generated and built in ${seconds(built.seconds)}) ==\n`,
  );

  // Ours, in this process; each the best of `runs`.
  const { runs } = options;
  const ours1 = best(runs, () => betweenness(graph));
  process.stderr.write(`ours, betweenness, 1 thread: ${seconds(ours1.seconds)}\n`);
  const oursN = await bestAsync(runs, () => betweennessParallel(graph, { threads: options.threads }));
  process.stderr.write(`ours, betweenness, ${options.threads} threads: ${seconds(oursN.seconds)}\n`);
  // Again with the workers already running, as in an audit of many localities.
  const pool = new BetweennessPool(options.threads);
  let warm;
  try {
    await Promise.all(Array.from({ length: options.threads }, () => pool.compute(graph, { pivots: 1 })));
    warm = await bestAsync(runs, () => pool.compute(graph));
  } finally {
    await pool.close();
  }
  const same =
    Buffer.from(oursN.value.buffer).equals(Buffer.from(ours1.value.buffer)) &&
    Buffer.from(warm.value.buffer).equals(Buffer.from(ours1.value.buffer));
  const holes = best(runs, () => structuralHoles(graph));
  const communities = best(runs, () => louvain(graph, { seed: options.seed }));

  // graphology-metrics, in this process.
  let graphology: { build: number; seconds: number; values: Float64Array } | undefined;
  if (!slow && options.graphology) {
    const g = timed(() => graphologyOf(graph));
    const b = best(runs, () => betweennessCentrality(g.value, { getEdgeWeight: null }));
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = b.value[String(i)]!;
    graphology = { build: g.seconds, seconds: b.seconds, values };
    process.stderr.write(`graphology-metrics betweenness: ${seconds(b.seconds)}\n`);
  }

  // NetworkX and igraph, one Python process each.
  const flags = [
    '--runs',
    String(options.runs),
    ...(slow ? [] : ['--betweenness']),
    '--louvain',
    '--seed',
    String(options.seed),
  ];
  // Constraint and effective size are compared in NetworkX only (see compare.py).
  const nxFlags = [...flags, '--holes', '--per-node', '2000'];
  const nx =
    options.python === undefined
      ? undefined
      : runPython(options.python, 'networkx', edges, join(options.dir, `networkx-${actors}.json`), nxFlags);
  const ig =
    options.igraphPython === undefined
      ? undefined
      : runPython(options.igraphPython, 'igraph', edges, join(options.dir, `igraph-${actors}.json`), flags);

  const skipped = slow ? `skipped above ${count(SLOW_BETWEENNESS_NODES)} nodes (--all)` : 'not run';
  const rows: string[][] = [['metric', 'implementation', 'time', '÷ Muster, 1 thread']];
  const row = (metric: string, who: string, s: number | undefined, ours: number): void => {
    rows.push([metric, who, s === undefined ? skipped : seconds(s), s === undefined ? '' : ratio(s / ours)]);
  };
  const bt = ours1.seconds;
  const cpu = (t: { cpuSeconds: number }): string => `, CPU ${seconds(t.cpuSeconds)}`;
  row('exact betweenness', `Muster, 1 thread${cpu(ours1)}`, bt, bt);
  row('', `Muster, ${options.threads} threads, starting the workers${cpu(oursN)}`, oursN.seconds, bt);
  row('', `Muster, ${options.threads} threads, workers already running${cpu(warm)}`, warm.seconds, bt);
  if (nx !== undefined) row('', `NetworkX ${nx.version} betweenness_centrality`, nx.betweenness?.seconds, bt);
  if (ig !== undefined) row('', `igraph ${ig.version} betweenness`, ig.betweenness?.seconds, bt);
  if (options.graphology) row('', 'graphology-metrics betweenness (getEdgeWeight: null)', graphology?.seconds, bt);
  const hs = holes.seconds;
  row('constraint + effective size', 'Muster structuralHoles (both at once)', hs, hs);
  if (nx?.constraint !== undefined && nx.effective_size !== undefined) {
    row('', `NetworkX constraint + effective_size (all nodes)`, nx.constraint.seconds + nx.effective_size.seconds, hs);
    row('', `  constraint`, nx.constraint.seconds, hs);
    row('', `  effective_size`, nx.effective_size.seconds, hs);
  }
  const cq = communities.value;
  const ls = communities.seconds;
  row('Louvain', `Muster louvain: Q ${cq.modularity.toFixed(4)}, ${cq.count} communities`, ls, ls);
  for (const other of [nx, ig]) {
    if (other?.louvain === undefined) continue;
    const l = other.louvain;
    const name = other.library === 'networkx' ? 'NetworkX louvain_communities' : 'igraph community_multilevel';
    row('', `${name}: Q ${l.modularity.toFixed(4)}, ${l.count} communities`, l.seconds, ls);
  }
  const builds = [
    ['Muster compact view (CSR), from the in-memory dataset', seconds(built.seconds) + ' incl. generation'],
    ...(graphology === undefined ? [] : [['graphology graph', seconds(graphology.build)]]),
    ...(nx === undefined ? [] : [['NetworkX graph', seconds(nx.build_seconds)]]),
    ...(ig === undefined ? [] : [['igraph graph', seconds(ig.build_seconds)]]),
  ];
  process.stdout.write(
    table(rows) +
      '\n\ngraph construction (not in the times above): ' +
      builds.map(([a, b]) => `${a} ${b}`).join('; ') +
      '\n',
  );

  // Agreement, on this very graph.
  const checks: string[][] = [['values', 'against', 'max |Δ|', 'NaN on one side only']];
  checks.push(['betweenness, N threads', 'Muster, 1 thread', same ? 'identical bits' : 'DIFFERENT', '']);
  const add = (
    what: string,
    against: string,
    ours: ArrayLike<number>,
    theirs: readonly (number | null)[] | undefined,
  ): void => {
    if (theirs === undefined) return;
    const d = maxAbsDiff(ours, theirs);
    checks.push([what, against, sci(d.max), String(d.mismatchedNaN)]);
  };
  add('betweenness', 'NetworkX', ours1.value, nx?.betweenness?.values);
  add('betweenness', 'igraph', ours1.value, ig?.betweenness?.values);
  add(
    'betweenness',
    'graphology-metrics',
    ours1.value,
    graphology === undefined ? undefined : Array.from(graphology.values),
  );
  add('constraint', 'NetworkX', holes.value.constraint, nx?.constraint?.values);
  const perNode = nx?.effective_size_per_node;
  if (perNode !== undefined) {
    const sampled = perNode.nodes.length < n ? ` (${count(perNode.nodes.length)} evenly spaced nodes)` : '';
    add(
      'effective size',
      `NetworkX, nodes given: Burt's formula node by node${sampled}`,
      perNode.nodes.map((i) => holes.value.effectiveSize[i]!),
      perNode.values,
    );
  }
  add(
    'effective size',
    'NetworkX, all nodes: its sparse-matrix path (networkx PR #8906, expected to differ)',
    holes.value.effectiveSize,
    nx?.effective_size?.values,
  );
  process.stdout.write('\n' + table(checks) + '\n');
  let maxB = 0;
  for (let i = 0; i < n; i++) maxB = Math.max(maxB, ours1.value[i]!);
  process.stdout.write(
    `(largest betweenness ${maxB.toExponential(3)}; Louvain partitions differ between libraries by design, compare Q)\n`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      large: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      threads: { type: 'string' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '1' },
      libraries: { type: 'string', default: 'networkx,igraph,graphology' },
      python: { type: 'string' },
      'igraph-python': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const threads = values.threads === undefined ? availableParallelism() : Number(values.threads);
  const libraries = new Set(
    values.libraries
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== ''),
  );
  for (const l of libraries)
    if (!['networkx', 'igraph', 'graphology'].includes(l)) throw new Error(`--libraries: unknown library '${l}'`);
  const python = libraries.has('networkx') ? pythonWith('networkx', [values.python ?? 'python3']) : undefined;
  const igraphPython = libraries.has('igraph')
    ? pythonWith(
        'igraph',
        values['igraph-python'] !== undefined ? [values['igraph-python']] : ['python3', '/usr/bin/python3'],
      )
    : undefined;
  process.stdout.write(`compare, ${availableParallelism()} CPUs, Node ${process.version}\n`);
  if (python === undefined && libraries.has('networkx'))
    process.stdout.write('NetworkX: not found (no python3 that can import networkx); skipped\n');
  if (igraphPython === undefined && libraries.has('igraph'))
    process.stdout.write(
      'igraph: not found (no python3 that can import igraph); skipped. Install it with ' +
        '`apt-get install python3-igraph` (benchmark only)\n',
    );
  if (!values.all)
    process.stdout.write(
      `betweenness of NetworkX, igraph and graphology-metrics: skipped above ${count(SLOW_BETWEENNESS_NODES)} nodes unless --all\n`,
    );
  const dir = scratchFolder('muster-bench-compare-');
  const sizes = values.large ? [2000, 20000] : [2000];
  for (const actors of sizes) {
    await compareSize(actors, {
      all: values.all,
      graphology: libraries.has('graphology'),
      threads,
      seed: Number(values.seed),
      runs: Math.max(1, Number(values.runs)),
      ...(python === undefined ? {} : { python }),
      ...(igraphPython === undefined ? {} : { igraphPython }),
      dir,
    });
  }
}

await main();
