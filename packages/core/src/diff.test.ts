import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from './dataset/read.js';
import { diffDatasets } from './diff.js';

const wave = (actors: string[], ties: string[]) =>
  parseDatasetFiles({
    'actors.csv': ['id,name,role,locality', ...actors].join('\n'),
    'ties.csv': ['source,target,kind,directed', ...ties].join('\n'),
  });

describe('diffDatasets', () => {
  it('lists actors, ties and roles gained and lost', () => {
    const before = wave(
      ['a,A,politician,R', 'b,B,investor,R', 'c,C,researcher,H'],
      ['a,b,advice,false', 'b,c,funding,true'],
    );
    const after = wave(
      ['a,A,politician,R', 'b,B,researcher,R', 'd,D,service-designer,H'],
      ['b,a,advice,false', 'a,d,collaboration,false'],
    );
    const diff = diffDatasets(before, after);
    expect(diff.actors).toEqual({
      gained: ['d'],
      lost: ['c'],
      changed: [{ id: 'b', field: 'role', from: 'investor', to: 'researcher' }],
    });
    // b–a advice is the same undirected tie as a–b advice.
    expect(diff.ties.gained).toEqual([{ source: 'a', target: 'd', kind: 'collaboration', directed: false }]);
    expect(diff.ties.lost).toEqual([{ source: 'b', target: 'c', kind: 'funding', directed: true }]);
    expect(diff.localities).toEqual([
      { locality: 'R', actorsBefore: 2, actorsAfter: 2, rolesGained: ['researcher'], rolesLost: ['investor'] },
      { locality: 'H', actorsBefore: 1, actorsAfter: 1, rolesGained: ['service-designer'], rolesLost: ['researcher'] },
    ]);
  });
});
