import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readOnceKey } from '../io/inputs.js';
import type { CliContext } from './context.js';

/**
 * What the command line means when it is not spelled the way commander expects: options typed
 * before the command, no input at all, a first word that is neither a command nor a path.
 * Wired as commander hooks in main.ts, so each command stays a plain declaration.
 */

/** Commander's "error: …\n(Did you mean x?)" as one `precis: …` line, like every other message. */
export function usageErrorLine(message: string): string {
  return message.replace(/^error: /, 'precis: ').replace(/\n\(Did you mean (.+)\?\)/, ' (did you mean $1?)');
}

/** Options of the program itself, not meant for a command. */
const PROGRAM_ONLY = new Set(['debug', 'version', 'help']);

/**
 * `precis --json summary x`: the options typed before the command are given to it, as if typed
 * after it (where the same option typed after the command wins). One the command does not take
 * is a usage error rather than silently dropped.
 */
export function carryOptionsToCommand(program: Command, command: Command): void {
  for (const option of program.options) {
    const key = option.attributeName();
    if (PROGRAM_ONLY.has(key)) continue;
    const source = program.getOptionValueSource(key);
    if (source !== 'cli' && source !== 'env') continue;
    if (!command.options.some((o) => o.attributeName() === key)) {
      command.error(`error: ${option.long ?? option.short} does not apply to 'precis ${command.name()}'`, { code: 'precis.misplacedOption' });
    }
    command.setOptionValueWithSource(key, program.getOptionValue(key), source);
  }
}

/**
 * Before a command runs: no input and a pipe or file on standard input means `-` (`cat f |
 * precis`); no input on a terminal is the help (for the program) or a usage error (for a
 * command). `-` on a terminal says it is waiting, rather than seeming to hang; `-` twice is a
 * usage error. A first word that is no command and names nothing (`precis sumary x`) is a
 * mistyped command.
 */
export function settleInputs(ctx: CliContext, program: Command, command: Command): void {
  if (command.registeredArguments[0]?.name() !== 'inputs') return;
  const inputs = command.processedArgs[0] as string[];
  if (inputs.length === 0) {
    if (ctx.stdin.isTTY === true) {
      if (command === program) return; // the program's own action shows the help
      command.error(`error: missing input: files, folders, globs, URLs, or - for standard input`, { code: 'precis.missingInput' });
    }
    inputs.push('-');
    return;
  }
  if (command === program && looksLikeCommand(inputs[0]!) && !existsSync(path.resolve(ctx.cwd, inputs[0]!))) {
    // Commander's own message, with its "did you mean" suggestion.
    (program as unknown as { unknownCommand(): never }).unknownCommand();
  }
  refuseStreamTwice(ctx, command, inputs);
  if (inputs.includes('-') && ctx.stdin.isTTY === true) ctx.stderr.write('precis: reading standard input (Ctrl-D to end)\n');
}

/**
 * A second reading of standard input (`-`, `/dev/stdin`) or of one pipe would find a stream
 * already at its end and fail as an empty file.
 */
function refuseStreamTwice(ctx: CliContext, command: Command, inputs: readonly string[]): void {
  if (inputs.indexOf('-') !== inputs.lastIndexOf('-')) {
    command.error('error: - (standard input) given twice: it can be read only once', { code: 'precis.stdinTwice' });
  }
  const fd = (ctx.stdin as { fd?: unknown }).fd;
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const key = readOnceKey(input, ctx.cwd, typeof fd === 'number' ? fd : undefined);
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, input);
    else {
      const what =
        key === 'stdin'
          ? `standard input given twice (${first} and ${input})`
          : first === input
            ? `${input} given twice`
            : `${first} and ${input} are one pipe`;
      command.error(`error: ${what}: it can be read only once`, { code: 'precis.stdinTwice' });
    }
  }
}

/** A bare word (no folder, no extension), not a URL, glob or `-`: what a command name looks like. */
function looksLikeCommand(word: string): boolean {
  return /^[a-z][\w-]*$/i.test(word);
}

/**
 * `precis help sumary`: commander answers a name it does not know under `help` with the whole
 * help on stderr; every other unknown command is one line with a suggestion, and so is this one
 * (and an option there, `help --foo`, is an unknown option).
 * commander has no hook there, so its dispatch is wrapped (on every command with a `help`
 * command: the program and eval). Should a commander release drop that internal, precis still
 * starts, with commander's own answer.
 */
export function refuseUnknownHelpTopic(command: Command): void {
  const internals = command as unknown as { _dispatchHelpCommand?: (name?: string) => unknown; args: string[]; unknownCommand(): never };
  const dispatch = internals._dispatchHelpCommand;
  if (typeof dispatch !== 'function') return;
  internals._dispatchHelpCommand = (name?: string) => {
    // `help help`, `help -h`: the help itself, as `help` alone is (commander: an unknown command).
    // `help --foo`, `help summary --foo`: an option help does not take, said so as every unknown
    // option is (where options are not positional, as under eval, it is not passed as `name`).
    const option = [name, ...internals.args.slice(1)].find((word) => word?.startsWith('-') && !HELP_WORDS.has(word));
    if (option !== undefined) command.error(`error: unknown option '${option}'`, { code: 'commander.unknownOption' });
    if (!name || HELP_WORDS.has(name)) command.help();
    if (!command.commands.some((c) => c.name() === name || c.aliases().includes(name))) {
      internals.args = [name];
      internals.unknownCommand();
    }
    return dispatch.call(command, name);
  };
}

const HELP_WORDS = new Set(['help', '-h', '--help']);
