/**
 * Arbitrary datasets and file mutations for the property tests of the
 * GEXF and GraphML readers and writers. (Not part of the build: `test-*.ts`.)
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { isMusterInputError } from '@muster/core';
import type { Actor, AttributeValue, Attributes, Dataset, Tie } from '@muster/core';
import { getBuiltinProfile } from '@muster/core';

const ROLES = ['politician', 'senior-official', 'service-user', 'researcher', 'service-designer', 'investor'];

/**
 * The arbitraries of an actor's contract fields but its id, for `fc.record`:
 * `text` for names, localities and organisations, roles of the default profile.
 */
export function actorFieldsArb(text: fc.Arbitrary<string>) {
  return {
    name: text,
    role: fc.constantFrom(...ROLES),
    roles: fc.subarray(ROLES, { maxLength: 2 }),
    locality: text,
    organisation: fc.option(text, { nil: undefined }),
  };
}
const ACTOR_FIELDS = [
  'id',
  'name',
  'label',
  'role',
  'roles',
  'locality',
  'organisation',
  'organization',
  'sector',
  'x',
  'y',
  'z',
];
const TIE_FIELDS = ['source', 'target', 'kind', 'type', 'weight', 'directed', 'date'];

/** Text as readers keep it (trimmed, not empty), with the characters XML must escape. */
const text = fc
  .string({
    unit: fc.constantFrom(
      'a',
      'B',
      'é',
      ' ',
      '<',
      '>',
      '&',
      '"',
      "'",
      '\n',
      '\t',
      '\r',
      ';',
      '|',
      ',',
      '[',
      ']',
      '😀',
      '1',
      'z',
    ),
    minLength: 1,
    maxLength: 10,
  })
  .map((s) => s.trim())
  .filter((s) => s !== '');

/** Text for a contract field: no tabs or line breaks, which ids, names and labels may not hold. */
const fieldText = text.filter((s) => !/[\n\t\r]/.test(s));

type ValueType = 'text' | 'integer' | 'double' | 'boolean';
const valueOf: Record<ValueType, fc.Arbitrary<AttributeValue>> = {
  text,
  integer: fc.oneof(fc.integer(), fc.maxSafeInteger()),
  double: fc.double({ noNaN: true, noDefaultInfinity: true }),
  boolean: fc.boolean(),
};

/** Attribute columns: names (never a contract field, unique whatever the case) each with one type. */
function columnsArb(reserved: readonly string[]): fc.Arbitrary<[string, ValueType][]> {
  const name = fc
    .oneof(
      fc.stringMatching(/^[a-z][a-z_ ]{0,8}$/),
      text,
      fc.constantFrom('label', 'size', 'r', 'color', 'Edge Label', 'title', 'notes'),
    )
    .filter((n) => !reserved.includes(n.trim().toLowerCase()) && n.trim() !== '');
  return fc.uniqueArray(fc.tuple(name, fc.constantFrom<ValueType>('text', 'integer', 'double', 'boolean')), {
    maxLength: 4,
    selector: ([n]) => n.toLowerCase(),
  });
}

function attributesArb(columns: [string, ValueType][]): fc.Arbitrary<Attributes> {
  return fc.tuple(...columns.map(([, type]) => fc.option(valueOf[type], { nil: undefined }))).map((values) => {
    const attributes: Attributes = {};
    values.forEach((value, k) => {
      if (value !== undefined) attributes[columns[k]![0]] = value;
    });
    return attributes;
  });
}

const isoDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A dataset of the default profile that GEXF and GraphML carry whole: no ideas, one type per attribute. */
export const graphDatasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    ids: fc.uniqueArray(fieldText, { minLength: 2, maxLength: 7 }),
    actorColumns: columnsArb(ACTOR_FIELDS),
    tieColumns: columnsArb(TIE_FIELDS),
    profile: fc.boolean(),
  })
  .chain(({ ids, actorColumns, tieColumns, profile }) => {
    const actorArb = (id: string): fc.Arbitrary<Actor> =>
      fc
        .record({
          ...actorFieldsArb(fieldText),
          sector: fc.option(fieldText, { nil: undefined }),
          position: fc.option(fc.tuple(valueOf.double, valueOf.double), { nil: undefined }),
          attributes: attributesArb(actorColumns),
        })
        .map(({ name, role, roles, locality, organisation, sector, position, attributes }) => {
          const actor: Actor = { id, name, role, roles: roles.filter((r) => r !== role), locality, attributes };
          if (position !== undefined) Object.assign(actor.attributes, { x: position[0], y: position[1] });
          if (organisation !== undefined) actor.organisation = organisation;
          if (sector !== undefined) actor.sector = sector;
          return actor;
        });
    const tieArb: fc.Arbitrary<Tie> = fc
      .record({
        pair: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: 2 }),
        kind: fc.constantFrom('collaboration', 'advice', 'funding', 'peer-support', 'information'),
        weight: fc.double({ min: Number.MIN_VALUE, max: 1e300, noNaN: true }),
        directed: fc.boolean(),
        date: fc.option(isoDate, { nil: undefined }),
        attributes: attributesArb(tieColumns),
      })
      .map(({ pair, kind, weight, directed, date, attributes }) => {
        const tie: Tie = { source: pair[0]!, target: pair[1]!, kind, weight, directed, attributes };
        if (date !== undefined) tie.date = date;
        return tie;
      });
    return fc.record({
      actors: fc.tuple(...ids.map(actorArb)),
      ties: fc.array(tieArb, { maxLength: 10 }),
      ideas: fc.constant([]),
      adoptions: fc.constant([]),
      mentions: fc.constant([]),
      profile: fc.constant(profile ? structuredClone(getBuiltinProfile('public-service-innovation')!) : undefined),
    });
  })
  .map(({ actors, ties, profile }) => {
    // Plain objects, as readers make them (fast-check's records have no prototype).
    const dataset: Dataset = { actors: [...actors], ties: [...ties], ideas: [], adoptions: [], mentions: [] };
    if (profile !== undefined) dataset.profile = profile;
    return dataset;
  });

const INSERTS = [
  '<',
  '>',
  '/',
  '"',
  "'",
  '=',
  '&',
  '&amp;',
  '&#0;',
  '&#x41;',
  ';',
  ' ',
  '\n',
  '\u0000',
  '\uFEFF',
  'é',
  'node',
  'edge',
  '<node id="q">',
  '</node>',
  '</edges>',
  '<nodes>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?xml ?>',
  '<!DOCTYPE x [',
  'x="NaN"',
  'weight="-1"',
  'type="mutual"',
  'directed="maybe"',
  '<attvalue for="zz" value="1"/>',
  '<data key="zz">1</data>',
  '<hyperedge/>',
  '<graph>',
  '</graph>',
  'id=""',
  'source="zz"',
];

/** Random edits of a text: deletions and insertions of XML-ish fragments at random places. */
export const editsArb = fc.array(
  fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 12 }),
    insert: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 3 })),
  }),
  { minLength: 1, maxLength: 6 },
);

/** `text` with the edits applied. */
export function applyEdits(text: string, edits: { at: number; remove: number; insert: string }[]): string {
  let out = text;
  for (const { at, remove, insert } of edits) {
    const k = out.length === 0 ? 0 : at % (out.length + 1);
    out = out.slice(0, k) + insert + out.slice(k + remove);
  }
  return out;
}

const VALUES = [
  '',
  ' ',
  '-1',
  '0',
  'NaN',
  'INF',
  '1e400',
  'zz',
  'a',
  'mutual',
  'directed',
  'maybe',
  'true',
  '1/3/2024',
  '2024-02-30',
  'wizard',
  'liststring',
  'integer',
  'edge',
  'node',
  '&amp;',
  '&lt;x&gt;',
  'muster-profile:nope',
  'muster-profile:multi-agency-care',
];

/** Edits that keep the XML well-formed: attribute values and element texts replaced. */
export const valueEditsArb = fc.array(
  fc.record({
    at: fc.nat(),
    value: fc.oneof(
      fc.constantFrom(...VALUES),
      fc.string({ maxLength: 4 }).map((v) => v.replace(/[<&"]/g, '')),
    ),
  }),
  {
    minLength: 1,
    maxLength: 4,
  },
);

/** `text` with the n-th attribute value or element text (counted modulo their number) replaced. */
export function applyValueEdits(text: string, edits: { at: number; value: string }[]): string {
  let out = text;
  for (const { at, value } of edits) {
    const places = [...out.matchAll(/="([^"]*)"|>([^<]*)</g)];
    if (places.length === 0) break;
    const place = places[at % places.length]!;
    const start = place.index + (place[1] !== undefined ? 2 : 1);
    const length = (place[1] ?? place[2] ?? '').length;
    out = out.slice(0, start) + value + out.slice(start + length);
  }
  return out;
}

/** Reading gives a dataset or a MusterInputError with located issues, never another error. */
export function expectDatasetOrInputError(read: () => Dataset): void {
  try {
    read();
  } catch (error) {
    if (!isMusterInputError(error)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(typeof issue.code).toBe('string');
      expect(issue.file).not.toBe('');
      if (issue.code === 'xml-syntax') expect(issue.line).toBeGreaterThan(0);
    }
  }
}
