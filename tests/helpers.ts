import { readFileSync } from 'node:fs';
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

/** Runs the CLI in-process with captured output; `tty` makes stdout look like a terminal. */
export async function runCli(argv: string[], options: { env?: Record<string, string>; tty?: boolean; stdin?: string; cwd?: string; columns?: number } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: options.tty ?? false, columns: options.columns ?? 80 },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: false },
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    env: options.env ?? {},
    cwd: options.cwd ?? ROOT,
    exitCode: 0,
  };
  const code = await main(argv, ctx);
  return { code, stdout, stderr };
}

/**
 * Runs one sub-command on its own (not through `main`), so a test sees the errors it throws
 * (`UserError`) as well as what it prints and the exit code it sets.
 */
export async function runCommand(make: (ctx: CliContext) => Command, argv: string[], cwd: string): Promise<{ stdout: string; stderr: string; ctx: CliContext }> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true) },
    stdin: Readable.from([]),
    env: {},
    cwd,
    exitCode: 0,
  };
  const cmd = make(ctx).exitOverride().configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
  await cmd.parseAsync(argv, { from: 'user' });
  return { stdout, stderr, ctx };
}
