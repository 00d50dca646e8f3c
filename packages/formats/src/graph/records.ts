/**
 * The nodes and edges of a GEXF or GraphML file become the raw `actors`
 * and `ties` tables that `buildDataset` checks, exactly as rows of a CSV
 * file or entries of a JSON dataset do, so roles resolve through the
 * profile and every problem is reported with its file, row (the n-th node
 * or edge, from 1) and column (the attribute's name).
 *
 * The contract's own fields (`role`, `weight`, `date`…) are handed on as
 * text and checked by `buildDataset`; other attributes keep their declared
 * type (`values.ts`).
 */
import { IssueList } from '@muster/core/reader';
import { type InputIssue } from '@muster/core';
import { buildDataset } from '@muster/core/reader';
import { TABLE_SPECS, contractField, type RawRecord, type RawTable } from '@muster/core/reader';
import type { AttributeValue, Attributes, Dataset } from '@muster/core';
import { normaliseKey } from '@muster/core';
import type { ChosenProfile } from './document.js';
import { KIND_WORDS, decimalValue, splitListText, typedValue, type ValueKind } from './values.js';

/** A declared attribute (a GEXF `<attribute>`, a GraphML `<key>`): the name its values go under, their kind, its default. */
export interface Declared {
  name: string;
  kind: ValueKind;
  default: string | undefined;
}

/** Collects one table (`actors` from nodes, `ties` from edges) as a raw table. */
export class TableBuilder {
  readonly table: RawTable;

  constructor(
    name: 'actors' | 'ties',
    file: string,
    /** Where value problems (bad numbers, repeated attributes) go; `buildDataset` adds its own. */
    readonly issues: IssueList,
  ) {
    this.table = { name, file, format: 'json', decimalComma: false, columns: new Map(), records: [] };
  }

  /**
   * The name a contract field is reported under (`label` for a missing
   * name): the first name given, or set here before reading.
   */
  name(field: string, column: string): this {
    if (!this.table.columns.has(field)) this.table.columns.set(field, column);
    return this;
  }

  /** Adds a record for each item (the n-th item is row n), filled in by `read`. */
  addRecords<T>(items: readonly T[], read: (record: RecordBuilder, item: T) => void): void {
    items.forEach((item, index) => {
      const record = new RecordBuilder(this, index + 1);
      read(record, item);
      record.done();
    });
  }
}

/**
 * The tables of a graph file, sharing one list of value issues: actors
 * from its nodes (`FILE#nodes`; id `id`, name `label`), ties from its edges
 * (`FILE#edges`; `source`, `target`).
 */
export function graphTables(
  file: string,
  onWarning?: (issue: InputIssue) => void,
): { actors: TableBuilder; ties: TableBuilder } {
  const values = new IssueList(onWarning);
  return {
    actors: new TableBuilder('actors', `${file}#nodes`, values).name('id', 'id').name('name', 'label'),
    ties: new TableBuilder('ties', `${file}#edges`, values).name('source', 'source').name('target', 'target'),
  };
}

/** One node or edge being read: contract fields, lists and typed attributes, with repeats reported. */
export class RecordBuilder {
  readonly fields: Partial<Record<string, string>> = {};
  readonly lists: Partial<Record<string, string[]>> = {};
  readonly attributes: Attributes = {};
  /** Meaning (contract field or lower-cased attribute name) → the name that gave it. */
  private readonly given = new Map<string, string>();

  constructor(
    private readonly owner: TableBuilder,
    readonly row: number,
  ) {}

  /** Adds an issue located at this element. */
  issue(column: string | undefined, rest: Omit<InputIssue, 'file' | 'row' | 'column'>): void {
    const issue: InputIssue = { file: this.owner.table.file, row: this.row, ...rest };
    if (column !== undefined) issue.column = column;
    this.owner.issues.add(issue);
  }

  /** An `xml-shape` issue located at this element, for the reader's list of shape issues. */
  shapeIssue(column: string | undefined, message: string, hint: string): InputIssue {
    return {
      code: 'xml-shape',
      file: this.owner.table.file,
      row: this.row,
      ...(column === undefined ? {} : { column }),
      message,
      hint,
    };
  }

