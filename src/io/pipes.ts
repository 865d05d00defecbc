import { closeSync, constants, createReadStream, fstatSync, openSync, statSync, type Stats } from 'node:fs';
import { Socket } from 'node:net';
import { Readable } from 'node:stream';

/**
 * Inputs that are streams under a path: a named pipe (`mkfifo`, or the shell's `<(cmd)`, which
 * reaches precis as /dev/fd/63) or a device. They can be read only once, may wait for their
 * writer, and say nothing of their size, so they are read as standard input is: on the main
 * thread, as a stream, counting bytes against --max-bytes.
 */
export function isStreamPath(file: string): boolean {
  try {
    return isStreamStats(statSync(file));
  } catch {
    return false;
  }
}

/** Whether a stat'ed path is a stream input: a named pipe or a device (see `isStreamPath`). */
export const isStreamStats = (info: Stats): boolean => info.isFIFO() || info.isCharacterDevice();

/**
 * /dev/stdin, /dev/fd/3, /proc/self/fd/0: a file the shell opened (`3< day.ndjson`), by a name
 * that says nothing of what it holds, so its first line must (digest: records or an article).
 */
export const isDescriptorPath = (file: string): boolean => /^\/(dev\/(stdin|fd\/\d+)|proc\/(self|\d+)\/fd\/\d+)$/.test(file);

/**
 * Opens a stream input. A pipe is opened without waiting for a writer and read through the event
 * loop, as piped standard input is: a blocking open or read would hold a thread of libuv's pool
 * until its writer came or spoke, and exit waits for every pool thread, so Ctrl-C could not end
 * precis while a writer stays silent. (Linux wakes such a reader only once a writer has come, so
 * a pipe with no writer yet is not taken for an empty one.) A device is read as a file.
 */
export function openStreamPath(file: string): NodeJS.ReadableStream {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return failing(error);
  }
  let fifo = false;
  try {
    fifo = fstatSync(fd).isFIFO();
  } finally {
    if (!fifo) closeSync(fd);
  }
  return fifo ? new Socket({ fd, readable: true, writable: false }) : createReadStream(file);
}

/** A stream whose first read fails with `error`, as a stream that failed to open does. */
const failing = (error: unknown): Readable =>
  new Readable({
    read() {
      this.destroy(error as Error);
    },
  });
