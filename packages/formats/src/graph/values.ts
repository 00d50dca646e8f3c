/**
 * Typed values of GEXF and GraphML. A declared attribute keeps its type:
 * integer and floating types → number, boolean → true/false, list types →
 * a list, everything else → text.
 */
import type { AttributeValue } from '@muster/core';

/** How a declared attribute's text is read. */
export type ValueKind = 'text' | 'integer' | 'number' | 'boolean' | 'list';

/** The kind of a GEXF (`integer`, `liststring`…) or GraphML (`int`, `double`…) attribute type. */
export function valueKind(type: string | undefined): ValueKind {
  const key = (type ?? 'string').trim().toLowerCase();
  if (key.startsWith('list')) return 'list';
  if (['integer', 'int', 'long', 'short', 'byte', 'biginteger'].includes(key)) return 'integer';
  if (['double', 'float', 'bigdecimal'].includes(key)) return 'number';
  if (key === 'boolean') return 'boolean';
  return 'text';
}

/** How the kinds that can be wrong are named in messages. */
export const KIND_WORDS: Readonly<Record<Exclude<ValueKind, 'text' | 'list'>, string>> = {
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The finite number a decimal text (`12.5`, `-3`, `1e-9`) writes, or `undefined`. */
export function decimalValue(text: string): number | undefined {
  const value = DECIMAL.test(text) ? Number(text) : NaN;
  return Number.isFinite(value) ? value : undefined;
}

/** A typed value, `null` for "no value" (a NaN metric), or `undefined` if the text does not fit the type. */
export function typedValue(text: string, kind: ValueKind): AttributeValue | null | undefined {
  switch (kind) {
    case 'integer': {
      const value = INTEGER.test(text) ? Number(text) : NaN;
      return Number.isFinite(value) ? value : undefined;
    }
    case 'number':
      // Gephi writes NaN for a metric it could not compute: treat it as an empty cell.
      return text === 'NaN' ? null : decimalValue(text);
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

/** A list value as Gephi (`[a, b]`) or the GEXF 1.2 primer (`a|b`) writes it, or `;`-separated as in CSV. */
export function splitListText(text: string): string[] {
  const body = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return body
    .split(/[|,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