  /** False (and an issue) if `meaning` was already given by another name. */
  private claim(meaning: string, name: string): boolean {
    const earlier = this.given.get(meaning);
    if (earlier === undefined) {
      this.given.set(meaning, name);
      return true;
    }
    this.issue(name, {
      code: 'column-duplicate',
      message:
        earlier === name
          ? `'${name}' has more than one value`
          : `two values mean '${meaning}': '${earlier}' and '${name}'`,
      hint:
        earlier === name
          ? 'Muster keeps one value per attribute: export a static graph, or keep one of the values'
          : 'keep one of them',
    });
    return false;
  }

  /** True when the contract field already has a value. */
  has(field: string): boolean {
    return this.given.has(field);
  }

  /** A contract field given by the format's own structure (`label` → name, `source`, `weight`…). */
  field(field: string, column: string, text: string | undefined): void {
    if (text === undefined) return;
    if (!this.claim(field, column)) return;
    this.owner.name(field, column);
    const value = text.trim();
    if (value !== '') this.fields[field] = value;
  }

  /** A declared attribute's value: a contract field if its name is one, else a typed attribute. */
  value(name: string, text: string, kind: ValueKind): void {
    const field = contractField(TABLE_SPECS[this.owner.table.name], name);
    if (field !== undefined) {
      if (field === 'roles' && kind === 'list') {
        if (!this.claim(field, name)) return;
        this.owner.name(field, name);
        this.lists.roles = splitListText(text.trim());
      } else this.field(field, name, text);
      return;
    }
    if (!this.claim(name.toLowerCase(), name)) return;
    const trimmed = text.trim();
    if (trimmed === '') return;
    const value = typedValue(trimmed, kind);
    if (value === null) return;
    if (value === undefined) {
      this.issue(name, {
        code: 'value-invalid',
        value: trimmed,
        message: `'${trimmed}' is not ${KIND_WORDS[kind as keyof typeof KIND_WORDS]}, as the type of '${name}' requires`,
        hint: `write ${KIND_WORDS[kind as keyof typeof KIND_WORDS]}, or declare '${name}' as a string`,
      });
      return;
    }
    this.attributes[name] = value;
  }

  /** The defaults of the declared attributes: each given only when nothing has given its meaning yet. */
  applyDefaults(declared: readonly Declared[]): void {
    for (const { name, kind, default: text } of declared) {
      const meaning = contractField(TABLE_SPECS[this.owner.table.name], name) ?? name.toLowerCase();
      if (text !== undefined && !this.given.has(meaning)) this.value(name, text, kind);
    }
  }

  /** A value that has its type already (a position from `viz:position` or yEd's geometry). */
  typed(name: string, value: AttributeValue): void {
    if (this.claim(name.toLowerCase(), name)) this.attributes[name] = value;
  }

  /** Adds the finished record to its table. */
  done(): void {
    const record: RawRecord = { row: this.row, fields: this.fields, lists: this.lists, attributes: this.attributes };
    this.owner.table.records.push(record);
  }
}

/** The number in a numeric XML attribute (a position), or `undefined` and an issue. */
export function numberAttribute(record: RecordBuilder, name: string, text: string): number | undefined {
  const trimmed = text.trim();
  const value = decimalValue(trimmed);
  if (value !== undefined) return value;
  record.issue(name, {
    code: 'value-invalid',
    value: trimmed,
    message: `the position '${name}' is not a number: '${trimmed}'`,
    hint: 'write a number such as 12.5 or -3',
  });
  return undefined;
}

/**
 * An edge label: the kind when no kind is given, else kept as the tie
 * attribute `label` when it says something else than the kind.
 */
export function readLabel(record: RecordBuilder, label: string | undefined, column: string): void {
  const text = label?.trim();
  if (text === undefined || text === '') return;
  if (!record.has('kind')) record.field('kind', column, text);
  else if (normaliseKey(text) !== normaliseKey(record.fields.kind ?? '')) record.typed('label', text);
}

/**
 * Builds and checks the dataset from the collected tables: throws a
 * `MusterInputError` with the `shape` issues if there are any, else with
 * every problem of the values (the tables' own and those `buildDataset` finds).
 */
export function buildGraphDataset(
  actors: TableBuilder,
  ties: TableBuilder,
  chosen: ChosenProfile,
  shape: IssueList,
): Dataset {
  shape.throwIfAny();
  return buildDataset({ actors: actors.table, ties: ties.table }, chosen.profile, actors.issues, chosen.own);
}
