import { main } from './main.js';

/**
 * The process edge: real streams, signals and exit codes. Everything below works on the
 * `CliContext` and never touches `process` directly.
 */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`precis summary big/ | head`) is the reader saying it has enough.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

const ctx = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  exitCode: 0,
};
process.exitCode = await main(process.argv.slice(2), ctx);
