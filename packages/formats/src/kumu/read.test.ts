import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { issuesOf, type InputIssue } from '@muster/core';
import type { Dataset } from '@muster/core';
import { getBuiltinProfile } from '@muster/core';
import { parseWorkbook } from '../xlsx/read.js';
import { writeWorkbook } from '../xlsx/workbook-write.js';
import { parseKumuMapping, validateKumuMapping, type KumuMapping } from './mapping.js';
import { parseKumuJson, parseKumuWorkbook } from './read.js';

const path = (name: string): string => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
const EXPORT = readFileSync(path('riverside-kumu.json'), 'utf8');
const BLUEPRINT = readFileSync(path('riverside-blueprint.json'), 'utf8');
// Made by ../xlsx/fixtures/make-fixtures.py with openpyxl, laid out as Kumu's Excel import and export.
const WORKBOOK = readFileSync(path('riverside-kumu.xlsx'));
const MAPPING = parseKumuMapping(readFileSync(path('riverside-mapping.json'), 'utf8'), 'riverside-mapping.json');

const at = (issues: InputIssue[]) =>
  issues.map((i) => ({ code: i.code, file: i.file, row: i.row, line: i.line, column: i.column }));

/** Actors by name, roles and localities: what every form of the Riverside fixture must give. */
function summary(dataset: Dataset) {
  const name = new Map(dataset.actors.map((a) => [a.id, a.name]));
  return {
    actors: dataset.actors.map((a) => [a.name, a.role, a.locality, a.organisation, a.attributes.tags]),
    ties: dataset.ties.map((t) => [name.get(t.source), name.get(t.target), t.kind, t.weight, t.directed]),
  };
}

const RIVERSIDE = {
  actors: [
    ['Alex Morgan', 'politician', 'Riverside', 'Riverside Council', 'Cabinet;Housing'],
    ['Sam Patel', 'senior-official', 'Riverside', 'Riverside Council', 'Housing'],
    ['Jo Reid', 'service-designer', 'Hillside', 'Studio North', 'Co-design;Youth'],
    ['Priya Shah', 'investor', 'Hillside', 'Northern Social Fund', undefined],
    ["Tenants' Forum", 'stakeholder-group', 'Riverside', undefined, 'Housing'],
    ['Dr Lee', 'researcher', 'Hillside', 'Firth University', undefined],
  ],
  ties: [
    ['Alex Morgan', 'Sam Patel', 'collaboration', 3, false],
    ['Sam Patel', 'Jo Reid', 'advice', 1, true],
    ['Sam Patel', 'Priya Shah', 'advice', 1, true],
    ['Priya Shah', 'Jo Reid', 'funding', 2.5, true],
    ["Tenants' Forum", 'Alex Morgan', 'lobbies', 1, false],
    ['Dr Lee', 'Sam Patel', 'collaboration', 1, true],
  ],
};

