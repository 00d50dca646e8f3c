/**
 * Kumu's elements and connections as the dataset's raw `actors` and `ties`
 * tables, through the mapping:
 *
 * | Kumu                              | Muster                                             |
 * | --------------------------------- | -------------------------------------------------- |
 * | element `ID` / `_id`, `Label`     | actor `id` (the id, or the label), `name`          |
 * | element `Type` / `element type`   | `role`: the mapping's `roles`, else profile aliases |
 * | the locality field (`Locality`)   | `locality`, or the mapping's value                 |
 * | `Organization`, `Sector`, `Roles` | `organisation`, `sector`, `roles`                  |
 * | `Tags` (`\|` or `;` between)       | attribute `tags`, joined with `;`                  |
 * | other fields (`Description`, …)   | attributes, named as in Kumu                       |
 * | connection `From`, `To`           | `source`, `target` (element ids or labels; `a\|b` in To gives a tie to each) |
 * | `Type` / `connection type`        | `kind`: the mapping's `tieKinds`, else normalised  |
 * | `Direction`                       | `directed`: `directed` (Kumu's default) or not (`mutual`, `undirected`) |
 * | `Strength`                        | `weight`                                           |
 *
 * The tables then go through `buildDataset`, so every check of the CSV
 * path applies; its issues are reworded in Kumu's terms (`reword.ts`).
 * The elements are read in `elements.ts`, the connections in
 * `connections.ts`, the fields of both sorted in `fields.ts`.
 */
import type { InputIssue } from '@muster/core';
import type { IssueList, RawTable } from '@muster/core/reader';
import type { KumuMapping } from './mapping.js';
import type { KumuExport } from './sources.js';
import { connectionsTable } from './connections.js';
import { elementsTable, type ElementNotes } from './elements.js';

export interface KumuTables {
  actors: RawTable;
  ties: RawTable;
  notes: ElementNotes;
  /** Problems of values found while mapping (a label shared by elements), to report with the value checks. */
  valueIssues: InputIssue[];
}

/**
 * Builds the raw `actors` and `ties` tables of a Kumu export. Structural
 * problems (two fields of one meaning) go to `issues`.
 */
export function kumuTables(source: KumuExport, mapping: KumuMapping, issues: IssueList): KumuTables {
  const valueIssues: InputIssue[] = [];
  const elements = elementsTable(source.elements, mapping, issues);
  const ties = connectionsTable(source.connections, mapping, elements.index, issues, valueIssues);
  return { actors: elements.table, ties, notes: elements.notes, valueIssues };
}
