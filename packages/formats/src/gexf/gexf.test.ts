import { describe, expect, it } from 'vitest';
import { emptyDataset, type Dataset } from '@muster/core';
import { getBuiltinProfile } from '@muster/core';
import { lossOf } from '../graph/loss.js';
import { actor, directedPair, firthValley, issuesOf, testFixtures } from '../graph/test-fixtures.js';
import { parseGexf } from './read.js';
import { datasetToGexf } from './write.js';

/** A GEXF file around the given graph content. */
const gexf = (graph: string, head = '<graph>'): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n${head}\n${graph}\n</graph>\n</gexf>\n`;

const NODE_ATTRIBUTES = `<attributes class="node">
  <attribute id="r" title="role" type="string"/>
  <attribute id="l" title="locality" type="string"><default>Riverside</default></attribute>
</attributes>`;
const node = (id: string, role = 'councillor', extra = ''): string =>
  `<node id="${id}" label="N ${id}"><attvalues><attvalue for="r" value="${role}"/></attvalues>${extra}</node>`;

describe('parseGexf: files as other tools write them', () => {
  testFixtures(new URL('./fixtures/', import.meta.url), '.gexf', (text, file) => parseGexf(text, { file }));
});

describe('GEXF round trip: Muster → GEXF → Muster', () => {
  it('gives back the Firth Valley actors and ties exactly: attributes, kinds, weights, directions, dates', () => {
    const { full, graph } = firthValley();
    expect(full.ties.some((t) => t.directed) && full.ties.some((t) => !t.directed)).toBe(true);
    expect(full.ties.some((t) => t.date !== undefined)).toBe(true);
    const text = datasetToGexf(full);
    expect(parseGexf(text)).toStrictEqual(graph);
    expect(lossOf(full, 'gexf').map((loss) => [loss.what, loss.count])).toEqual([
      ['ideas', full.ideas.length],
      ['adoptions', full.adoptions.length],
      ['mentions', full.mentions.length],
    ]);
    expect(lossOf(graph, 'gexf')).toEqual([]);
  });

  it('keeps typed attributes, positions, a third coordinate, labels that are not kinds, and the profile', () => {
    const dataset: Dataset = {
      ...emptyDataset(),
      actors: [
        actor('a1', {
          role: 'key-worker',
          roles: ['social-worker', 'carer'],
          organisation: 'Northfield Council',
          sector: 'public',
          attributes: {
            caseload: 14,
            big: 2 ** 40,
            share: 0.25,
            vetted: true,
            x: -12.5,
            y: 3e-7,
            note: 'a & b <c> "d"\n\te',
          },
        }),
        actor('a2', { role: 'carer', attributes: { caseload: -3, share: -0, vetted: false, x: 1, y: 2, z: 7.5 } }),
        actor('a3', { role: 'carer', attributes: { x: 'left', z: 0 } }),
      ],
      ties: [
        {
          source: 'a1',
          target: 'a2',
          kind: 'advice',
          weight: 2.5,
          directed: true,
          date: '2024-03',
          attributes: { label: 'weekly call' },
        },
        {
          source: 'a2',
          target: 'a3',
          kind: 'information',
          weight: 1e-9,
          directed: false,
          attributes: { label: 'Information', meetings: 3 },
        },
        {
          source: 'a3',
          target: 'a1',
          kind: 'peer-support',
          weight: 1,
          directed: true,
          attributes: { label: 'Peer Support' },
        },
      ],
      profile: structuredClone(getBuiltinProfile('multi-agency-care')!),
    };
    const text = datasetToGexf(dataset);
    expect(text).toContain('<keywords>muster-profile:multi-agency-care</keywords>');
    expect(text).toContain('<viz:position x="-12.5" y="3e-7"/>');
    expect(text).toContain('<viz:position x="1" y="2" z="7.5"/>');
    expect(text).toContain('<attribute id="caseload" title="caseload" type="integer"/>');
    expect(text).toContain('<attribute id="big" title="big" type="long"/>');
    expect(text).toContain('<attribute id="share" title="share" type="double"/>');
    expect(text).toContain('<attribute id="vetted" title="vetted" type="boolean"/>');
    expect(text).toContain('label="weekly call" kind="advice" weight="2.5" type="directed"');
    expect(lossOf(dataset, 'gexf')).toEqual([]);
    expect(parseGexf(text)).toStrictEqual(dataset);
  });

  it('writes a directed default when every tie is directed, and no colours when asked', () => {
    const dataset = directedPair();
    const text = datasetToGexf(dataset, { colours: false });
    expect(text).toContain('defaultedgetype="directed"');
    expect(text).not.toContain(' type="directed"');
    expect(text).not.toContain('viz:color');
    expect(parseGexf(text)).toStrictEqual(dataset);
    expect(datasetToGexf(dataset)).toContain('<viz:color r="0" g="114" b="178"/>');
  });

  it('lists what changes: a custom profile, attributes of mixed types, characters XML cannot hold', () => {
    const profile = structuredClone(getBuiltinProfile('public-service-innovation')!);
    profile.label = 'Our own';
    const dataset: Dataset = {
      ...emptyDataset(),
      actors: [actor('a', { attributes: { age: 40, mark: 'x\u0001y' } }), actor('b', { attributes: { age: 'forty' } })],
      ties: [],
      profile,
    };
    expect(lossOf(dataset, 'gexf').map((loss) => [loss.what, loss.count])).toEqual([
      ['profile', 1],
      ['attribute-types', 1],
      ['characters', 1],
    ]);
    const back = parseGexf(datasetToGexf(dataset), { profile });
    expect(back.actors.map((a) => a.attributes)).toEqual([{ age: '40', mark: 'x\uFFFDy' }, { age: 'forty' }]);
    expect(back.profile).toEqual(getBuiltinProfile('public-service-innovation'));
  });
});

describe('parseGexf: profiles', () => {
  const file = (keywords: string): string =>
    gexf(
      `${NODE_ATTRIBUTES}<nodes>${node('a', 'key worker')}</nodes>`,
      `<meta><keywords>${keywords}</keywords></meta><graph>`,
    );

  it('reads roles against the built-in profile the file names, and keeps it as the dataset profile', () => {
    const dataset = parseGexf(file('muster-profile:multi-agency-care'));
    expect(dataset.actors[0]!.role).toBe('key-worker');
    expect(dataset.profile).toEqual(getBuiltinProfile('multi-agency-care'));
    expect(Object.isFrozen(dataset.profile)).toBe(false);
  });

  it('refuses a profile it does not have, unless one is given', () => {
    expect(issuesOf(() => parseGexf(file('muster-profile:our-own'), { file: 'x.gexf' }))).toStrictEqual([
      {
        code: 'profile-invalid',
        file: 'x.gexf',
        column: 'muster-profile',
        value: 'our-own',
        message: "the file was written for the profile 'our-own', which is not a built-in profile",
        hint: 'give that profile (its .json file) with --profile',
      },
    ]);
    const given = getBuiltinProfile('multi-agency-care')!;
    const dataset = parseGexf(file('muster-profile:our-own'), { profile: given });
    expect(dataset.actors[0]!.role).toBe('key-worker');
    expect(dataset.profile).toBeUndefined();
  });

  it('uses the default profile when the file names none', () => {
    expect(issuesOf(() => parseGexf(file('care')))[0]).toMatchObject({ code: 'role-unknown', value: 'key worker' });
  });
});

describe('parseGexf: what Muster cannot take', () => {
  it('names XML syntax errors by line and character', () => {
    expect(issuesOf(() => parseGexf('<gexf>\n  <graph>\n    <nodes x="1>\n', { file: 'g.gexf' }))).toStrictEqual([
      {
        code: 'xml-syntax',
        file: 'g.gexf',
        line: 3,
        message:
          'the file is not valid XML (line 3, character 14): the value of the attribute x of <nodes> is not closed with "',
        hint: 'check the file near that place: a tag left open, a missing quote, or a & that should be &amp;',
      },
    ]);
  });

  it('refuses an empty file, another root element, and a file without one graph', () => {
    expect(issuesOf(() => parseGexf(' \n'))).toMatchObject([{ code: 'file-empty', file: 'dataset.gexf' }]);
    expect(issuesOf(() => parseGexf('<graphml/>'))).toMatchObject([
      { code: 'xml-shape', message: 'the file is not GEXF: its root element is <graphml>, not <gexf>', line: 1 },
    ]);
    expect(issuesOf(() => parseGexf('<gexf/>'))).toMatchObject([
      { code: 'xml-shape', message: 'the GEXF file has no <graph>' },
    ]);
    expect(issuesOf(() => parseGexf('<gexf>\n<graph/>\n<graph/>\n</gexf>'))).toMatchObject([
      { code: 'xml-shape', message: 'the GEXF file holds 2 graphs', line: 3 },
    ]);
  });

  it('refuses values for undeclared attributes, at their node', () => {
    const text = gexf(
      `${NODE_ATTRIBUTES}<nodes>${node('a')}<node id="b" label="B"><attvalues><attvalue for="q" value="1"/><attvalue value="2"/></attvalues></node></nodes>`,
    );
    expect(issuesOf(() => parseGexf(text))).toStrictEqual([
      {
        code: 'xml-shape',
        file: 'dataset.gexf#nodes',
        row: 2,
        column: 'q',
        message: 'the value is for the attribute \'q\', which no <attributes class="node"> declares',
        hint: 'declare the attribute in <attributes class="node">, or write for="…" with a declared id',
      },
      {
        code: 'xml-shape',
        file: 'dataset.gexf#nodes',
        row: 2,
        message: 'an <attvalue> does not say which attribute it is for',
        hint: 'declare the attribute in <attributes class="node">, or write for="…" with a declared id',
      },
    ]);
  });

  it('refuses bad declarations and edge types', () => {
    const text = gexf(
      `<attributes class="graph"/><attributes class="node"><attribute title="x"/><attribute id="r" title="role"/><attribute id="r" title="again"/></attributes>`,
      '<graph defaultedgetype="sideways">',
    );
    expect(issuesOf(() => parseGexf(text)).map((i) => [i.code, i.column, i.message])).toEqual([
      ['directed-invalid', 'defaultedgetype', "'sideways' is not an edge type"],
      ['xml-shape', 'class', "<attributes> has class 'graph'"],
      ['xml-shape', 'id', 'an <attribute> has no id'],
      ['xml-shape', 'id', "two node attributes have the id 'r'"],
    ]);
  });

  it('refuses an attribute with two values (a dynamic attribute) and two values of one meaning', () => {
    const text = gexf(
      `${NODE_ATTRIBUTES}<attributes class="node"><attribute id="n" title="Name" type="string"/></attributes>
      <nodes>${node('a', 'councillor', '<attvalues><attvalue for="r" value="mayor" start="2020" end="2022"/><attvalue for="n" value="Ann"/></attvalues><viz:position x="1" y="oops"/>')}</nodes>`,
    );
    expect(issuesOf(() => parseGexf(text))).toStrictEqual([
      {
        code: 'column-duplicate',
        file: 'dataset.gexf#nodes',
        row: 1,
        column: 'role',
        message: "'role' has more than one value",
        hint: 'Muster keeps one value per attribute: export a static graph, or keep one of the values',
      },
      {
        code: 'column-duplicate',
        file: 'dataset.gexf#nodes',
        row: 1,
        column: 'Name',
        message: "two values mean 'name': 'label' and 'Name'",
        hint: 'keep one of them',
      },
      {
        code: 'value-invalid',
        file: 'dataset.gexf#nodes',
        row: 1,
        column: 'y',
        value: 'oops',
        message: "the position 'y' is not a number: 'oops'",
        hint: 'write a number such as 12.5 or -3',
      },
    ]);
  });
});

describe('parseGexf: other forms', () => {
  it('reads GEXF 1.1 attvalues (id=), nested nodes and edges of a hierarchy, and mutual edges', () => {
    const text = gexf(
      `${NODE_ATTRIBUTES}
      <nodes>
        <node id="org" label="Org"><attvalues><attvalue id="r" value="charity"/></attvalues>
          <nodes>${node('a')}${node('b')}</nodes>
          <edges><edge source="a" target="b" type="mutual"/></edges>
        </node>
        ${node('c')}
      </nodes>
      <edges><edge source="org" target="c"/></edges>`,
      '<graph defaultedgetype="directed">',
    );
    const dataset = parseGexf(text);
    expect(dataset.actors.map((a) => [a.id, a.role])).toEqual([
      ['org', 'stakeholder-group'],
      ['a', 'politician'],
      ['b', 'politician'],
      ['c', 'politician'],
    ]);
    expect(dataset.ties.map((t) => [t.source, t.target, t.directed])).toEqual([
      ['a', 'b', false],
      ['org', 'c', true],
    ]);
  });

  it('reads a label as the kind when there is no kind, and treats NaN as no value', () => {
    const text = gexf(
      `${NODE_ATTRIBUTES}<attributes class="edge"><attribute id="0" title="score" type="double"/><attribute id="1" title="Type" type="string"/></attributes>
      <nodes>${node('a')}${node('b')}</nodes>
      <edges>
        <edge source="a" target="b" label="Peer Support"><attvalues><attvalue for="0" value="NaN"/></attvalues></edge>
        <edge source="a" target="b" label="x"><attvalues><attvalue for="1" value="Funding"/></attvalues></edge>
      </edges>`,
    );
    expect(parseGexf(text).ties.map((t) => [t.kind, t.attributes])).toEqual([
      ['peer-support', {}],
      ['funding', { label: 'x' }],
    ]);
  });

  it('lets a value given in any other way win over a declared default', () => {
    const text = gexf(
      `${NODE_ATTRIBUTES}<attributes class="edge"><attribute id="k" title="kind" type="string"><default>information</default></attribute>
      <attribute id="w" title="weight" type="double"><default>5</default></attribute></attributes>
      <nodes>${node('a')}${node('b')}</nodes>
      <edges><edge source="a" target="b" kind="advice" weight="2"/><edge source="a" target="b"/></edges>`,
    );
    expect(parseGexf(text).ties.map((t) => [t.kind, t.weight])).toEqual([
      ['advice', 2],
      ['information', 5],
    ]);
  });
});