describe('parseKumuJson', () => {
  it("reads Kumu's project export through the mapping", () => {
    const dataset = parseKumuJson(EXPORT, { mapping: MAPPING, file: 'riverside-kumu.json' });
    expect(summary(dataset)).toEqual(RIVERSIDE);
    expect(dataset.actors[0]).toEqual({
      id: 'elem-Ra1xQ9mZ',
      name: 'Alex Morgan',
      role: 'politician',
      roles: [],
      locality: 'Riverside',
      organisation: 'Riverside Council',
      attributes: { description: 'Cabinet member for housing', tags: 'Cabinet;Housing', gender: 'female' },
    });
    // Numbers in custom fields stay numbers, as in the JSON dataset form.
    expect(dataset.actors[2]!.attributes['years in post']).toBe(4);
    expect(dataset.ties[0]).toEqual({
      source: 'elem-Ra1xQ9mZ',
      target: 'elem-Kp2Wc7Lb',
      kind: 'collaboration',
      weight: 3,
      directed: false,
      attributes: { tags: 'Weekly', since: '2022-06-01' },
    });
  });

  it('uses labels as actor ids when the mapping says so', () => {
    const dataset = parseKumuJson(EXPORT, { mapping: { ...MAPPING, id: 'label' } });
    expect(dataset.actors.map((a) => a.id)).toContain("Tenants' Forum");
    expect(dataset.ties[4]).toMatchObject({ source: "Tenants' Forum", target: 'Alex Morgan' });
  });

  it('reads a blueprint: flat fields, connections by label, tie kinds normalised when not mapped', () => {
    const dataset = parseKumuJson(BLUEPRINT);
    expect(dataset.actors.map((a) => [a.id, a.role])).toEqual([
      ['Alex Morgan', 'politician'],
      ['Sam Patel', 'senior-official'],
      ['Jo Reid', 'service-designer'],
    ]);
    expect(dataset.actors[2]!.attributes).toEqual({ 'Favourite tool': 'sticky notes' });
    expect(dataset.ties.map((t) => [t.kind, t.directed])).toEqual([
      ['works-with', false],
      ['advises', true], // no direction: directed, as Kumu draws it
    ]);
  });

  it('reports an element or connection that is not an object by its place in the array', () => {
    const text = JSON.stringify({ elements: [{ label: 'Ann', type: 'politician' }, 'Bob'], connections: [[1, 2]] });
    const issues = issuesOf(() => parseKumuJson(text, { file: 'k.json' }));
    expect(issues.filter((i) => i.code === 'json-shape').map((i) => [i.file, i.row, i.message, i.hint])).toEqual([
      [
        'k.json#elements',
        2,
        "entry 2 of 'elements' is not an object",
        'write each element as { "label": …, "type": … }',
      ],
      [
        'k.json#connections',
        1,
        "entry 1 of 'connections' is not an object",
        'write each connection as { "from": …, "to": … }',
      ],
    ]);
  });

  it('reports an unknown type with a hint to map it', () => {
    const issues = issuesOf(() => parseKumuJson(EXPORT, { file: 'k.json' }));
    expect(at(issues)).toEqual([
      { code: 'role-unknown', file: 'k.json#elements', row: 4, column: 'element type' },
      { code: 'role-unknown', file: 'k.json#elements', row: 6, column: 'element type' },
    ]);
    expect(issues.map((i) => i.value)).toEqual(['Benefactor', 'Scholar']);
    expect(issues[0]!.message).toBe("unknown role 'Benefactor' for profile 'public-service-innovation'");
    expect(issues[0]!.hint).toMatch(/map the Kumu type to a role in the mapping: "roles": \{ "Benefactor": "ROLE" \}$/);
  });

  it('rewords by the issue code and contract field, not by the words of the message', () => {
    const text = JSON.stringify({
      elements: [
        { label: 'Ann', type: 'Researcher', Roles: 'Scholar', Locality: 'Riverside' },
        { type: 'Researcher', Locality: 'Riverside' },
      ],
      connections: [],
    });
    const issues = issuesOf(() => parseKumuJson(text, { file: 'k.json' }));
    expect(issues.map((i) => [i.code, i.field, i.row, i.column])).toEqual([
      ['role-unknown', 'roles', 1, 'Roles'],
      ['value-missing', 'name', 2, 'label'],
    ]);
    // The mapping maps Kumu's type to the role; it cannot map a secondary role.
    expect(issues[0]!.hint).not.toContain('mapping');
    // An element with neither label nor id is said once, as the missing Label.
    expect(issues[1]!.message).toBe('the element has no label');
    expect(issues[1]!.hint).toBe("every element needs a Label: it becomes the actor's name");
  });

  it('gives each element without a locality its own error, unless the mapping gives one', () => {
    const text = JSON.stringify({
      elements: [
        { label: 'Ann', type: 'MP' },
        { label: 'Bo', type: 'Designer', Area: 'Hillside' },
      ],
      connections: [],
    });
    const issues = issuesOf(() => parseKumuJson(text, { file: 'k.json' }));
    expect(at(issues)).toEqual([
      { code: 'value-missing', file: 'k.json#elements', row: 1, column: 'Locality' },
      { code: 'value-missing', file: 'k.json#elements', row: 2, column: 'Locality' },
    ]);
    expect(issues[0]!.message).toBe("the element 'Ann' has no locality");
    expect(issues[0]!.hint).toContain('"locality": { "value": "Riverside" }');
    const mapped = parseKumuJson(text, { mapping: { locality: { field: 'Area', value: 'Riverside' } } });
    expect(mapped.actors.map((a) => a.locality)).toEqual(['Riverside', 'Hillside']);
    expect(mapped.actors[1]!.attributes).toEqual({});
  });

  it('takes the role from another field when told, keeping Type as an attribute', () => {
    const text = JSON.stringify({
      elements: [{ label: 'Ann', type: 'Person', Role: 'Councillor', locality: 'X' }],
      connections: [],
    });
    expect(at(issuesOf(() => parseKumuJson(text)))).toEqual([
      { code: 'column-duplicate', file: 'kumu.json#elements', row: 1, column: 'Role' },
    ]);
    const dataset = parseKumuJson(text, { mapping: { roleField: 'Role' } });
    expect(dataset.actors[0]).toMatchObject({ role: 'politician', attributes: { type: 'Person' } });
  });

  it('reports connections in Kumu terms: From, To, Strength, Direction, and ambiguous labels', () => {
    const text = JSON.stringify({
      elements: [
        { label: 'Ann', type: 'MP', locality: 'X' },
        { label: 'Bo', type: 'MP', locality: 'X' },
        { label: 'Bo', type: 'Designer', locality: 'Y', id: 'bo-2' },
      ],
      connections: [
        { from: 'Ann', to: 'Cy', strength: 'Strong' },
        { from: 'Ann', to: 'Bo', direction: 'sideways' },
        { to: 'Ann' },
      ],
    });
    const issues = issuesOf(() => parseKumuJson(text, { file: 'k.json' }));
    expect(at(issues)).toEqual([
      { code: 'actor-unknown', file: 'k.json#connections', row: 2, column: 'to' },
      { code: 'actor-unknown', file: 'k.json#connections', row: 1, column: 'to' },
      { code: 'weight-invalid', file: 'k.json#connections', row: 1, column: 'strength' },
      { code: 'directed-invalid', file: 'k.json#connections', row: 2, column: 'direction' },
      { code: 'value-missing', file: 'k.json#connections', row: 3, column: 'from' },
    ]);
    expect(issues[0]!.message).toBe("'Bo' is the label of 2 elements (rows 2, 3)");
    expect(issues[2]!.hint).toContain("Kumu's strength becomes the tie weight");
    expect(issues[3]!.message).toBe("'sideways' is not a Kumu direction");
    expect(issues[4]!.message).toBe('the connection has no from');
  });

  it('refuses what is not a Kumu export', () => {
    expect(at(issuesOf(() => parseKumuJson('[1, 2]', { file: 'k.json' })))).toEqual([
      { code: 'json-shape', file: 'k.json', row: undefined, column: undefined },
    ]);
    expect(at(issuesOf(() => parseKumuJson('{"connections": []}', { file: 'k.json' })))).toEqual([
      { code: 'file-missing', file: 'k.json', row: undefined, column: 'elements' },
    ]);
    expect(at(issuesOf(() => parseKumuJson('{"elements": [3]}', { file: 'k.json' })))).toEqual([
      { code: 'json-shape', file: 'k.json#elements', row: 1, column: undefined },
    ]);
    expect(at(issuesOf(() => parseKumuJson('{"elements": [\n  {"label": "A",}\n]}', { file: 'k.json' })))).toEqual([
      { code: 'json-syntax', file: 'k.json', line: 2, column: undefined },
    ]);
  });
});

