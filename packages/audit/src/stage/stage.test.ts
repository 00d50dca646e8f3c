import { createRng, defaultProfile, type Actor, type Dataset, type Tie } from '@muster/core';
import { describe, expect, it } from 'vitest';
import { auditCluster } from '../audit.js';
import type { NetworkStage } from '../report.js';

const ROLES = defaultProfile().roles.map((r) => r.id);

/** A one-locality dataset of `n` actors (roles in turn) and the given pairs. */
function network(n: number, pairs: [number, number][]): Dataset {
  const actors: Actor[] = Array.from({ length: n }, (_, i) => ({
    id: `a${String(i).padStart(3, '0')}`,
    name: `Actor ${i}`,
    role: ROLES[i % ROLES.length]!,
    roles: [],
    locality: 'Testham',
    attributes: {},
  }));
  const ties: Tie[] = pairs.map(([a, b]) => ({
    source: actors[a]!.id,
    target: actors[b]!.id,
    kind: 'collaboration',
    weight: 1,
    directed: false,
    attributes: {},
  }));
  return { actors, ties, ideas: [], adoptions: [], mentions: [] };
}

function clique(nodes: number[]): [number, number][] {
  return nodes.flatMap((a, i) => nodes.slice(i + 1).map((b): [number, number] => [a, b]));
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

function stageOf(dataset: Dataset): NetworkStage {
  return auditCluster(dataset).localities[0]!.network.stage!;
}

describe("the network's stage", () => {
  it('calls a star of 20 actors hub-and-spoke', () => {
    const stage = stageOf(
      network(
        20,
        range(1, 20).map((i): [number, number] => [0, i]),
      ),
    );
    expect(stage.id).toBe('hub-and-spoke');
    expect(stage.evidence.centralisation).toBe(1);
    expect(stage.evidence.hubs).toEqual(['a000']);
  });

  it('calls four disjoint cliques scattered', () => {
    const stage = stageOf(
      network(
        24,
        [0, 6, 12, 18].flatMap((s) => clique(range(s, s + 6))),
      ),
    );
    expect(stage.id).toBe('scattered');
    expect(stage.evidence.components).toBe(4);
    expect(stage.evidence.largestComponentShare).toBe(0.25);
  });

  it('calls a dense core of 10 with 30 actors tied to one or two of it core-periphery', () => {
    const rng = createRng(7);
    const pairs = clique(range(0, 10));
    for (let p = 10; p < 40; p++) {
      const first = Math.floor(rng() * 10);
      pairs.push([first, p]);
      if (p % 2 === 0) pairs.push([(first + 1 + Math.floor(rng() * 9)) % 10, p]);
    }
    const stage = stageOf(network(40, pairs));
    expect(stage.id).toBe('core-periphery');
    expect(stage.evidence.coreFit).toBeGreaterThan(0.8);
    expect(stage.evidence.core).toEqual(range(0, 10).map((i) => `a${String(i).padStart(3, '0')}`));
  });

  it('calls a planted partition of dense communities joined by a few hubs multi-hub, a small world', () => {
    const rng = createRng(3);
    const pairs: [number, number][] = [];
    // Four communities of 12 (nodes 3..50), ties inside with probability 0.5; hubs 0, 1 and 2.
    for (let c = 0; c < 4; c++)
      for (const [a, b] of clique(range(3 + 12 * c, 15 + 12 * c))) if (rng() < 0.5) pairs.push([a, b]);
    for (let h = 0; h < 3; h++)
      for (let c = 0; c < 4; c++) for (let k = 0; k < 4; k++) pairs.push([h, 3 + 12 * c + ((h * 4 + k) % 12)]);
    pairs.push([0, 1], [1, 2]);
    const stage = stageOf(network(51, pairs));
    expect(stage.id).toBe('multi-hub');
    expect([...stage.evidence.hubs].sort()).toEqual(['a000', 'a001', 'a002']);
    expect(stage.evidence.smallWorld).toBeGreaterThan(1);
  });
});

describe('weavers', () => {
  it('lists an actor whose contacts know each other and who reaches other communities, and not the hub of a star', () => {
    const star = auditCluster(
      network(
        20,
        range(1, 20).map((i): [number, number] => [0, i]),
      ),
    ).localities[0]!;
    expect(star.network.weavers).toEqual([]);
    // Three cliques of 5; actor 0 sits in the first and has a tied pair in each of the others.
    const pairs = [
      ...clique(range(0, 5)),
      ...clique(range(5, 10)),
      ...clique(range(10, 15)),
      [0, 5],
      [0, 6],
      [0, 10],
      [0, 11],
    ] as [number, number][];
    const woven = auditCluster(network(15, pairs)).localities[0]!;
    expect(woven.network.weavers!.map((w) => w.actor)).toEqual(['a000']);
    expect(woven.network.weavers![0]!.communities).toBe(2);
    expect(woven.network.weavers![0]!.reason).toMatch(/ties into 2 other communities/);
  });
});
