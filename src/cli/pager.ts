import { spawn } from 'node:child_process';
import type { CliContext } from './context.js';

/**
 * Long output in a terminal goes through the user's pager ($PAGER, else `less -R`, which
 * passes colours through). Only when stdout is a terminal and the text is taller than the
 * screen; piped output and short articles are written straight out.
 */
export function shouldPage(ctx: CliContext, text: string, enabled: boolean): boolean {
  if (!enabled || ctx.stdout.isTTY !== true) return false;
  const pager = ctx.env.PAGER;
  if (pager !== undefined && (pager.trim() === '' || pager.trim() === 'cat')) return false;
  const rows = ctx.stdout.rows ?? 24;
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && lines <= rows; i = text.indexOf('\n', i + 1)) lines++;
  return lines >= rows;
}

/** Writes `text` to stdout, through the pager when `shouldPage` says so. */
export async function writePaged(ctx: CliContext, text: string, enabled: boolean): Promise<void> {
  if (!shouldPage(ctx, text, enabled)) {
    ctx.stdout.write(text);
    return;
  }
  const paged = await runPager(ctx.env, text);
  if (!paged) ctx.stdout.write(text);
}

/** Runs the pager on the real terminal; false when it could not be started. */
function runPager(env: CliContext['env'], text: string): Promise<boolean> {
  const command = env.PAGER?.trim();
  // $PAGER may carry arguments ("less -R"), so it goes through the shell, as git and man do.
  const child = command
    ? spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { ...env } })
    : spawn('less', ['-R'], { stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'R', ...env } });
  // Ctrl-C belongs to the pager while it runs (less uses it to stop a search), not to us.
  const sigint = process.listeners('SIGINT');
  process.removeAllListeners('SIGINT');
  process.on('SIGINT', ignore);
  return new Promise((resolve) => {
    let done = false;
    const finish = (paged: boolean) => {
      if (done) return;
      done = true;
      process.removeListener('SIGINT', ignore);
      for (const listener of sigint) process.on('SIGINT', listener as () => void);
      resolve(paged);
    };
    child.on('error', () => finish(false)); // no such pager: print instead
    // 127: the shell found no such command.
    child.on('close', (code) => finish(code !== 127));
    // The reader may quit before reading everything: a closed pipe is not an error.
    child.stdin.on('error', () => undefined);
    child.stdin.end(text);
  });
}

function ignore(): void {}
