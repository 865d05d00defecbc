import { constants, openSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Socket } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { CliContext } from '../src/cli/context.js';
import { main } from '../src/cli/main.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SEED = path.join(ROOT, 'articles', 'china-north-korea-ties.txt');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');

export function fixture(...parts: string[]): string {
  return readFileSync(path.join(FIXTURES, ...parts), 'utf8');
}

export function seedText(): string {
  return readFileSync(SEED, 'utf8');
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

interface ContextOptions {
  env?: Record<string, string>;
  /** Makes stdout look like a terminal. */
  tty?: boolean;
  /** Piped standard input; without it, standard input is a terminal. */
  stdin?: string;
  /** Makes stderr look like a terminal. */
  stderrTty?: boolean;
  cwd?: string;
  columns?: number;
}

/** A `CliContext` whose output is collected in `out`. */
function capturingContext(options: ContextOptions): { ctx: CliContext; out: { stdout: string; stderr: string } } {
  const out = { stdout: '', stderr: '' };
  const ctx: CliContext = {
    stdout: { write: (s: string) => ((out.stdout += s), true), isTTY: options.tty ?? false, columns: options.columns ?? 80 },
    stderr: { write: (s: string) => ((out.stderr += s), true), isTTY: options.stderrTty ?? false },
    stdin: Object.assign(Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]), { isTTY: options.stdin === undefined }),
    env: options.env ?? {},
    cwd: options.cwd ?? ROOT,
    exitCode: 0,
  };
  return { ctx, out };
}

/** Runs the CLI in-process with captured output; `tty` makes stdout look like a terminal. */
export async function runCli(argv: string[], options: ContextOptions = {}): Promise<CliRun> {
  const { ctx, out } = capturingContext(options);
  const code = await main(argv, ctx);
  return { code, ...out };
}

/**
 * Writes `text` into the named pipe `fifo` while `run` (precis reading it) goes on, and returns what
 * the run returned and how the write ended (undefined, or its error code: EPIPE when precis stopped
 * reading). A writer's open waits for a reader, so a run that ended without opening the pipe (a
 * usage error, an early exit) would leave the test waiting for the timeout: the pipe is then opened
 * here and drained, so the writer ends and the test fails at once on what the run printed.
 */
export async function feedFifo<T>(fifo: string, text: string, run: Promise<T>): Promise<{ result: T; written: string | undefined }> {
  const writer = writeFile(fifo, text).then(
    () => undefined,
    (error: NodeJS.ErrnoException) => error.code ?? String(error),
  );
  const result = await run;
  // (Opened without waiting for a writer; read through the event loop, so it never holds a pool thread.)
  const reader = new Socket({ fd: openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK), readable: true, writable: false }).resume();
  try {
    return { result, written: await writer };
  } finally {
    reader.destroy();
  }
}

/**
 * Runs one sub-command on its own (not through `main`), so a test sees the errors it throws
 * (`UserError`) as well as what it prints and the exit code it sets.
 */
export async function runCommand(
  make: (ctx: CliContext) => Command,
  argv: string[],
  cwd: string,
): Promise<{ stdout: string; stderr: string; ctx: CliContext }> {
  const { ctx, out } = capturingContext({ cwd });
  const cmd = make(ctx)
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s) });
  await cmd.parseAsync(argv, { from: 'user' });
  return { ...out, ctx };
}
