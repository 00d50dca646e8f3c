/**
 * Files as text: the survey export, its mapping and the review file are
 * read as UTF-8, with or without a byte order mark. A file saved in
 * another encoding (a spreadsheet's plain "CSV" in a Windows code page) is
 * refused with the place of the first bad byte, not read with replacement
 * characters in people's names.
 */
import { decodeText } from '@muster/core/reader';
import { IssueList } from '@muster/core/reader';

/** A file's bytes as text; throws a `MusterInputError` (`encoding-invalid`) naming `file` when they are not UTF-8. */
export function decodeUtf8File(bytes: Uint8Array, file: string): string {
  const issues = new IssueList();
  const text = decodeText(bytes, file, issues);
  issues.throwIfAny();
  return text!;
}
