import type { ChalkInstance } from 'chalk';
import type { Command } from 'commander';
import type { CliContext } from '../context.js';

/** `-H/--with-filename` and `--no-filename`, as grep names them. */
export interface FilenameFlags {
  withFilename?: boolean;
  /** False with --no-filename. */
  filename?: boolean;
}

export function addFilenameOptions(cmd: Command): Command {
  return cmd
    .option('-H, --with-filename', 'say which article each line comes from, even for a single input')
    .option('--no-filename', 'never say which article a line comes from, even for several inputs');
}

/**
 * Writes the output of a line-oriented command (summary, quotes, entities) one article at a
 * time. When several articles are printed, each says where it comes from, as grep does: in a
 * pipe every line starts `path:`, so `grep`, `sort` and `cut -d: -f1` keep the article with
 * the line; on a terminal a header names each article. `between` separates unlabelled
 * articles (and articles under a header), as each command always has.
 */
export function perArticleWriter(ctx: CliContext, flags: FilenameFlags, chalk: ChalkInstance, between: string) {
  let first = true;
  return (source: string, text: string, several: boolean): void => {
    const label = flags.filename !== false && (flags.withFilename === true || several);
    if (!label) ctx.stdout.write((first ? '' : between) + text);
    else if (text === '') return;
    else if (ctx.stdout.isTTY === true) ctx.stdout.write((first ? '' : between) + chalk.magenta.bold(source) + '\n' + text);
    else ctx.stdout.write(prefixLines(text, source));
    first = false;
  };
}

/** `text`'s lines, each as `source:line`. */
export function prefixLines(text: string, source: string): string {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => `${source}:${line}\n`).join('');
}
