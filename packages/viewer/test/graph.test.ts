/**
 * The drawn graph and the layout, in Node: merged ties, transmissions,
 * reserved attribute names untouched by user columns, the dataset left as
 * it was, the same positions for the same data, and positions computed
 * ahead of time (as `muster view` stores them) equal to the layout's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from '@muster/core';
import { addFlowEdges, displayGraph, placeNodes } from '../src/graph.js';
import { layout, storedPositions } from '../src/layout.js';
import { computePositions, parsePositions, positionsToJson } from '../src/positions.js';
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

describe('stored positions', () => {
  it('computes the same positions in Node as the layout, byte-identical for the same seed', () => {
    const dataset = parseDatasetJson(text);
    const a = positionsToJson(computePositions(dataset, { seed: 2 }));
    expect(positionsToJson(computePositions(parseDatasetJson(text), { seed: 2 }))).toBe(a);
    expect(positionsToJson(computePositions(dataset, { seed: 3 }))).not.toBe(a);
    const expected = layout(displayGraph(dataset), { seed: 2 });
    const stored = computePositions(dataset, { seed: 2 }).positions;
    expect(Object.keys(stored)).toEqual(dataset.actors.map((a) => a.id));
    for (const [id, [x, y]] of Object.entries(stored)) {
      expect(x).toBeCloseTo(expected.get(id)!.x, 2);
      expect(y).toBeCloseTo(expected.get(id)!.y, 2);
    }
  });

  it('are used only when they cover every actor', () => {
    const graph = displayGraph(parseDatasetJson(text));
    const { positions } = computePositions(parseDatasetJson(text));
    expect(storedPositions(graph, { positions })?.get('kb01')).toEqual({
      x: positions.kb01![0],
      y: positions.kb01![1],
    });
    const { kb01: _dropped, ...partial } = positions;
    expect(storedPositions(graph, { positions: partial })).toBeNull();
  });

  it('refuses stored positions that are not [x, y] pairs, naming the actor', () => {
    expect(() => parsePositions({ version: 2, positions: {} })).toThrow(/unsupported version 2/);
    expect(() => parsePositions({ version: 1, positions: [] })).toThrow(/must be an object/);
    expect(() => parsePositions({ version: 1, positions: { hw1: [1, 'x'] } }, '#muster-positions')).toThrow(
      "#muster-positions: actor 'hw1': expected [x, y], two finite numbers",
    );
    expect(parsePositions({ version: 1, positions: { hw1: [1, 2] } }).positions).toEqual({ hw1: [1, 2] });
  });
});

describe('@muster/viewer/standalone in Node', () => {
  // The main entry loads sigma, which needs a browser; the CLI imports this subpath.
  it('loads without a DOM', async () => {
    const standalone = await import('@muster/viewer/standalone');
    expect(typeof standalone.renderStandaloneHtml).toBe('function');
  });
});
