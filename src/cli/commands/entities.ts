import { Command, InvalidArgumentError, Option } from 'commander';
import type { ArticleRecord, EntityType } from '../../index.js';
import { parseEntityTypes, UnknownEntityTypeError } from '../../render/select.js';
import { batchOptions, processInputs } from '../batch.js';
import type { CliContext } from '../context.js';
import { addCommonOptions, INPUTS_HELP, type CommonFlags } from '../options.js';
import { renderEntities } from '../render/terminal.js';
import { addFilenameOptions, perArticleWriter, type FilenameFlags } from '../render/per-article.js';
import { makeChalk, textWidth, useColor } from '../style.js';

/** `precis entities`: people, organisations, places, dates and numbers, most-mentioned first. */
export function entitiesCommand(ctx: CliContext): Command {
  const cmd = new Command('entities').description('list named entities grouped by type, most-mentioned first').argument('[inputs...]', INPUTS_HELP);
  addFilenameOptions(addCommonOptions(cmd)).addOption(
    new Option('--type <types>', 'only these types, comma-separated: person, organization, place, date, money, …').argParser(entityTypes),
  );
  return cmd.action(async (inputs: string[], flags: CommonFlags & FilenameFlags & { type?: EntityType[] }) => {
    const style = { chalk: makeChalk(useColor(ctx, flags.color)), width: textWidth(ctx) };
    const write = perArticleWriter(ctx, flags, style.chalk, '\n');
    // A file gets the list without colour.
    const file = { render: (record: ArticleRecord) => renderEntities(record.entities, { ...style, chalk: makeChalk(false) }), extension: '.txt' } as const;
    await processInputs(
      ctx,
      {
        inputs,
        ...batchOptions(flags),
        file,
        select: flags.type && { entityTypes: flags.type },
        analyze: { parts: flags.json ? {} : { summary: false, quotes: false } },
      },
      (record, several) => {
        write(record.source, renderEntities(record.entities, style), several);
      },
    );
  });
}

function entityTypes(value: string): EntityType[] {
  try {
    return parseEntityTypes(value);
  } catch (error) {
    if (error instanceof UnknownEntityTypeError) throw new InvalidArgumentError(error.message);
    throw error;
  }
}