describe('parseKumuWorkbook', () => {
  it('reads the Elements and Connections sheets the way the JSON is read', () => {
    const dataset = parseKumuWorkbook(WORKBOOK, { mapping: MAPPING, file: 'riverside-kumu.xlsx' });
    expect(summary(dataset)).toEqual(RIVERSIDE);
    expect(dataset.actors[0]).toMatchObject({
      id: 'Alex Morgan',
      attributes: { Description: 'Cabinet member for housing', Gender: 'female' },
    });
    // A date-formatted cell becomes an ISO date; `a|b` in To gives one tie to each.
    expect(dataset.ties[0]!.attributes).toEqual({ tags: 'Weekly', Since: '2022-06-01' });
    expect(dataset.ties.filter((t) => t.source === 'Sam Patel').map((t) => t.target)).toEqual([
      'Jo Reid',
      'Priya Shah',
    ]);
  });

  it('locates problems by sheet and spreadsheet row, and refuses duplicate meanings at the header', () => {
    const bytes = writeWorkbook([
      {
        name: 'People',
        rows: [
          ['Label', 'Type', 'Locality', 'Role'],
          ['Ann', 'Mystic', 'X', undefined],
          ['Bo', 'MP', undefined, undefined],
        ],
      },
      {
        name: 'Links',
        rows: [
          ['From', 'To'],
          ['Ann', 'Bo'],
        ],
      },
    ]);
    expect(at(issuesOf(() => parseKumuWorkbook(bytes, { file: 'k.xlsx' })))).toEqual([
      { code: 'column-duplicate', file: 'k.xlsx#People', row: 1, column: 'Role' },
    ]);
    const fixed = writeWorkbook([
      {
        name: 'People',
        rows: [
          ['Label', 'Type', 'Locality'],
          ['Ann', 'Mystic', 'X'],
          ['Bo', 'MP', undefined],
        ],
      },
      {
        name: 'Links',
        rows: [
          ['From', 'To', 'Strength'],
          ['Ann', 'Bo', -1],
        ],
      },
    ]);
    const issues = issuesOf(() => parseKumuWorkbook(fixed, { file: 'k.xlsx' }));
    expect(at(issues)).toEqual([
      { code: 'role-unknown', file: 'k.xlsx#People', row: 2, column: 'Type' },
      { code: 'value-missing', file: 'k.xlsx#People', row: 3, column: 'Locality' },
      { code: 'weight-invalid', file: 'k.xlsx#Links', row: 2, column: 'Strength' },
    ]);
    expect(issues[1]!.message).toBe("the element 'Bo' has no locality");
  });

  it('refuses a workbook without elements, and two sheets of elements', () => {
    const none = writeWorkbook([{ name: 'Sheet1', rows: [['a', 'b']] }]);
    expect(at(issuesOf(() => parseKumuWorkbook(none, { file: 'k.xlsx' })))).toEqual([
      { code: 'file-missing', file: 'k.xlsx#Elements', row: undefined, column: undefined },
    ]);
    const two = writeWorkbook([
      { name: 'People', rows: [['Label'], ['Ann']] },
      { name: 'Organisations', rows: [['Label'], ['Council']] },
      { name: 'Old (ignore)', rows: [['Label'], ['Zed']] },
    ]);
    expect(at(issuesOf(() => parseKumuWorkbook(two, { file: 'k.xlsx' })))).toEqual([
      { code: 'value-invalid', file: 'k.xlsx#Organisations', row: undefined, column: undefined },
    ]);
    // Read as a dataset workbook, a Kumu export is recognised.
    const asDataset = issuesOf(() => parseWorkbook(WORKBOOK));
    expect(asDataset[0]!.hint).toMatch(/looks like a Kumu export/);
    expect(at(issuesOf(() => parseKumuWorkbook(new Uint8Array([1, 2, 3]), { file: 'k.xlsx' })))).toEqual([
      { code: 'format-unknown', file: 'k.xlsx', row: undefined, column: undefined },
    ]);
  });
});

