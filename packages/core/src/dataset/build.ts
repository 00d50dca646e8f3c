/**
 * Checks the raw tables of a dataset and builds the `Dataset`: every rule
 * of the contract (DATA.md) that a single file or a pair of files can
 * break, each reported with its file, row, column, value and a hint.
 */
import type { IssueList } from '../errors.js';
import type { Dataset } from '../model.js';
import { createRoleResolver } from '../profiles/resolve.js';
import type { Profile } from '../profiles/types.js';
import type { Context } from './build-context.js';
import { cleanTable } from './characters.js';
import { buildAdoptions, buildIdeas, buildMentions } from './build-ideas.js';
import { buildActors, buildTies } from './build-people.js';
import { localityKey } from './localities.js';
import { lookAlikes, type LookAlike } from './look-alike.js';
import type { RawTable, TableName } from './tables.js';

/** The raw tables of one dataset; actors and ties are required. */
export type RawTables = { actors: RawTable; ties: RawTable } & Partial<Record<TableName, RawTable>>;

/** Builds a dataset from raw tables, or throws a `MusterInputError` listing every problem. */
export function buildDataset(
  tables: RawTables,
  profile: Profile,
  issues: IssueList,
  datasetProfile?: Profile,
): Dataset {
  const ctx: Context = {
    issues,
    profile,
    roles: createRoleResolver(profile),
    actorRows: new Map(),
    ideaRows: new Map(),
  };
  if (tables.actors.records.length === 0) {
    // Every audit, map and flow of an empty dataset would be empty: say so instead.
    issues.add({
      code: 'dataset-empty',
      file: tables.actors.file,
      message: 'the dataset has no actors',
      hint: 'add a row for each person or organisation, with its id, name, role and locality',
    });
  }
  const clean = (table: RawTable): RawTable => cleanTable(table, issues);
  const actorTable = clean(tables.actors);
  const actors = buildActors(actorTable, ctx);
  const ties = buildTies(clean(tables.ties), ctx);
  const ideaTable = tables.ideas && clean(tables.ideas);
  const ideas = ideaTable ? buildIdeas(ideaTable, ctx) : [];
  warnLookAlikes(actorTable, ideaTable, ctx);
  const adoptions = tables.adoptions ? buildAdoptions(clean(tables.adoptions), ctx) : [];
  const mentions = tables.mentions ? buildMentions(clean(tables.mentions), ctx) : [];
  issues.throwIfAny();
  const dataset: Dataset = { actors, ties, ideas, adoptions, mentions };
  if (datasetProfile !== undefined) dataset.profile = datasetProfile;
  return dataset;
}

/** Warns of actor ids, idea ids and locality names that look like an earlier one but are not it. */
function warnLookAlikes(actors: RawTable, ideas: RawTable | undefined, ctx: Context): void {
  const warn = (table: RawTable, field: string, noun: string, found: LookAlike[]): void => {
    for (const { text, row, like, likeRow, how } of found)
      ctx.issues.add({
        severity: 'warning',
        code: field === 'locality' ? 'locality-look-alike' : 'id-look-alike',
        file: table.file,
        row,
        column: table.columns.get(field) ?? field,
        field,
        value: text,
        message: `the ${noun} '${text}' looks like '${like}' (row ${likeRow}) but differs ${how}`,
        hint: `write it as in row ${likeRow} if they are the same, or make the two differ visibly`,
      });
  };
  warn(actors, 'id', 'actor id', lookAlikes(ctx.actorRows));
  if (ideas) warn(ideas, 'id', 'idea id', lookAlikes(ctx.ideaRows));
  const places = new Map<string, number>();
  for (const { fields, row } of actors.records)
    if (fields.locality !== undefined && !places.has(fields.locality)) places.set(fields.locality, row);
  // Spellings that differ in case or accents alone are already an error (locality-spelling).
  warn(
    actors,
    'locality',
    'locality',
    lookAlikes(places, (a, b) => localityKey(a) === localityKey(b)),
  );
}
