/**
 * Prints the partitions `louvain` finds on the metric fixture graphs, as
 * JSON, for src/metrics/fixtures/make-louvain-fixture.py to score with
 * NetworkX. Run from the repository root:
 *
 *     node --conditions=@muster/source --import tsx packages/audit/scripts/louvain-runs.ts \
 *       | python3 packages/audit/src/metrics/fixtures/make-louvain-fixture.py
 */
import { louvain } from '../src/metrics/louvain.js';
import { loadFixture } from '../src/metrics/test-graphs.js';

/** The runs scored: ten seeds on each weighted fixture, and two other resolutions. */
const LOUVAIN_RUNS = [
  ...(['karate', 'florentine', 'weighted'] as const).flatMap((name) =>
    Array.from({ length: 10 }, (_, k) => ({ name, seed: k + 1, resolution: 1 })),
  ),
  ...[0.5, 2].flatMap((resolution) =>
    (['karate', 'florentine'] as const).map((name) => ({ name, seed: 1, resolution })),
  ),
];

const runs = LOUVAIN_RUNS.map((run) => {
  const { fixture, graph } = loadFixture(run.name);
  const found = louvain(graph, { seed: run.seed, resolution: run.resolution });
  return { ...run, nodes: fixture.nodes, edges: fixture.edges, community: [...found.community] };
});
process.stdout.write(`${JSON.stringify(runs)}\n`);
