import { Command } from 'commander';
import type { ArticleRecord } from '../../index.js';
import { batchOptions, processInputs } from '../batch.js';
import type { CliContext } from '../context.js';
import { addCommonOptions, INPUTS_HELP, type CommonFlags } from '../options.js';
import { quoteLine, renderQuote } from '../render/terminal.js';
import { addFilenameOptions, perArticleWriter, type FilenameFlags } from '../render/per-article.js';
import { makeChalk, textWidth, useColor } from '../style.js';

interface QuotesFlags extends CommonFlags, FilenameFlags {
  speaker?: string;
}

/** `precis quotes`: who said what. */
export function quotesCommand(ctx: CliContext): Command {
  const cmd = new Command('quotes').description('list quotes and reported speech with their speakers').argument('[inputs...]', INPUTS_HELP);
  addFilenameOptions(addCommonOptions(cmd)).option('--speaker <name>', 'only quotes whose speaker name contains this (case-insensitive)');
  return cmd.action(async (inputs: string[], flags: QuotesFlags) => {
    const color = useColor(ctx, flags.color);
    const style = { chalk: makeChalk(color), width: textWidth(ctx) };
    // On a terminal: an entry per quote; in a pipe: `Speaker: “text”`, one per line.
    const pretty = ctx.stdout.isTTY === true;
    // A file gets the piped form, one quote a line.
    const file = { render: (record: ArticleRecord) => record.quotes.map((q) => quoteLine(q) + '\n').join(''), extension: '.txt' } as const;
    // Each quote on a terminal already ends with a blank line: nothing more between articles.
    const write = perArticleWriter(ctx, flags, style.chalk, '');
    // --speaker filters the record itself, so the JSON and --out files hold only those quotes too.
    const select = flags.speaker === undefined ? undefined : { speaker: flags.speaker };
    await processInputs(ctx, { inputs, ...batchOptions(flags), file, select, analyze: { parts: flags.json ? {} : { summary: false } } }, (record, several) => {
      write(record.source, pretty ? record.quotes.map((q) => renderQuote(q, style) + '\n\n').join('') : file.render(record), several);
    });
  });
}
