import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { usageErrorLine } from '../usage.js';
import { evalDigestCommand } from './eval-digest.js';
import { evalEntitiesCommand } from './eval-entities.js';
import { evalQuotesCommand } from './eval-quotes.js';
import { evalSummaryCommand } from './eval-summary.js';

/** `precis eval summary|entities|quotes`: quality measured on corpora, for users and for CI. */
export function evalCommand(ctx: CliContext): Command {
  const cmd = new Command('eval').description('measure summary, entity and quote quality on a corpus');
  for (const make of [evalSummaryCommand, evalEntitiesCommand, evalQuotesCommand, evalDigestCommand]) {
    const sub = make(ctx);
    cmd.addCommand(
      sub
        .exitOverride()
        .configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s), outputError: (s, write) => write(usageErrorLine(s)) })
        .showHelpAfterError(`(run precis eval ${sub.name()} --help for usage)`),
    );
  }
  return cmd;
}
