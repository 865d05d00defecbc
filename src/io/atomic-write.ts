import { closeSync, existsSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes that are all or nothing: the data goes to a hidden temporary file beside the target,
 * which is then renamed over it (rename is atomic within a file system). A reader, or a rerun
 * after Ctrl-C, sees the old file or the new one, never half of one.
 *
 * The calls are synchronous on purpose. A brief is a few KiB, so they cost microseconds, and
 * a signal handler can then never run while a temporary file is being created on a libuv
 * thread: every temporary file that exists is in `pending`, and `removePendingTempFiles`
 * (called from the SIGINT/SIGTERM handlers) deletes them all.
 *
 * Not fsync'ed: this protects against interruption and crashes of precis, not against power
 * loss, which would cost a disk flush per article.
 */

const TEMP_PREFIX = '.precis-tmp-';

const pending = new Set<string>();
let counter = 0;

export function writeFileAtomic(file: string, data: string): void {
  makeFolders(path.dirname(file));
  const temp = path.join(path.dirname(file), `${TEMP_PREFIX}${process.pid}-${counter++}-${path.basename(file)}`);
  pending.add(temp);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    pending.delete(temp);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
}

/**
 * `mkdir -p`, a folder at a time: Node 20's `mkdirSync(dir, { recursive: true })` spins for ever,
 * deaf to signals, where making a folder fails with ENOENT under one that exists (/proc).
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at) && path.dirname(at) !== at; at = path.dirname(at)) missing.push(at);
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      // Made meanwhile by another worker writing into the same folder.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Deletes the temporary files of writes still in progress. Synchronous: safe in a signal handler before exit. */
export function removePendingTempFiles(): void {
  for (const temp of pending) removeQuietly(temp);
}

function removeQuietly(temp: string): void {
  try {
    unlinkSync(temp);
  } catch {
    // Already gone (renamed or never created).
  }
  pending.delete(temp);
}
