import { describe, expect, it } from 'vitest';
import { eiIndex } from './ei.js';
import { graphOf } from './test-graphs.js';

describe('E-I index', () => {
  // A square a–b–c–d–a with one diagonal a–c.
  const square = graphOf(['a', 'b', 'c', 'd'], 'a-b b-c c-d d-a a-c');

  it('is (E − I) / (E + I) over edges (hand-worked)', () => {
    // Groups {a, b} and {c, d}: internal a–b, c–d; external b–c, d–a, a–c → (3 − 2) / 5.
    expect(eiIndex(square, Int32Array.of(0, 0, 1, 1))).toBeCloseTo(0.2, 15);
    // {a, c} and {b, d}: internal a–c; external the four sides → (4 − 1) / 5.
    expect(eiIndex(square, Int32Array.of(0, 1, 0, 1))).toBeCloseTo(0.6, 15);
    expect(eiIndex(square, Int32Array.of(0, 0, 0, 0))).toBe(-1);
    expect(eiIndex(square, Int32Array.of(0, 1, 2, 3))).toBe(1);
  });

  it('leaves out edges with an end of unknown group', () => {
    // d unknown: a–b internal, c–a and b–c external, d's two edges dropped → (2 − 1) / 3.
    expect(eiIndex(square, Int32Array.of(0, 0, 1, -1))).toBeCloseTo(1 / 3, 15);
  });

  it('counts each pair once, whatever its ties', () => {
    const graph = graphOf(
      ['a', 'b', 'c'],
      [
        ['a', 'b', 1],
        ['b', 'a', 4, true],
        ['a', 'b', 2],
        ['b', 'c'],
      ],
    );
    expect(eiIndex(graph, Int32Array.of(0, 0, 1))).toBe(0);
  });

  it('is null when no edge joins two known groups', () => {
    expect(eiIndex(graphOf(['a', 'b'], []), Int32Array.of(0, 1))).toBeNull();
    expect(eiIndex(graphOf(['a', 'b'], 'a-b'), Int32Array.of(0, -1))).toBeNull();
    expect(() => eiIndex(square, Int32Array.of(0, 1))).toThrow(RangeError);
  });
});
