import { Command } from 'commander';
import type { ArticleRecord } from '../../index.js';
import { batchOptions, processInputs } from '../batch.js';
import type { CliContext } from '../context.js';
import { addCommonOptions, addSummaryOptions, INPUTS_HELP, summaryOptions, type CommonFlags, type SummaryFlags } from '../options.js';

/** `precis summary`: the summary sentences, one per line, for pipes. */
export function summaryCommand(ctx: CliContext): Command {
  const cmd = new Command('summary').description('print the summary sentences, one per line').argument('[inputs...]', INPUTS_HELP);
  addSummaryOptions(addCommonOptions(cmd));
  return cmd.action(async (inputs: string[], flags: CommonFlags & SummaryFlags) => {
    let first = true;
    const file = { render: summaryLines, extension: '.txt' } as const;
    await processInputs(ctx, { inputs, ...batchOptions(flags), file, analyze: { summary: summaryOptions(flags), parts: flags.json ? {} : { quotes: false, entities: false } } }, (record) => {
      // Several articles: a blank line between them, so each summary stays a paragraph of lines.
      ctx.stdout.write((first ? '' : '\n') + summaryLines(record));
      first = false;
    });
  });
}

/** The summary sentences, one per line. */
function summaryLines(record: ArticleRecord): string {
  return record.summary.map((s) => s.text.replace(/\s+/g, ' ') + '\n').join('');
}
