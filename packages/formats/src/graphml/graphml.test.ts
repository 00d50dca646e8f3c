import { describe, expect, it } from 'vitest';
import { emptyDataset, type Dataset } from '@muster/core';
import { getBuiltinProfile } from '@muster/core';
import { lossOf } from '../graph/loss.js';
import { actor, directedPair, firthValley, issuesOf, testFixtures } from '../graph/test-fixtures.js';
import { parseGraphml } from './read.js';
import { datasetToGraphml } from './write.js';

const KEYS = `<key id="label" for="node" attr.name="label"/>
<key id="role" for="node" attr.name="role"/>
<key id="locality" for="node" attr.name="locality"><default>Riverside</default></key>`;
const node = (id: string, inner = ''): string =>
  `<node id="${id}"><data key="label">N ${id}</data><data key="role">councillor</data>${inner}</node>`;
const graphml = (body: string, keys = KEYS): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys}\n${body}\n</graphml>\n`;

describe('parseGraphml: files as other tools write them', () => {
  testFixtures(new URL('./fixtures/', import.meta.url), '.graphml', (text, file) => parseGraphml(text, { file }));
});

describe('GraphML round trip: Muster → GraphML → Muster', () => {
  it('gives back the Firth Valley actors and ties exactly: attributes, kinds, weights, directions, dates', () => {
    const { full, graph } = firthValley();
    expect(parseGraphml(datasetToGraphml(full))).toStrictEqual(graph);
    expect(lossOf(full, 'graphml').map((loss) => loss.what)).toEqual(['ideas', 'adoptions', 'mentions']);
    expect(lossOf(graph, 'graphml')).toEqual([]);
  });

  it('keeps typed attributes, positions, attributes named like appearance keys, and the profile', () => {
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
            big: -(2 ** 40),
            share: 0.25,
            vetted: true,
            x: -12.5,
            y: 3e-7,
            size: 'large',
            'job title': 'Lead & "head"',
          },
        }),
        actor('a2', {
          role: 'carer',
          attributes: { caseload: 3, share: -0, vetted: false, x: 1, y: 2, r: 5, date: '2020' },
        }),
      ],
      ties: [
        {
          source: 'a1',
          target: 'a2',
          kind: 'advice',
          weight: 2.5,
          directed: true,
          date: '2024-03',
          attributes: { label: 'weekly', 'Edge Label': 'x' },
        },
        { source: 'a2', target: 'a1', kind: 'information', weight: 1e-9, directed: false, attributes: { meetings: 3 } },
      ],
      profile: structuredClone(getBuiltinProfile('multi-agency-care')!),
    };
    const text = datasetToGraphml(dataset);
    expect(text).toContain('<key id="muster-profile" for="graph" attr.name="muster-profile" attr.type="string"/>');
    expect(text).toContain('<data key="muster-profile">multi-agency-care</data>');
    expect(text).toContain('<key id="caseload" for="node" attr.name="caseload" attr.type="int"/>');
    expect(text).toContain('<key id="big" for="node" attr.name="big" attr.type="long"/>');
    expect(text).toContain('<key id="x" for="node" attr.name="x" attr.type="double"/>');
    expect(text).toContain('<key id="n0" for="node" attr.name="size" attr.type="string"/>');
    expect(text).toContain('<key id="n1" for="node" attr.name="job title" attr.type="string"/>');
    expect(text).toContain('<key id="n2" for="node" attr.name="r" attr.type="int"/>');
    expect(text).toContain('<key id="n3" for="node" attr.name="date" attr.type="string"/>');
    expect(text).toContain('<edge source="a1" target="a2" directed="true">');
    expect(lossOf(dataset, 'graphml')).toEqual([]);
    expect(parseGraphml(text)).toStrictEqual(dataset);
  });

  it('writes a directed edgedefault when every tie is directed', () => {
    const dataset = directedPair();
    const text = datasetToGraphml(dataset);
    expect(text).toContain('edgedefault="directed"');
    expect(text).not.toContain(' directed="');
    expect(parseGraphml(text)).toStrictEqual(dataset);
  });

  it('lists attributes of mixed types, whose numbers come back as text', () => {
    const dataset: Dataset = {
      ...emptyDataset(),
      actors: [
        actor('a', { attributes: { age: 40, ok: true } }),
        actor('b', { attributes: { age: 'forty', ok: 'yes' } }),
      ],
      ties: [],
    };
    expect(lossOf(dataset, 'graphml')).toEqual([
      {
        what: 'attribute-types',
        count: 1,
        message:
          "the actor attribute 'age' mixes text, numbers or true/false; GraphML gives an attribute one type, so its 1 number or true/false value is written and read back as text",
      },
      expect.objectContaining({ what: 'attribute-types', count: 1 }),
    ]);
    expect(parseGraphml(datasetToGraphml(dataset)).actors.map((a) => a.attributes)).toEqual([
      { age: '40', ok: 'true' },
      { age: 'forty', ok: 'yes' },
    ]);
  });
});

describe('parseGraphml: what Muster cannot take', () => {
  it('names XML syntax errors by line and character', () => {
    expect(
      issuesOf(() => parseGraphml('<graphml>\n<graph>\n<node id="a"></edge>', { file: 'g.graphml' })),
    ).toMatchObject([
      {
        code: 'xml-syntax',
        file: 'g.graphml',
        line: 3,
        message:
          'the file is not valid XML (line 3, character 14): expected </node> (to close <node> from line 3) but found </edge>',
      },
    ]);
  });

  it('refuses another root element, a file without one graph, and repeated keys', () => {
    expect(issuesOf(() => parseGraphml('<gexf/>'))).toMatchObject([
      { code: 'xml-shape', message: 'the file is not GraphML: its root element is <gexf>, not <graphml>' },
    ]);
    expect(issuesOf(() => parseGraphml('<graphml/>'))).toMatchObject([
      { code: 'xml-shape', message: 'the GraphML file has no <graph>' },
    ]);
    expect(issuesOf(() => parseGraphml('<graphml><graph/><graph/></graphml>'))).toMatchObject([
      { code: 'xml-shape', message: 'the GraphML file holds 2 graphs' },
    ]);
    expect(
      issuesOf(() => parseGraphml(graphml('<graph/>', `${KEYS}<key id="role" for="edge"/><key for="node"/>`))),
    ).toMatchObject([
      { code: 'xml-shape', column: 'id', value: 'role', message: "two keys have the id 'role'" },
      { code: 'xml-shape', column: 'id', message: 'a <key> has no id' },
    ]);
  });

  it('refuses data for a key of another domain, a bad edgedefault, and data without a key', () => {
    const text = graphml(
      `<graph edgedefault="both">${node('a', '<data key="w">1</data><data>2</data>')}</graph>`,
      `${KEYS}<key id="w" for="edge" attr.name="weight"/>`,
    );
    expect(issuesOf(() => parseGraphml(text, { file: 'g.graphml' }))).toStrictEqual([
      {
        code: 'directed-invalid',
        file: 'g.graphml',
        line: 6,
        column: 'edgedefault',
        value: 'both',
        message: "'both' is not an edge default",
        hint: 'write edgedefault="undirected" or "directed"',
      },
      {
        code: 'xml-shape',
        file: 'g.graphml#nodes',
        row: 1,
        column: 'w',
        message: "the key 'w' is declared for edge, not for nodes",
        hint: 'declare it as <key id="…" for="node" attr.name="…" attr.type="…"/>',
      },
      {
        code: 'xml-shape',
        file: 'g.graphml#nodes',
        row: 1,
        message: 'a <data> does not say which key it is for',
        hint: 'declare it as <key id="…" for="node" attr.name="…" attr.type="…"/>',
      },
    ]);
  });

  it('reports a second value of one meaning, and a bad yEd geometry', () => {
    const keys = `${KEYS}<key id="n" for="node" attr.name="Name"/><key id="g" for="node" yfiles.type="nodegraphics"/>`;
    const text = graphml(
      `<graph>${node('a', '<data key="n">Ann</data><data key="g"><y:ShapeNode><y:Geometry x="a" y="1"/></y:ShapeNode></data>')}</graph>`,
      keys,
    );
    expect(issuesOf(() => parseGraphml(text)).map((i) => [i.code, i.row, i.column, i.message])).toEqual([
      ['column-duplicate', 1, 'Name', "two values mean 'name': 'label' and 'Name'"],
      ['value-invalid', 1, 'x', "the position 'x' is not a number: 'a'"],
    ]);
  });
});

describe('parseGraphml: other forms', () => {
  it('applies defaults of keys for all, reads the profile, ignores ports and graph data it does not know', () => {
    const text = graphml(
      `<graph edgedefault="directed"><data key="p">multi-agency-care</data><data key="t">Wave 1</data>
        <node id="a"><data key="label">A</data><data key="role">key worker</data><port name="north"/></node>
        <node id="b"><data key="label">B</data><data key="role">carer</data><data key="note">own</data></node>
        <edge source="a" target="b" sourceport="north"/>
      </graph>`,
      `${KEYS}<key id="p" for="graph" attr.name="muster-profile"/><key id="t" for="graph" attr.name="title"/>
       <key id="note" for="all" attr.name="note"><default>none</default></key>`,
    );
    const dataset = parseGraphml(text);
    expect(dataset.profile).toEqual(getBuiltinProfile('multi-agency-care'));
    expect(dataset.actors.map((a) => [a.role, a.attributes])).toEqual([
      ['key-worker', { note: 'none' }],
      ['carer', { note: 'own' }],
    ]);
    expect(dataset.ties).toEqual([
      { source: 'a', target: 'b', kind: 'collaboration', weight: 1, directed: true, attributes: { note: 'none' } },
    ]);
  });

  it('keeps keys named like appearance keys when their id differs, and edge keys named label as attributes', () => {
    const text = graphml(
      `<graph>${node('a', '<data key="d1">big</data><data key="size">20</data>')}${node('b')}
        <edge source="a" target="b"><data key="d2">knows</data></edge></graph>`,
      `${KEYS}<key id="d1" for="node" attr.name="size"/><key id="size" for="node" attr.name="size" attr.type="float"/>
       <key id="d2" for="edge" attr.name="label"/>`,
    );
    const dataset = parseGraphml(text);
    expect(dataset.actors[0]!.attributes).toEqual({ size: 'big' });
    expect(dataset.ties[0]).toMatchObject({ kind: 'collaboration', attributes: { label: 'knows' } });
  });

  it("lets yEd's node label win over a label key's default", () => {
    const text = graphml(
      `<graph><node id="a"><data key="role">mayor</data><data key="g"><y:ShapeNode><y:NodeLabel>Ann</y:NodeLabel></y:ShapeNode></data></node>
        <node id="b"><data key="role">mayor</data></node></graph>`,
      `${KEYS}<key id="name" for="node" attr.name="name"><default>(no name)</default></key><key id="g" for="node" yfiles.type="nodegraphics"/>`,
    );
    expect(parseGraphml(text).actors.map((a) => a.name)).toEqual(['Ann', '(no name)']);
  });
});
