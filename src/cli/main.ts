import { Argument, Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { runBrief } from './commands/brief.js';
import { completionCommand } from './commands/completion.js';
import { digestCommand } from './commands/digest.js';
import { entitiesCommand } from './commands/entities.js';
import { quotesCommand } from './commands/quotes.js';
import { readCommand } from './commands/read.js';
import { summaryCommand } from './commands/summary.js';
import { ExitCode, UserError, type CliContext } from './context.js';
import { addCommonOptions, addSummaryOptions, INPUTS_HELP } from './options.js';
import { loadTextLayout } from './render/wrap.js';
import { carryOptionsToCommand, refuseUnknownHelpTopic, settleInputs, usageErrorLine } from './usage.js';

const { version } = createRequire(import.meta.url)('precis/package.json') as { version: string };

const EXAMPLES = `
Examples:
  $ precis articles/                        brief of every article in a folder
  $ precis summary -n 3 story.txt           three-sentence summary, one per line
  $ cat story.txt | precis quotes           who said what, from standard input
  $ precis entities --json story.md | jq .  the full record as JSON
  $ precis read story.txt                   the cleaned article, wrapped to the terminal
  $ precis help summary                     the options of one command
  $ source <(precis completion bash)        tab completion (also zsh, fish)`;

/** Builds the command tree. Every command writes through `ctx`, so tests run it in-process. */
export function buildProgram(ctx: CliContext, evalCommand: Command = evalPlaceholder()): Command {
  const program = new Command('precis')
    .description('Read, summarise and mine news articles: summary, quotes with speakers, named entities.')
    .version(version, '-V, --version')
    .option('--debug', 'show stack traces for unexpected errors')
    .argument('[inputs...]', INPUTS_HELP)
    .showHelpAfterError('(run precis --help for usage)')
    .configureOutput(output(ctx))
    .exitOverride()
    // `precis help summary`: commander adds this command only to programs without an action.
    .helpCommand(true)
    // Options after a command name belong to that command (`precis summary --json x`); those
    // before it are handed on by carryOptionsToCommand.
    .enablePositionalOptions()
    .addHelpText('after', EXAMPLES);
  addSummaryOptions(addCommonOptions(program));
  program.action(async (inputs: string[], flags) => {
    if (inputs.length === 0) {
      program.outputHelp();
      return;
    }
    await runBrief(ctx, inputs, flags);
  });
  for (const sub of [
    readCommand(ctx),
    summaryCommand(ctx),
    quotesCommand(ctx),
    entitiesCommand(ctx),
    digestCommand(ctx),
    evalCommand,
    completionCommand(ctx, program),
  ]) {
    sub.exitOverride().configureOutput(output(ctx));
    program.addCommand(sub);
  }
  program.commands.forEach((sub) => sub.showHelpAfterError(`(run precis ${sub.name()} --help for usage)`));
  for (const command of [program, ...program.commands]) if (command.commands.length > 0) refuseUnknownHelpTopic(command);
  program.hook('preSubcommand', (_program, sub) => carryOptionsToCommand(program, sub));
  program.hook('preAction', async (_program, command) => {
    settleInputs(ctx, program, command);
    await loadTextLayout();
  });
  return program;
}

function output(ctx: CliContext) {
  return {
    writeOut: (s: string) => ctx.stdout.write(s),
    writeErr: (s: string) => ctx.stderr.write(s),
    outputError: (s: string, write: (s: string) => void) => write(usageErrorLine(s)),
  };
}

const EVAL_DESCRIPTION = 'measure summary, entity and quote quality on a corpus';

/**
 * `eval` pulls in the scorers and corpus readers; every other run would pay ~15 ms for them
 * at start-up, so help lists this stand-in and the real command loads only when asked for.
 */
function evalPlaceholder(): Command {
  return new Command('eval').description(EVAL_DESCRIPTION).addArgument(new Argument('[what...]').choices(['summary', 'entities', 'quotes']));
}

/** Runs precis with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], ctx: CliContext): Promise<number> {
  // Also for `precis help eval` and `precis --json eval …` (refused, but by the real command).
  const wantsEval = argv.includes('eval');
  const program = wantsEval ? buildProgram(ctx, (await import('./commands/eval.js')).evalCommand(ctx).description(EVAL_DESCRIPTION)) : buildProgram(ctx);
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are successful exits; anything else is a usage error.
      if (error.exitCode === 0) return ExitCode.ok;
      return ExitCode.usage;
    }
    if (error instanceof UserError) {
      ctx.stderr.write(`precis: ${error.message}\n`);
      return error.exitCode;
    }
    ctx.stderr.write(`precis: internal error: ${(error as Error)?.message ?? String(error)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug) ctx.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return ExitCode.internal;
  }
}
