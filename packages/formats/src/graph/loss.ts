/**
 * What a GEXF or GraphML file cannot carry of a dataset. Both formats hold
 * a graph: nodes and edges with typed attributes, and a few graph-level
 * facts. Muster writes actors, ties and the profile's id into them, and
 * nothing else: ideas, adoptions and mentions have no place in either
 * (neither Gephi nor yEd would keep them in graph-level metadata), and a
 * profile of the dataset's own is carried by its id only. `lossOf` lists
 * what would be dropped or changed, so that a caller (`muster convert`) can
 * warn before writing.
 */
import type { Attributes, Dataset } from '@muster/core';
import { getBuiltinProfile } from '@muster/core';
import { attributeColumns } from './columns.js';
import { edgeAttributes, nodeAttributes } from '../gexf/write.js';
import { hasIllegalXmlCharacter } from '../xml/characters.js';

/** The graph file formats Muster writes. */
export type GraphFileFormat = 'gexf' | 'graphml';

/** One thing a graph file would not carry. */
export interface FormatLoss {
  /** What is lost: a table, the profile's roles and rules, an attribute's types, or characters XML cannot hold. */
  what: 'ideas' | 'adoptions' | 'mentions' | 'profile' | 'attribute-types' | 'characters';
  /** How many rows or values are affected. */
  count: number;
  /** What happens, in a sentence. */
  message: string;
}

const FORMAT_NAMES: Readonly<Record<GraphFileFormat, string>> = { gexf: 'GEXF', graphml: 'GraphML' };

/** Deep equality of plain JSON-like data, whatever the order of keys. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** How many strings in the actors and ties (values and attribute names) hold characters XML cannot carry. */
function illegalCharacters(dataset: Dataset): number {
  let count = 0;
  const check = (text: string | undefined): void => {
    if (text !== undefined && hasIllegalXmlCharacter(text)) count++;
  };
  const checkAttributes = (attributes: Attributes): void => {
    for (const [name, value] of Object.entries(attributes)) {
      check(name);
      if (typeof value === 'string') check(value);
    }
  };
  for (const actor of dataset.actors) {
    [actor.id, actor.name, actor.role, actor.locality, actor.organisation, actor.sector, ...actor.roles].forEach(check);
    checkAttributes(actor.attributes);
  }
  for (const tie of dataset.ties) {
    [tie.source, tie.target, tie.kind, tie.date].forEach(check);
    checkAttributes(tie.attributes);
  }
  return count;
}

/**
 * What writing `dataset` as `format` would drop or change; empty when the
 * file reads back as the same dataset.
 */
export function lossOf(dataset: Dataset, format: GraphFileFormat): FormatLoss[] {
  const name = FORMAT_NAMES[format];
  const losses: FormatLoss[] = [];
  const tables = [
    ['ideas', dataset.ideas.length, 'idea'],
    ['adoptions', dataset.adoptions.length, 'adoption'],
    ['mentions', dataset.mentions.length, 'mention'],
  ] as const;
  for (const [what, count, one] of tables) {
    if (count === 0) continue;
    losses.push({
      what,
      count,
      message: `${count} ${count === 1 ? one : what} ${count === 1 ? 'is' : 'are'} not written: ${name} carries actors and ties only`,
    });
  }
  const profile = dataset.profile;
  if (profile !== undefined && !sameData(profile, getBuiltinProfile(profile.id))) {
    losses.push({
      what: 'profile',
      count: 1,
      message: `the profile '${profile.id}' is written by its id only, not its roles and rules; give it with --profile when reading the file back`,
    });
  }
  const actorAttributes =
    format === 'gexf' ? dataset.actors.map(nodeAttributes) : dataset.actors.map((a) => a.attributes);
  const tieAttributes = format === 'gexf' ? dataset.ties.map(edgeAttributes) : dataset.ties.map((t) => t.attributes);
  for (const [owner, items] of [
    ['actor', actorAttributes],
    ['tie', tieAttributes],
  ] as const) {
    for (const column of attributeColumns(items)) {
      if (!column.mixed) continue;
      losses.push({
        what: 'attribute-types',
        count: column.retyped,
        message: `the ${owner} attribute '${column.name}' mixes text, numbers or true/false; ${name} gives an attribute one type, so its ${column.retyped} number or true/false ${column.retyped === 1 ? 'value is' : 'values are'} written and read back as text`,
      });
    }
  }
  const characters = illegalCharacters(dataset);
  if (characters > 0) {
    losses.push({
      what: 'characters',
      count: characters,
      message: `${characters} ${characters === 1 ? 'value holds' : 'values hold'} control characters that XML cannot carry; they are written as U+FFFD (�)`,
    });
  }
  return losses;
}
