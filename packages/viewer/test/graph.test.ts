/**
 * The drawn graph and the layout, in Node: merged ties, transmissions,
 * reserved attribute names untouched by user columns, the dataset left as
 * it was, and the same positions for the same data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from '@muster/core';
import { addFlowEdges, displayGraph, placeNodes } from '../src/graph.js';
import { layout } from '../src/layout.js';
import { REPO } from './harness.js';

const text = readFileSync(join(REPO, 'examples/embed/firth-valley.json'), 'utf8');

describe('displayGraph', () => {
  it('merges the ties of each pair and counts degree over pairs', () => {
    const dataset = parseDatasetJson(text);
    const before = JSON.stringify(dataset);
    const graph = displayGraph(dataset);
    expect(graph.order).toBe(169);
    const pairs = new Set(dataset.ties.map((t) => [t.source, t.target].sort().join('|')));
    expect(graph.size).toBe(pairs.size);
    let degreeSum = 0;
    graph.forEachNode((_k, node) => (degreeSum += node.degree));
    expect(degreeSum).toBe(2 * graph.size);
    placeNodes(graph, layout(graph, { iterations: 10 }));
    addFlowEdges(graph, [{ actor: 'sc31', source: 'sc30' }]);
    expect(graph.directedSize).toBe(1);
    expect(JSON.stringify(dataset)).toBe(before);
  });

  it('keeps user columns named like sigma attributes away from what sigma reads', () => {
    const dataset = parseDatasetJson(
      JSON.stringify({
        actors: [
          {
            id: 'a',
            name: 'A',
            role: 'politician',
            locality: 'L',
            color: 'red',
            size: 99,
            hidden: true,
            type: 'x',
            zIndex: 9,
          },
          { id: 'b', name: 'B', role: 'researcher', locality: 'L' },
        ],
        ties: [{ source: 'a', target: 'b' }],
      }),
    );
    const graph = displayGraph(dataset);
    const node = graph.getNodeAttributes('a') as unknown as Record<string, unknown>;
    for (const reserved of ['color', 'size', 'label', 'hidden', 'type', 'zIndex'])
      expect(node[reserved]).toBeUndefined();
  });
});

describe('layout', () => {
  it('gives the same positions for the same data and seed', () => {
    const a = layout(displayGraph(parseDatasetJson(text)), { seed: 3 });
    const b = layout(displayGraph(parseDatasetJson(text)), { seed: 3 });
    expect([...a]).toEqual([...b]);
    const c = layout(displayGraph(parseDatasetJson(text)), { seed: 4 });
    expect([...a]).not.toEqual([...c]);
  });

  it('takes positions from mapped numeric columns when every actor has them', () => {
    const json = (extra: object) =>
      JSON.stringify({
        actors: [
          { id: 'a', name: 'A', role: 'politician', locality: 'L', east: 1, north: 2, ...extra },
          { id: 'b', name: 'B', role: 'researcher', locality: 'L', east: 3, north: 4 },
        ],
        ties: [{ source: 'a', target: 'b' }],
      });
    const mapping = { positionAttributes: { x: 'east', y: 'north' } };
    expect(layout(displayGraph(parseDatasetJson(json({}))), mapping).get('b')).toEqual({ x: 3, y: 4 });
    // One actor without: a computed layout for all.
    const partial = parseDatasetJson(json({ east: 'n/a' }));
    expect(layout(displayGraph(partial), mapping).get('b')).not.toEqual({ x: 3, y: 4 });
  });
});

describe('@muster/viewer/standalone in Node', () => {
  // The main entry loads sigma, which needs a browser; the CLI imports this subpath.
  it('loads without a DOM', async () => {
    const standalone = await import('@muster/viewer/standalone');
    expect(typeof standalone.renderStandaloneHtml).toBe('function');
  });
});
