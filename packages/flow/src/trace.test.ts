import { parseDatasetFiles } from '@muster/core';
import { describe, expect, it } from 'vitest';
import { TRACE_DEFAULTS, traceIdea } from './trace.js';

/** A cascade worked by hand: d1 → u2 → u1 → o1 → p1, with r1 independent. */
const DATASET = parseDatasetFiles({
  'actors.csv': [
    'id,name,role,locality',
    'p1,Pat,politician,A',
    'o1,Olu,senior-official,A',
    'u1,Uma,service-user,A',
    'u2,Ula,service-user,B',
    'd1,Dee,service-designer,B',
    'r1,Rae,researcher,A',
  ].join('\n'),
  'ties.csv': [
    'source,target,kind',
    'd1,u2,collaboration',
    'u2,u1,information',
    'u1,o1,advice',
    'o1,p1,collaboration',
    'd1,p1,funding',
  ].join('\n'),
  'ideas.csv': 'id,title,origin\nx,Idea X,d1',
  'adoptions.csv': ['idea,actor,date,source', 'x,d1,1,', 'x,u2,2,', 'x,u1,3,', 'x,r1,4,', 'x,o1,5,u1', 'x,p1,6,'].join(
    '\n',
  ),
  'mentions.csv': 'idea,date,count\nx,1,0\nx,2,3\nx,3,8\nx,4,2',
});

describe('traceIdea: the observed cascade', () => {
  const report = traceIdea(DATASET, 'x');

  it('rebuilds the transmission tree, exposures and adopter categories', () => {
    expect(report.adopters).toBe(6);
    expect(report.adoptions).toEqual([
      { actor: 'd1', date: '1', source: null, via: 'independent', exposure: 0, category: 'early-adopter' },
      { actor: 'u2', date: '2', source: 'd1', via: 'inferred', exposure: 0.5, category: 'early-majority' },
      { actor: 'u1', date: '3', source: 'u2', via: 'inferred', exposure: 0.5, category: 'early-majority' },
      { actor: 'r1', date: '4', source: null, via: 'independent', exposure: null, category: 'late-majority' },
      { actor: 'o1', date: '5', source: 'u1', via: 'recorded', exposure: 0.5, category: 'late-majority' },
      { actor: 'p1', date: '6', source: 'o1', via: 'inferred', exposure: 1, category: 'laggard' },
    ]);
  });

  it('gives the curve, the time to each role and locality, crossings and relays', () => {
    expect(report.curve.map((c) => [c.date, c.cumulative])).toEqual([
      ['1', 1],
      ['2', 2],
      ['3', 3],
      ['4', 4],
      ['5', 5],
      ['6', 6],
    ]);
    const first = Object.fromEntries(report.roles.map((r) => [r.role, [r.first, r.adopters]]));
    expect(first).toMatchObject({
      politician: ['6', 1],
      'senior-official': ['5', 1],
      'service-user': ['2', 2],
      researcher: ['4', 1],
      'service-designer': ['1', 1],
      investor: [null, 0],
    });
    expect(report.localities).toEqual([
      { locality: 'A', first: '3', adopters: 4, actors: 4 },
      { locality: 'B', first: '1', adopters: 2, actors: 2 },
    ]);
    expect(report.crossings).toEqual([{ from: 'B', to: 'A', source: 'u2', actor: 'u1', date: '3' }]);
    expect(report.relays).toEqual([
      { actor: 'd1', passedOn: 1, downstream: 4 },
      { actor: 'u2', passedOn: 1, downstream: 3 },
      { actor: 'u1', passedOn: 1, downstream: 2 },
      { actor: 'o1', passedOn: 1, downstream: 1 },
    ]);
  });

  it('gives the hazard per period and the life cycle', () => {
    expect(report.hazard.map((h) => [h.date, h.adopted, h.atRisk])).toEqual([
      ['1', 1, 6],
      ['2', 1, 5],
      ['3', 1, 4],
      ['4', 1, 3],
      ['5', 1, 2],
      ['6', 1, 1],
    ]);
    expect(report.hazard[5]!.hazard).toBe(1);
    expect(report.lifeCycle).toMatchObject({ first: '2', peak: '3', last: '4', total: 13 });
  });

  it('counts only flow-carrying kinds as neighbours', () => {
    // The funding tie d1–p1 carries no ideas by default: p1 hears from o1.
    expect(report.adoptions.find((a) => a.actor === 'p1')).toMatchObject({ source: 'o1', exposure: 1 });
    // With funding as the only flow kind, d1–p1 is the only tie left: p1
    // hears from d1 across localities, and everyone else has no neighbour.
    const fundingOnly = traceIdea(DATASET, 'x', { kinds: ['funding'] });
    expect(fundingOnly.adoptions.map((a) => [a.actor, a.source, a.via, a.exposure])).toEqual([
      ['d1', null, 'independent', 0],
      ['u2', null, 'independent', null],
      ['u1', null, 'independent', null],
      ['r1', null, 'independent', null],
      ['o1', 'u1', 'recorded', null],
      ['p1', 'd1', 'inferred', 1],
    ]);
    expect(fundingOnly.crossings).toEqual([{ from: 'B', to: 'A', source: 'd1', actor: 'p1', date: '6' }]);
  });

  it('refuses an unknown idea with a suggestion', () => {
    expect(() => traceIdea(DATASET, 'y')).toThrow(/no idea 'y'/);
  });
});

describe('TRACE_DEFAULTS', () => {
  it('are the settings a simulation without options runs with', () => {
    const simulation = traceIdea(DATASET, 'x', { simulate: { runs: 50 } }).simulation!;
    const { model, p, probability, seed } = TRACE_DEFAULTS.simulate;
    expect(simulation).toMatchObject({ model, p, probability, seed, kinds: [...TRACE_DEFAULTS.kinds] });
    const explicit = traceIdea(DATASET, 'x', { kinds: TRACE_DEFAULTS.kinds, simulate: TRACE_DEFAULTS.simulate });
    expect(traceIdea(DATASET, 'x', { simulate: {} })).toEqual(explicit);
  });
});
