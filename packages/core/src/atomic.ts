/**
 * Writes that never lose data. The new output is written beside the
 * destination (`.NAME.PID.tmp`), flushed to disk, and moved into place with
 * one rename; a folder being replaced is first renamed aside
 * (`.NAME.PID.old`) and removed only once the new one is in place. An
 * exclusive lock file (`.NAME.lock`, created with O_EXCL, holding the
 * writer's process id) makes a second writer to the same destination fail
 * clearly instead of silently replacing the first one's output; the check
 * that the destination is free runs while the lock is held.
 *
 * SIGINT and SIGTERM during a write are held until the write has finished
 * or been undone, then the process ends as the signal asks: no temporary
 * file is left. A write killed outright (SIGKILL, power loss) leaves its
 * temporary files; the next write to the same destination removes them,
 * puts back a folder left aside, and says what it did.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { MusterInputError } from './errors.js';

/** Options for the writers. */
export interface WriteOptions {
  /** Replace an existing file or non-empty folder. */
  force?: boolean;
  /** Told, in a sentence, about leftovers of an interrupted earlier write that were cleaned up. */
  notice?: (message: string) => void;
}

/** The phases of a write, in order, for the kill test hook. */
export const WRITE_PHASES = ['locked', 'staged', 'aside', 'swapped', 'done'] as const;
type Phase = (typeof WRITE_PHASES)[number];

/**
 * Test hook: with MUSTER_TEST_KILL_AT set to a phase, the process kills
 * itself (SIGKILL) there; with MUSTER_TEST_PAUSE_AT=phase:ms it waits that
 * long there. Tests use them to interrupt a write at every phase and to
 * make two writers overlap.
 */
function phase(name: Phase): void {
  if (process.env.MUSTER_TEST_KILL_AT === name) process.kill(process.pid, 'SIGKILL');
  const pause = process.env.MUSTER_TEST_PAUSE_AT?.split(':');
  if (pause?.[0] === name) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(pause[1]));
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

function busy(path: string, pid: string): MusterInputError {
  return new MusterInputError([
    {
      code: 'output-locked',
      file: path,
      message: `another Muster process (pid ${pid}) is writing to this path`,
      hint: 'wait for it to finish, or choose another path',
    },
  ]);
}

/** Takes the lock, or throws when a live process holds it (a dead one's lock is taken over). */
function lock(lockPath: string, path: string, options: WriteOptions): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      let holder = '';
      try {
        holder = readFileSync(lockPath, 'utf8').trim();
      } catch {
        continue; // released meanwhile
      }
      if (isAlive(Number(holder)) || attempt > 0) throw busy(path, holder || 'unknown');
      rmSync(lockPath, { force: true });
      options.notice?.(`removed ${lockPath}, the lock of an interrupted write`);
    }
  }
}

/** Removes what an interrupted write to `path` left, putting back a folder left aside. */
function recover(path: string, options: WriteOptions): void {
  const parent = dirname(path);
  const name = basename(path);
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.(tmp|old)$`);
  for (const entry of readdirSync(parent)) {
    const match = pattern.exec(entry);
    if (match === null || isAlive(Number(match[1]))) continue;
    const leftover = join(parent, entry);
    if (match[2] === 'old' && !existsSync(path)) {
      renameSync(leftover, path);
      options.notice?.(`put back ${path}, which an interrupted write had moved aside`);
    } else {
      rmSync(leftover, { recursive: true, force: true });
      options.notice?.(`removed ${leftover}, left by an interrupted write`);
    }
  }
}

function refuseToReplace(path: string, options: WriteOptions): void {
  if (!existsSync(path) || options.force) return;
  const occupied = statSync(path).isDirectory() ? readdirSync(path).length > 0 : true;
  if (!occupied) return;
  throw new MusterInputError([
    {
      code: 'output-exists',
      file: path,
      message: 'there is already something at this path',
      hint: 'choose another path, or pass --force to replace it',
    },
  ]);
}

function writeFileSynced(path: string, content: string | Uint8Array | Iterable<string>): void {
  const fd = openSync(path, 'wx');
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) writeAll(fd, content);
    else for (const chunk of content) writeAll(fd, chunk);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes all of `content` (writeSync may write less than it is given). */
function writeAll(fd: number, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
}

/** Flushes a folder's entries (new names, renames) to disk; some systems cannot, which is not an error. */
function syncFolder(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** How many writes are under way; SIGINT and SIGTERM wait for them. */
let writing = 0;

function obey(signal: NodeJS.Signals): void {
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  process.kill(process.pid, signal);
}

function onSignal(signal: NodeJS.Signals): void {
  if (writing === 0) obey(signal);
  else held = held ?? signal;
}
let held: NodeJS.Signals | undefined;

function holdSignals(): void {
  if (writing++ === 0 && !process.listeners('SIGINT').includes(onSignal)) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
}

function releaseSignals(): void {
  writing--;
  if (writing > 0) return;
  if (held !== undefined) obey(held);
  // A signal sent during a synchronous write reaches its listener only on a later turn of the event loop:
  // keep listening a moment, obeying it then, before the default (end the process at once) is restored.
  setTimeout(() => {
    if (writing > 0) return;
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }, 50).unref();
}

/**
 * Writes `content` at `path` all or nothing: a text or bytes become a file,
 * a map of names to texts a folder (see the module comment). Throws a
 * {@link MusterInputError} with `output-exists` when the path is taken and
 * `force` is not set, and with `output-locked` when another process is
 * writing to the same path.
 */
export function writeAtomically(
  path: string,
  content: string | Uint8Array | Iterable<string> | Record<string, string | Iterable<string>>,
  options: WriteOptions = {},
): void {
  const parent = dirname(path);
  mkdirSync(parent, { recursive: true });
  const lockPath = join(parent, `.${basename(path)}.lock`);
  const staging = join(parent, `.${basename(path)}.${process.pid}.tmp`);
  const aside = join(parent, `.${basename(path)}.${process.pid}.old`);
  holdSignals();
  try {
    lock(lockPath, path, options);
    try {
      phase('locked');
      recover(path, options);
      refuseToReplace(path, options);
      rmSync(staging, { recursive: true, force: true });
      try {
        if (typeof content === 'string' || content instanceof Uint8Array || Symbol.iterator in content) {
          writeFileSynced(staging, content as string | Uint8Array | Iterable<string>);
        } else {
          mkdirSync(staging);
          for (const [name, text] of Object.entries(content)) writeFileSynced(join(staging, name), text);
          syncFolder(staging);
        }
        phase('staged');
        swap(staging, path, aside);
      } catch (error) {
        rmSync(staging, { recursive: true, force: true });
        throw error;
      }
      syncFolder(parent);
      phase('done');
    } finally {
      rmSync(lockPath, { force: true });
    }
  } finally {
    releaseSignals();
  }
}

/** Moves the staged output into place: one rename over a file; rename-aside then rename-in for a folder. */
function swap(staging: string, path: string, aside: string): void {
  if (!existsSync(path)) {
    renameSync(staging, path);
    phase('swapped');
    return;
  }
  const folderInvolved = statSync(path).isDirectory() || statSync(staging).isDirectory();
  if (!folderInvolved) {
    renameSync(staging, path); // atomic replacement of a file
    phase('swapped');
    return;
  }
  renameSync(path, aside);
  phase('aside');
  try {
    renameSync(staging, path);
  } catch (error) {
    renameSync(aside, path);
    throw error;
  }
  phase('swapped');
  rmSync(aside, { recursive: true, force: true });
}
