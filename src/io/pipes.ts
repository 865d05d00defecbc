import { closeSync, constants, createReadStream, openSync, statSync, type ReadStream, type Stats } from 'node:fs';

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

/** Pipes whose opening has not returned: it waits for a writer, on a thread of libuv's pool. */
const opening = new Map<string, number>();

/** Opens a stream input, keeping track of the open while it waits (see `releaseWaitingPipes`). */
export function openStreamPath(file: string): ReadStream {
  opening.set(file, (opening.get(file) ?? 0) + 1);
  const stream = createReadStream(file);
  let done = false;
  const opened = () => {
    if (done) return;
    done = true;
    const left = (opening.get(file) ?? 1) - 1;
    if (left > 0) opening.set(file, left);
    else opening.delete(file);
  };
  stream.once('open', opened).once('error', opened).once('close', opened);
  return stream;
}

/**
 * On Ctrl-C: a pipe that never got a writer holds a pool thread in its open, and exit waits for
 * every pool thread, so precis would never end. Opening the other end (without waiting) lets
 * that open return.
 */
export function releaseWaitingPipes(): void {
  for (const file of opening.keys()) {
    try {
      closeSync(openSync(file, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // No reader waits on it any more (ENXIO), or it is gone.
    }
  }
}
