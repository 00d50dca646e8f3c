/**
 * The betweenness worker: receives a graph's CSR arrays (shared, not
 * copied) and chunks of sources, runs Brandes' accumulation for each chunk
 * with `betweenness(graph, { sources })`, and sends back each chunk's raw
 * sums (transferred). The arrays are read in place, on the shared memory
 * the pool wrote them to.
 */
import { parentPort } from 'node:worker_threads';
import type { CompactGraph } from '@muster/core';
import { betweenness } from '../metrics/betweenness.js';
import { failedAnswer, type BetweennessAnswer, type BetweennessTask } from './protocol.js';

let cached: { id: number; graph: CompactGraph } | undefined;

function graphOf(task: BetweennessTask): CompactGraph {
  if (cached?.id !== task.graph) {
    const graph: CompactGraph = {
      ids: new Array<string>(task.n), // only its length is read
      index: new Map(),
      offsets: task.offsets,
      neighbours: task.neighbours,
      weights: new Float64Array(0),
    };
    cached = { id: task.graph, graph };
  }
  return cached.graph;
}

function answer(task: BetweennessTask): BetweennessAnswer {
  try {
    const graph = graphOf(task);
    return { task: task.task, parts: task.chunks.map((sources) => betweenness(graph, { sources })) };
  } catch (error) {
    return failedAnswer(task.task, error);
  }
}

if (parentPort !== null) {
  const port = parentPort;
  port.on('message', (task: BetweennessTask) => {
    const reply = answer(task);
    port.postMessage(reply, 'parts' in reply ? reply.parts.map((p) => p.buffer as ArrayBuffer) : []);
  });
}
