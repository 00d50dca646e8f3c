/**
 * A reader for a roster matrix: the form many network surveys and UCINET
 * users keep ties in. `actors.csv` is the usual actors file; `matrix.csv`
 * has the actor ids along its first row and first column, and a number in
 * row A, column B is a tie from A to B of that weight (empty or 0: none).
 * Written against `@muster/core/reader`, as docs/extending.md explains.
 */
import { defaultProfile, type Dataset, type Profile } from '@muster/core';
import { IssueList, buildDataset, parseCsv, tableFromCsv, type RawRecord, type RawTable } from '@muster/core/reader';

export interface MatrixFiles {
  'actors.csv': string;
  'matrix.csv': string;
}

/** Reads actors and a roster matrix into a dataset, or throws a MusterInputError naming every problem. */
export function parseRosterMatrix(files: MatrixFiles, profile: Profile = defaultProfile()): Dataset {
  const issues = new IssueList();
  const actorsCsv = parseCsv(files['actors.csv'], 'actors.csv', issues);
  const matrixCsv = parseCsv(files['matrix.csv'], 'matrix.csv', issues);
  issues.throwIfAny(); // unreadable files: stop here, as the built-in readers do
  const actors = tableFromCsv('actors', actorsCsv!, issues);

  // Each non-empty cell becomes one tie record, located at the cell's row and column.
  const targets = matrixCsv!.header.slice(1);
  const records: RawRecord[] = [];
  for (const { row, cells } of matrixCsv!.records) {
    const source = cells[0]?.trim() ?? '';
    cells.slice(1).forEach((cell, i) => {
      const weight = cell.trim();
      if (weight === '' || weight === '0') return;
      const column = targets[i] ?? `#${i + 2}`;
      const fields = { source, target: column.trim(), weight, directed: 'true' };
      // Problems with the weight or the target point at this cell's column; with the source, at the first.
      const columns = { source: matrixCsv!.header[0] ?? '#1', target: column, weight: column };
      records.push({ row, fields, lists: {}, attributes: {}, columns });
    });
  }
  const ties: RawTable = {
    name: 'ties',
    file: 'matrix.csv',
    format: 'json', // each record carries its own fields: checked one by one, as JSON entries are
    decimalComma: matrixCsv!.delimiter === ';',
    columns: new Map(),
    records,
  };
  // The contract's checks (known actors, roles, weights) with every problem located.
  return buildDataset({ actors, ties }, profile, issues);
}