describe('the mapping', () => {
  it('is checked with zod, naming the file and the path', () => {
    const text = '{ "rols": {}, "roles": { "Mystic": 3 }, "locality": {}, "id": "name", "tieKinds": { "a": "" } }';
    const issues = issuesOf(() => parseKumuMapping(text, 'map.json'));
    expect(issues.map((i) => [i.code, i.file, i.column])).toEqual([
      ['json-shape', 'map.json', 'roles.Mystic'],
      ['json-shape', 'map.json', 'tieKinds.a'],
      ['json-shape', 'map.json', 'locality'],
      ['json-shape', 'map.json', 'id'],
      ['json-shape', 'map.json', 'rols'],
    ]);
    expect(issues[4]!.hint).toBe("did you mean 'roles'?");
    expect(issues[2]!.message).toBe('give "field", "value" or both');
  });

  it('refuses bad JSON, a list, and two keys for one type', () => {
    expect(issuesOf(() => parseKumuMapping('{\n "roles": {', 'm.json'))[0]).toMatchObject({
      code: 'json-syntax',
      file: 'm.json',
      line: 2,
    });
    expect(issuesOf(() => parseKumuMapping('[]', 'm.json'))[0]).toMatchObject({ code: 'json-shape', file: 'm.json' });
    expect(
      issuesOf(() => validateKumuMapping({ roles: { Councillor: 'mp', 'councillor ': 'mp' } }, 'm.json'))[0],
    ).toMatchObject({
      code: 'json-shape',
      column: 'roles.councillor ',
    });
  });

  it('must name roles of the profile, before the export is read', () => {
    const mapping: KumuMapping = { roles: { Benefactor: 'investr', Scholar: 'researcher' } };
    const issues = issuesOf(() => parseKumuJson('not even JSON', { mapping, mappingFile: 'm.json' }));
    expect(at(issues)).toEqual([{ code: 'role-unknown', file: 'm.json', row: undefined, column: 'roles.Benefactor' }]);
    expect(issues[0]!.hint).toBe("did you mean 'investor'?");
    // Against another profile, the same mapping names roles that profile lacks.
    const care = issuesOf(() =>
      parseKumuJson(EXPORT, { mapping: MAPPING, profile: getBuiltinProfile('multi-agency-care')! }),
    );
    expect(care.every((i) => i.code === 'role-unknown' && i.file === 'mapping.json')).toBe(true);
  });
});
