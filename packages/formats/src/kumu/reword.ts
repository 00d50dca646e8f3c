/**
 * The dataset checks' issues about a Kumu export, said in Kumu's terms.
 * An issue is recognised by its code and the contract field it is about
 * (`value-missing` of `locality`), never by the words of its message.
 */
import type { InputIssue } from '@muster/core';
import type { ElementNotes } from './elements.js';

/** What a rewording knows of the issue's place: its column as the export wrote it, and the element by its label. */
interface Place {
  column: string;
  /** `the element 'Alex Morgan'`, or `the element` when it has no label. */
  named: string;
}

/** An issue said in Kumu's terms. */
type Reword = (issue: InputIssue, place: Place) => InputIssue;

/** The key of a rewording: the issue's code and field. */
function keyOf(issue: InputIssue): string {
  return `${issue.code}\u0000${issue.field ?? ''}`;
}

const key = (code: string, field: string): string => `${code}\u0000${field}`;

/** Rewordings of the elements' issues. */
const ELEMENTS = new Map<string, Reword>([
  [
    key('value-missing', 'locality'),
    (issue, { column, named }) => ({
      ...issue,
      message: `${named} has no locality`,
      hint: `give it a '${column}' field, or one locality for every element in the mapping: "locality": { "value": "Riverside" }`,
    }),
  ],
  [
    key('value-missing', 'role'),
    (issue, { column, named }) => ({
      ...issue,
      message: `${named} has no ${column}`,
      hint: `give it a ${column} that names a role of the profile`,
    }),
  ],
  [
    key('value-missing', 'name'),
    (issue, { column }) => ({
      ...issue,
      message: `the element has no ${column}`,
      hint: "every element needs a Label: it becomes the actor's name",
    }),
  ],
]);

/** Rewordings of the connections' issues. */
const CONNECTIONS = new Map<string, Reword>([
  [
    key('weight-invalid', 'weight'),
    (issue, { column }) => ({
      ...issue,
      hint: `Kumu's ${column} becomes the tie weight: write a number greater than 0, or leave it empty for 1`,
    }),
  ],
  [
    key('directed-invalid', 'directed'),
    (issue) => ({
      ...issue,
      message: `'${issue.value}' is not a Kumu direction`,
      hint: 'write directed, mutual or undirected (an empty Direction is directed, as in Kumu)',
    }),
  ],
  [key('value-missing', 'source'), (issue, { column }) => ({ ...issue, message: `the connection has no ${column}` })],
  [key('value-missing', 'target'), (issue, { column }) => ({ ...issue, message: `the connection has no ${column}` })],
]);

/** An unknown type of an element whose role the mapping did not give: the mapping can give it. */
function withMappingHint(issue: InputIssue): InputIssue {
  const mapHint = `map the Kumu type to a role in the mapping: "roles": { "${issue.value}": "ROLE" }`;
  return { ...issue, hint: issue.hint ? `${issue.hint}; or ${mapHint}` : mapHint };
}

/**
 * The dataset checks' issues, said in Kumu's terms where Kumu's words
 * differ: elements named by their label, a hint to map an unknown type, the
 * Kumu fields (Strength, Direction, From, To) named. An element with
 * neither label nor id is reported once, as the missing Label.
 */
export function rewordIssues(issues: readonly InputIssue[], notes: ElementNotes): InputIssue[] {
  const ofElements = (issue: InputIssue): boolean => issue.file === notes.file;
  const noLabel = new Set(
    issues.filter((i) => ofElements(i) && keyOf(i) === key('value-missing', 'name')).map((i) => i.row),
  );
  const out: InputIssue[] = [];
  for (const issue of issues) {
    const elements = ofElements(issue);
    if (elements && keyOf(issue) === key('value-missing', 'id') && noLabel.has(issue.row)) continue;
    if (
      elements &&
      keyOf(issue) === key('role-unknown', 'role') &&
      issue.row !== undefined &&
      !notes.mappedRows.has(issue.row)
    ) {
      out.push(withMappingHint(issue));
      continue;
    }
    const reword = (elements ? ELEMENTS : CONNECTIONS).get(keyOf(issue));
    if (reword === undefined) {
      out.push(issue);
      continue;
    }
    const label = elements && issue.row !== undefined ? notes.labels.get(issue.row) : undefined;
    const named = label !== undefined ? `the element '${label}'` : 'the element';
    out.push(reword(issue, { column: issue.column ?? '', named }));
  }
  return out;
}
