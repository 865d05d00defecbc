import { Command, InvalidArgumentError, Option } from 'commander';
import type { ArticleRecord } from '../../index.js';
import { batchOptions, processInputs } from '../batch.js';
import type { CliContext } from '../context.js';
import { addCommonOptions, INPUTS_HELP, positiveInt, type CommonFlags } from '../options.js';
import { writePaged } from '../pager.js';
import { articleMarkdown } from '../render/markdown-article.js';
import { readingRenderer } from '../render/reading.js';
import { makeChalk, textWidth, useColor } from '../style.js';

interface ReadFlags extends CommonFlags {
  highlight?: boolean;
  brief?: boolean;
  pager?: boolean;
  format?: 'terminal' | 'md';
  width?: number;
}

const EXAMPLES = `
Examples:
  $ precis read story.txt                     the article, reflowed to the terminal
  $ precis read --highlight --brief page.html quotes and names in colour, summary on top
  $ precis read https://example.com/news/1    fetch a page and read its article
  $ precis read --format md page.html > a.md  clean Markdown for notes apps`;

/** Narrower than 20 columns there is no room for the box and the quote bar. */
function columns(value: string): number {
  const n = positiveInt(value);
  if (n < 20) throw new InvalidArgumentError('expected 20 columns or more.');
  return n;
}

/** `precis read`: the whole cleaned article, laid out for reading in the terminal. */
export function readCommand(ctx: CliContext): Command {
  const cmd = new Command('read')
    .description('show the whole cleaned article, reflowed to the terminal and paged when long')
    .argument('[inputs...]', INPUTS_HELP);
  addCommonOptions(cmd)
    .option('--highlight', 'colour quotes and the names of people, organisations and places')
    .option('--brief', 'put an "In brief" summary box above the article')
    .option('--no-pager', 'never page through $PAGER (paging happens only in a terminal, for long articles)')
    .addOption(
      new Option('--format <format>', 'terminal view, or clean Markdown of the article').choices(['terminal', 'md']).default('terminal').conflicts('json'),
    )
    .addOption(
      new Option('-w, --width <columns>', 'wrap to this many columns, 20 or more (default: the terminal, at most 100; 80 when unknown)').argParser(columns),
    )
    .addHelpText('after', EXAMPLES);
  return cmd.action(async (inputs: string[], flags: ReadFlags) => {
    const markdown = flags.format === 'md';
    const json = flags.json === true;
    const chalk = makeChalk(!markdown && useColor(ctx, flags.color));
    const render =
      json || markdown
        ? undefined
        : await readingRenderer({ chalk, width: textWidth(ctx, flags.width), highlight: flags.highlight === true, brief: flags.brief === true });
    // Paging needs the whole text; otherwise each article is written as soon as it is ready.
    const collect = render !== undefined && flags.pager !== false && ctx.stdout.isTTY === true;
    const chunks: string[] = [];
    const write = (text: string) => (collect ? chunks.push(text) : ctx.stdout.write(text));
    let first = true;
    const parts = { summary: json || flags.brief === true, quotes: json || flags.highlight === true, entities: json || flags.highlight === true };
    // A file gets the article in Markdown, whichever view the terminal would show.
    const file = { render: (record: ArticleRecord) => articleMarkdown(record, { brief: flags.brief === true }), extension: '.md' } as const;
    await processInputs(ctx, { inputs, ...batchOptions(flags), file, analyze: { parts } }, (record) => {
      const text = render ? render(record) : articleMarkdown(record, { brief: flags.brief === true });
      write((first ? '' : '\n') + text);
      first = false;
    });
    if (collect && chunks.length > 0) await writePaged(ctx, chunks.join(''), true);
  });
}
