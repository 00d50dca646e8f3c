/**
 * What GEXF and GraphML readers share once the XML is parsed: the nodes
 * and edges of a graph file become the raw `actors` and `ties` tables that
 * `buildDataset` checks, exactly as rows of a CSV file or entries of a JSON
 * dataset do, so roles resolve through the profile and every problem is
 * reported with its file, row (the n-th node or edge, from 1) and column
 * (the attribute's name).
 *
 * Typed values: a declared attribute keeps its type (integer and floating
 * types → number, boolean → true/false, everything else → text). The
 * contract's own fields (`role`, `weight`, `date`…) are handed on as text
 * and checked by `buildDataset`.
 */
import type { InputIssue, IssueList } from '../../errors.js';
import { buildDataset, type RawTables } from '../../dataset/build.js';
import { defaultProfile, type ReadOptions } from '../../dataset/read.js';
import { TABLE_SPECS, contractField, type RawRecord, type RawTable } from '../../dataset/tables.js';
import type { AttributeValue, Attributes, Dataset } from '../../model.js';
import { getBuiltinProfile } from '../../profiles/builtin/index.js';
import type { Profile } from '../../profiles/types.js';
import { normaliseKey } from '../../normalise.js';
import { XmlSyntaxError, parseXml, type XmlElement } from './xml.js';

/** How a declared attribute's text is read. */
export type ValueKind = 'text' | 'integer' | 'number' | 'boolean' | 'list';

/** The graph-level name under which the profile id is written (GEXF keyword prefix, GraphML graph data). */
export const PROFILE_KEY = 'muster-profile';

/** The kind of a GEXF (`integer`, `liststring`…) or GraphML (`int`, `double`…) attribute type. */
export function valueKind(type: string | undefined): ValueKind {
  const key = (type ?? 'string').trim().toLowerCase();
  if (key.startsWith('list')) return 'list';
  if (['integer', 'int', 'long', 'short', 'byte', 'biginteger'].includes(key)) return 'integer';
  if (['double', 'float', 'bigdecimal'].includes(key)) return 'number';
  if (key === 'boolean') return 'boolean';
  return 'text';
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A typed value, `null` for "no value" (a NaN metric), or `undefined` if the text does not fit the type. */
function typedValue(text: string, kind: ValueKind): AttributeValue | null | undefined {
  switch (kind) {
    case 'integer': {
      const value = INTEGER.test(text) ? Number(text) : NaN;
      return Number.isFinite(value) ? value : undefined;
    }
    case 'number': {
      // Gephi writes NaN for a metric it could not compute: treat it as an empty cell.
      if (text === 'NaN') return null;
      const value = DECIMAL.test(text) ? Number(text) : NaN;
      return Number.isFinite(value) ? value : undefined;
    }
    case 'boolean': {
      const key = text.toLowerCase();
      if (key === 'true' || key === '1') return true;
      if (key === 'false' || key === '0') return false;
      return undefined;
    }
    default:
      return text;
  }
}

const KIND_WORDS: Readonly<Record<Exclude<ValueKind, 'text' | 'list'>, string>> = {
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

/** A list value as Gephi (`[a, b]`) or the GEXF 1.2 primer (`a|b`) writes it, or `;`-separated as in CSV. */
export function splitListText(text: string): string[] {
  const body = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return body
    .split(/[|,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
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

  /** Starts the record of the n-th element (1-based). */
  record(row: number): RecordBuilder {
    return new RecordBuilder(this, row);
  }
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

  /** The (logical) file the record is reported in. */
  get file(): string {
    return this.owner.table.file;
  }

  /** Adds an issue located at this element. */
  issue(column: string | undefined, rest: Omit<InputIssue, 'file' | 'row' | 'column'>): void {
    const issue: InputIssue = { file: this.owner.table.file, row: this.row, ...rest };
    if (column !== undefined) issue.column = column;
    this.owner.issues.add(issue);
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

  /** A default value: given only when nothing has given its meaning yet. */
  fallback(name: string, text: string, kind: ValueKind): void {
    const meaning = contractField(TABLE_SPECS[this.owner.table.name], name) ?? name.toLowerCase();
    if (!this.given.has(meaning)) this.value(name, text, kind);
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
  const value = DECIMAL.test(trimmed) ? Number(trimmed) : NaN;
  if (Number.isFinite(value)) return value;
  record.issue(name, {
    code: 'value-invalid',
    value: trimmed,
    message: `the position '${name}' is not a number: '${trimmed}'`,
    hint: 'write a number such as 12.5 or -3',
  });
  return undefined;
}

/** Parses XML text for a reader, turning a syntax error into a located `xml-syntax` issue. */
export function readXml(text: string, file: string, format: string, issues: IssueList): XmlElement | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    issues.add({ code: 'file-empty', file, message: 'the file is empty', hint: `it must hold one ${format} document` });
    return undefined;
  }
  try {
    return parseXml(body);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    issues.add({
      code: 'xml-syntax',
      file,
      row: error.line,
      message: `the file is not valid XML (line ${error.line}, character ${error.column}): ${error.message}`,
      hint: 'check the file near that place: a tag left open, a missing quote, or a & that should be &amp;',
    });
    return undefined;
  }
}

/** An `xml-shape` issue: the XML is well-formed but is not the format, or holds what Muster cannot take. */
export function shapeIssue(file: string, message: string, hint: string, at: Partial<InputIssue> = {}): InputIssue {
  return { code: 'xml-shape', file, message, hint, ...at };
}

/**
 * The profile the roles are read against, and the dataset's own profile:
 * `options.profile` first; else the built-in profile whose id the file
 * names; else the default. A file naming a profile Muster does not have is
 * refused unless `options.profile` is given.
 */
export function chooseGraphProfile(
  options: ReadOptions,
  profileId: string | undefined,
  file: string,
  issues: IssueList,
): { profile: Profile; own: Profile | undefined } {
  const builtin = profileId === undefined ? undefined : getBuiltinProfile(profileId);
  const own = builtin === undefined ? undefined : structuredClone(builtin);
  if (options.profile !== undefined) return { profile: options.profile, own };
  if (profileId !== undefined && own === undefined) {
    issues.add({
      code: 'profile-invalid',
      file,
      column: PROFILE_KEY,
      value: profileId,
      message: `the file was written for the profile '${profileId}', which is not a built-in profile`,
      hint: `give that profile (its .json file) with --profile`,
    });
  }
  return { profile: own ?? defaultProfile(), own };
}

/** Builds and checks the dataset from the collected tables (throws a `MusterInputError` listing every problem). */
export function buildGraphDataset(
  actors: TableBuilder,
  ties: TableBuilder,
  chosen: { profile: Profile; own: Profile | undefined },
  values: IssueList,
): Dataset {
  const tables: RawTables = { actors: actors.table, ties: ties.table };
  return buildDataset(tables, chosen.profile, values, chosen.own);
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
