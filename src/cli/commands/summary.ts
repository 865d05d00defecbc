import { Command } from 'commander';
import type { ArticleRecord } from '../../index.js';
import { batchOptions, processInputs } from '../batch.js';
import type { CliContext } from '../context.js';
import { addCommonOptions, addSummaryOptions, INPUTS_HELP, summaryOptions, type CommonFlags, type SummaryFlags } from '../options.js';
import { addFilenameOptions, perArticleWriter, type FilenameFlags } from '../render/per-article.js';
import { makeChalk, useColor } from '../style.js';

/** `precis summary`: the summary sentences, one per line, for pipes. */
export function summaryCommand(ctx: CliContext): Command {
  const cmd = new Command('summary').description('print the summary sentences, one per line').argument('[inputs...]', INPUTS_HELP);
  addFilenameOptions(addSummaryOptions(addCommonOptions(cmd)));
  return cmd.action(async (inputs: string[], flags: CommonFlags & SummaryFlags & FilenameFlags) => {
    // Several articles: a blank line between them, so each summary stays a paragraph of lines.
    const write = perArticleWriter(ctx, flags, makeChalk(useColor(ctx, flags.color)), '\n');
    const file = { render: summaryLines, extension: '.txt', note: nothingToSummarise } as const;
    await processInputs(
      ctx,
      { inputs, ...batchOptions(flags), file, analyze: { summary: summaryOptions(flags), parts: flags.json ? {} : { quotes: false, entities: false } } },
      (record, several) => {
        const note = nothingToSummarise(record);
        if (note !== undefined) ctx.stderr.write(`precis: ${note}\n`);
        write(record.source, summaryLines(record), several);
      },
    );
  });
}

/** The summary sentences, one per line. */
function summaryLines(record: ArticleRecord): string {
  return record.summary.map((s) => s.text.replace(/\s+/g, ' ') + '\n').join('');
}

/**
 * Only a headline or page furniture (a sentence fragment is its own summary): said, or the user
 * sees nothing at all (with --out, an empty file).
 */
function nothingToSummarise(record: ArticleRecord): string | undefined {
  return record.summary.length === 0 ? `${record.source}: no sentence to summarise` : undefined;
}
