import { removePendingTempFiles } from '../io/atomic-write.js';
import { ExitCode } from './context.js';
import { main } from './main.js';
import { stopAllProgress } from './progress.js';

/**
 * The process edge: real streams, signals and exit codes. Everything below works on the
 * `CliContext` and never touches `process` directly.
 */
/**
 * Stops at once: no half-written output stays behind (--out writes through temporary files),
 * no progress line is left on the terminal, and exiting ends the worker threads, even in the
 * middle of an article.
 */
function stop(code: number): never {
  stopAllProgress();
  removePendingTempFiles();
  process.exit(code);
}
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`precis summary big/ | head`) is the reader saying it has enough; an input
    // that failed before it (already said on stderr) still makes the exit code 1. Once main has
    // returned, its code (a usage error's 2) is in process.exitCode and the pipe may fail after.
    if (error.code === 'EPIPE') stop(typeof process.exitCode === 'number' ? process.exitCode : ctx.exitCode);
    throw error;
  });
}
process.on('SIGINT', () => stop(ExitCode.interrupted));
process.on('SIGTERM', () => stop(ExitCode.terminated));

const ctx = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  exitCode: 0,
};
process.exitCode = await main(process.argv.slice(2), ctx);
