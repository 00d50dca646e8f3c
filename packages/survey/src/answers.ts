/**
 * Reading a survey export's answers: the configured columns found in the
 * header (by name, ignoring case, accents and spacing, or by pattern), each
 * row read as one respondent's answer (name, role, organisation, locality,
 * attributes, and the names given for each kind of tie), and the distinct
 * names written, with the rows they appear in.
 */
import type { CsvTable } from '@muster/core/reader';
import type { IssueList } from '@muster/core/reader';
import type { Attributes } from '@muster/core';
import { normaliseKey } from '@muster/core';
import type { RoleResolver } from '@muster/core';
import type { Profile } from '@muster/core';
import { didYouMean } from '@muster/core';
import type { SurveyConfig } from './config.js';
import type { WrittenName } from './match.js';
import { displayName, isNonAnswer, nameTokens, splitNames, tidySpaces } from './names.js';
import { MATCHED_LENGTH } from './pattern.js';

/** One respondent's answer. */
export interface Answer {
  row: number;
  name: string;
  role?: string;
  organisation?: string;
  sector?: string;
  locality?: string;
  attributes: Attributes;
  /** Names given, with the tie spec they were given under. */
  named: { written: string; spec: number }[];
}

/** Where the configured columns are in the survey's header. */
export interface Columns {
  name: number;
  role?: number;
  organisation?: number;
  sector?: number;
  locality?: number;
  attributes: number[];
  /** Per tie spec, the columns it reads. */
  ties: number[][];
}

