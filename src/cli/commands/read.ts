import { Command } from 'commander';
import { processInputs } from '../batch.js';
import type { CliContext } from '../context.js';
import { addCommonOptions, type CommonFlags } from '../options.js';
import { recordLine } from '../render/json.js';
import { renderReading } from '../render/reading.js';
import { makeChalk, textWidth, useColor } from '../style.js';

/** `precis read`: the whole cleaned article, laid out for the terminal. */
export function readCommand(ctx: CliContext): Command {
  const cmd = new Command('read').description('show the whole cleaned article, wrapped to the terminal').argument('<inputs...>', 'article files, folders, or - for stdin');
  addCommonOptions(cmd);
  return cmd.action(async (inputs: string[], flags: CommonFlags) => {
    const style = { chalk: makeChalk(useColor(ctx, flags.color)), width: textWidth(ctx) };
    let first = true;
    await processInputs(ctx, { inputs, json: flags.json === true, maxBytes: flags.maxBytes, analyze: { parts: flags.json ? {} : { summary: false, quotes: false, entities: false } } }, (record) => {
      if (flags.json) return void ctx.stdout.write(recordLine(record));
      ctx.stdout.write((first ? '' : '\n') + renderReading(record, style));
      first = false;
    });
  });
}
