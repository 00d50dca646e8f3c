/**
 * The dataset checks' issues about a Kumu export, said in Kumu's terms.
 */
import type { InputIssue } from '@muster/core';
import type { ElementNotes } from './elements.js';

/**
 * The dataset checks' issues, said in Kumu's terms where Kumu's words
 * differ: elements named by their label, a hint to map an unknown type, the
 * Kumu fields (Strength, Direction, From, To) named.
 */
export function rewordIssues(issues: readonly InputIssue[], notes: ElementNotes): InputIssue[] {
  const noLabel = new Set(
    issues.filter((i) => i.file === notes.file && i.message === "'name' is empty").map((i) => i.row),
  );
  const out: InputIssue[] = [];
  for (const issue of issues) {
    const ofElements = issue.file === notes.file;
    const label = ofElements && issue.row !== undefined ? notes.labels.get(issue.row) : undefined;
    const named = label !== undefined ? `the element '${label}'` : 'the element';
    const column = issue.column ?? '';
    if (ofElements && issue.code === 'value-missing') {
      if (issue.message === "'id' is empty" && noLabel.has(issue.row)) continue; // said once, as the missing Label
      if (issue.message === "'locality' is empty") {
        out.push({
          ...issue,
          message: `${named} has no locality`,
          hint: `give it a '${column}' field, or one locality for every element in the mapping: "locality": { "value": "Riverside" }`,
        });
        continue;
      }
      if (issue.message === "'role' is empty") {
        out.push({
          ...issue,
          message: `${named} has no ${column}`,
          hint: `give it a ${column} that names a role of the profile`,
        });
        continue;
      }
      if (issue.message === "'name' is empty") {
        out.push({
          ...issue,
          message: `the element has no ${column}`,
          hint: "every element needs a Label: it becomes the actor's name",
        });
        continue;
      }
    }
    if (ofElements && issue.code === 'role-unknown' && issue.row !== undefined && !notes.mappedRows.has(issue.row)) {
      const mapHint = `map the Kumu type to a role in the mapping: "roles": { "${issue.value}": "ROLE" }`;
      out.push({ ...issue, hint: issue.hint ? `${issue.hint}; or ${mapHint}` : mapHint });
      continue;
    }
    if (!ofElements && issue.code === 'weight-invalid') {
      out.push({
        ...issue,
        hint: `Kumu's ${column} becomes the tie weight: write a number greater than 0, or leave it empty for 1`,
      });
      continue;
    }
    if (!ofElements && issue.code === 'directed-invalid') {
      out.push({
        ...issue,
        message: `'${issue.value}' is not a Kumu direction`,
        hint: 'write directed, mutual or undirected (an empty Direction is directed, as in Kumu)',
      });
      continue;
    }
    if (!ofElements && issue.code === 'value-missing' && /^'(source|target)' is empty$/.test(issue.message)) {
      out.push({ ...issue, message: `the connection has no ${column}` });
      continue;
    }
    out.push(issue);
  }
  return out;
}
