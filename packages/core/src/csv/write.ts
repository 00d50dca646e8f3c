/**
 * CSV writing: comma-delimited, `\n` line ends, RFC 4180 quoting where a
 * field needs it. A field that starts with `#` is quoted too, so that the
 * reader does not take its row for a comment.
 */

const NEEDS_QUOTES = /[",\r\n]|^#|^\s|\s$/;

/** One field, quoted if it needs to be. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A whole table: header and rows, each row as long as the header. */
export function writeCsv(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return lines.join('\n') + '\n';
}
