import { batchOptions, processInputs } from '../batch.js';
import type { CliContext } from '../context.js';
import { summaryOptions, type CommonFlags, type SummaryFlags } from '../options.js';
import { renderBrief } from '../render/terminal.js';
import { makeChalk, textWidth, useColor } from '../style.js';

/** `precis <input…>`: the brief of each article. */
export async function runBrief(ctx: CliContext, inputs: string[], flags: CommonFlags & SummaryFlags): Promise<void> {
  const style = { chalk: makeChalk(useColor(ctx, flags.color)), width: textWidth(ctx) };
  let first = true;
  await processInputs(ctx, { inputs, ...batchOptions(flags), analyze: { summary: summaryOptions(flags) } }, (record) => {
    ctx.stdout.write((first ? '' : '\n') + renderBrief(record, style));
    first = false;
  });
}
