/**
 * Reading one input file safely: only a regular file is read, and only up
 * to {@link MAX_FILE_BYTES}. A FIFO, a device (`/dev/zero`), a socket or a
 * symlink to one is refused before it is read, as a read of it can block
 * forever or never end; a file above the limit is refused before a byte of
 * it is held in memory, instead of failing deep inside Node.js.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import type { IssueList } from '@muster/core/reader';

/**
 * The largest input file Muster reads: 256 MiB (about 8 million ties in
 * CSV). The whole file is held in memory as bytes and then as text, so the
 * limit keeps a read within a few gigabytes and well under the longest
 * string Node.js can hold (512 MiB).
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** What a path is, in words, when it is not a regular file. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** An issue for `stats` if it is not a regular file within the limit. */
function refusal(stats: Stats, label: string, issues: IssueList): boolean {
  if (!stats.isFile()) {
    issues.add({
      code: 'file-not-regular',
      file: label,
      message: `this is ${kindOf(stats)}, not a regular file`,
      hint: 'give the path of a file saved on disk; save piped or generated data to a file first',
    });
    return true;
  }
  if (stats.size > MAX_FILE_BYTES) {
    issues.add({
      code: 'file-too-large',
      file: label,
      message: `the file is ${megabytes(stats.size)}, above Muster's limit of ${megabytes(MAX_FILE_BYTES)} for one file`,
      hint: 'split the data over several datasets (by locality or period), or drop columns Muster does not use',
    });
    return true;
  }
  return false;
}

const megabytes = (bytes: number): string => `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en-GB')} MiB`;

/**
 * The bytes of the regular file at `path`, or `undefined` with an issue
 * naming `label` in `issues`: `file-missing`, `file-not-regular` (a folder,
 * FIFO, device or socket, also through a symlink) or `file-too-large`
 * (above {@link MAX_FILE_BYTES}). Other failures of the file system
 * (no permission) are thrown as Node.js reports them.
 */
export function readRegularFile(path: string, label: string, issues: IssueList): Uint8Array | undefined {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
    issues.add({ code: 'file-missing', file: label, message: 'there is no such file', hint: 'check the path' });
    return undefined;
  }
  if (refusal(stats, label, issues)) return undefined;
  // Non-blocking, so that a FIFO put in the file's place since the check cannot stall the open;
  // the open file is checked again, as that is what is read.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const opened = fstatSync(fd);
    if (refusal(opened, label, issues)) return undefined;
    // What is read is the size the file had when opened: a file written meanwhile is read up to there.
    const bytes = Buffer.allocUnsafe(opened.size);
    let length = 0;
    while (length < bytes.length) {
      const n = readSync(fd, bytes, length, bytes.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return bytes.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