/** Finds the configured columns in the header; a column missing or named twice is an issue at the header row. */
export function resolveColumns(csv: CsvTable, config: SurveyConfig, issues: IssueList): Columns | undefined {
  const headers = csv.header;
  const byKey = new Map<string, number[]>();
  headers.forEach((header, i) => {
    if (header === '') return;
    const key = normaliseKey(header);
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const named = headers.filter((h) => h !== '');
  const listing = (): string => {
    const text = named.map((h) => `'${h}'`).join(', ');
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  };
  let ok = true;
  const find = (name: string, setting: string): number | undefined => {
    const found = byKey.get(normaliseKey(name)) ?? [];
    if (found.length === 1) return found[0];
    ok = false;
    if (found.length === 0) {
      issues.add({
        code: 'column-missing',
        file: csv.file,
        row: csv.headerRow,
        column: name,
        message: `the survey has no column '${name}' (${setting} in the mapping)`,
        hint: didYouMean(name, named) ?? `the survey's columns are ${listing()}`,
      });
    } else {
      issues.add({
        code: 'column-duplicate',
        file: csv.file,
        row: csv.headerRow,
        column: name,
        message: `${found.length} columns of the survey are called '${name}' (${setting} in the mapping)`,
        hint: 'rename all but one of them in the survey file',
      });
    }
    return undefined;
  };
  const { respondent } = config;
  const columns: Columns = { name: find(respondent.name, 'respondent.name') ?? -1, attributes: [], ties: [] };
  for (const field of ['role', 'organisation', 'sector', 'locality'] as const) {
    const header = respondent[field];
    if (header === undefined) continue;
    const index = find(header, `respondent.${field}`);
    if (index !== undefined) columns[field] = index;
  }
  (respondent.attributes ?? []).forEach((header, k) => {
    const index = find(header, `respondent.attributes.${k}`);
    if (index !== undefined) columns.attributes.push(index);
  });
  config.ties.forEach((spec, k) => {
    const indices: number[] = [];
    if (Array.isArray(spec.columns)) {
      spec.columns.forEach((header, j) => {
        const index = find(header, `ties.${k}.columns.${j}`);
        if (index !== undefined) indices.push(index);
      });
    } else {
      const pattern = new RegExp(spec.columns.pattern, 'iu');
      headers.forEach((header, i) => {
        // Only the start of a header: a pattern's time is bounded by what it is matched against.
        if (header !== '' && pattern.test(header.slice(0, MATCHED_LENGTH))) indices.push(i);
      });
      if (indices.length === 0) {
        ok = false;
        issues.add({
          code: 'column-missing',
          file: csv.file,
          row: csv.headerRow,
          column: spec.columns.pattern,
          message: `no column of the survey matches the pattern '${spec.columns.pattern}' (ties.${k}.columns.pattern)`,
          hint: `the survey's columns are ${listing()}`,
        });
      }
    }
    columns.ties.push(indices);
  });
  return ok ? columns : undefined;
}

/**
 * Reads each row as one answer. A row without a respondent name is an
 * issue if it answers anything, and skipped (an abandoned response) if not.
 */
export function readAnswers(
  csv: CsvTable,
  columns: Columns,
  config: SurveyConfig,
  profile: Profile,
  roles: RoleResolver,
  issues: IssueList,
): { answers: Answer[]; skipped: number[] } {
  const answers: Answer[] = [];
  const skipped: number[] = [];
  const header = (i: number): string => csv.header[i] || `#${i + 1}`;
  const configured = [
    columns.role,
    columns.organisation,
    columns.sector,
    columns.locality,
    ...columns.attributes,
    ...columns.ties.flat(),
  ].filter((i): i is number => i !== undefined);
  for (const record of csv.records) {
    const cell = (i: number | undefined): string => (i === undefined ? '' : tidySpaces(record.cells[i] ?? ''));
    if (record.cells.length > csv.header.length) {
      const extra = record.cells.slice(csv.header.length);
      if (extra.some((c) => c.trim() !== '')) {
        issues.add({
          code: 'row-too-wide',
          file: csv.file,
          row: record.row,
          value: extra.join(csv.delimiter).slice(0, 80),
          message: `the row has ${record.cells.length} cells but the header names ${csv.header.length} columns`,
          hint: `quote answers that contain '${csv.delimiter === '\t' ? 'tab' : csv.delimiter}', or export the survey again`,
        });
        continue;
      }
    }
    const name = cell(columns.name);
    if (name === '') {
      if (configured.some((i) => cell(i) !== '')) {
        issues.add({
          code: 'value-missing',
          file: csv.file,
          row: record.row,
          column: header(columns.name),
          message: 'the answer has no respondent name',
          hint: 'every answer needs the name of the person who gave it: write it in, or delete the row',
        });
      } else skipped.push(record.row);
      continue;
    }
    if (isNonAnswer(name)) {
      issues.add({
        code: 'value-invalid',
        file: csv.file,
        row: record.row,
        column: header(columns.name),
        value: name,
        message: `'${name}' does not name the respondent`,
        hint: 'every answer needs the name of the person who gave it: write it in, or delete the row',
      });
      continue;
    }
    const answer: Answer = { row: record.row, name, attributes: {}, named: [] };
    const roleText = cell(columns.role);
    if (roleText !== '') {
      const role = roles.resolve(roleText);
      if (role !== undefined) answer.role = role;
      else {
        const suggestion = roles.suggest(roleText);
        issues.add({
          code: 'role-unknown',
          file: csv.file,
          row: record.row,
          column: header(columns.role!),
          value: roleText,
          message: `unknown role '${roleText}' for profile '${profile.id}'`,
          hint:
            suggestion !== undefined
              ? `did you mean '${suggestion}'?`
              : `the roles are ${profile.roles.map((r) => r.id).join(', ')}`,
        });
      }
    }
    for (const field of ['organisation', 'sector', 'locality'] as const) {
      const value = cell(columns[field]);
      if (value !== '') answer[field] = value;
    }
    for (const i of columns.attributes) {
      const value = cell(i);
      if (value !== '') answer.attributes[header(i).trim()] = value;
    }
    columns.ties.forEach((indices, spec) => {
      for (const i of indices) {
        for (const written of splitNames(record.cells[i] ?? '', config.separators)) {
          if (!isNonAnswer(written)) answer.named.push({ written, spec });
        }
      }
    });
    answers.push(answer);
  }
  return { answers, skipped };
}

/** The distinct names written, with where they appear. */
export function collectNames(answers: readonly Answer[]): WrittenName[] {
  const names = new Map<string, WrittenName>();
  const add = (written: string, row: number, respondent: boolean): void => {
    let name = names.get(written);
    if (name === undefined) {
      const tokens = nameTokens(written);
      name = {
        written,
        tokens,
        key: tokens.join(' '),
        display: displayName(written),
        rows: [],
        respondentRows: [],
        occurrences: 0,
      };
      names.set(written, name);
    }
    name.occurrences++;
    if (name.rows[name.rows.length - 1] !== row) name.rows.push(row);
    if (respondent) name.respondentRows.push(row);
  };
  for (const answer of answers) {
    add(answer.name, answer.row, true);
    for (const { written } of answer.named) add(written, answer.row, false);
  }
  // Rows are visited in order, so each list is ascending already; keep them unique.
  for (const name of names.values()) name.rows = [...new Set(name.rows)].sort((a, b) => a - b);
  return [...names.values()];
}
