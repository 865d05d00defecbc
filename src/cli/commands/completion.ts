import { Argument, Command, type Option } from 'commander';
import type { CliContext } from '../context.js';

const HELP = `
Prints a script that makes the shell complete precis's commands and options (and file names
as inputs). Install it once:
  bash  $ precis completion bash > ~/.local/share/bash-completion/completions/precis
  zsh   $ precis completion zsh > ~/.precis-completion.zsh && echo 'source ~/.precis-completion.zsh' >> ~/.zshrc
  fish  $ precis completion fish > ~/.config/fish/completions/precis.fish
Or try it in the current shell: source <(precis completion bash)`;

/**
 * `precis completion bash|zsh|fish`: the scripts are generated from the command tree, so a new
 * command or option completes without anyone editing a script.
 */
export function completionCommand(ctx: CliContext, program: Command): Command {
  return new Command('completion')
    .description('print a shell completion script for bash, zsh or fish')
    .addArgument(new Argument('<shell>', 'the shell to complete in').choices(['bash', 'zsh', 'fish']))
    .addHelpText('after', HELP)
    .action((shell: 'bash' | 'zsh' | 'fish') => {
      const tree = commandTree(program);
      ctx.stdout.write(shell === 'fish' ? fishScript(tree) : shell === 'zsh' ? zshScript(tree) : bashScript(tree));
    });
}

interface CompletedCommand {
  readonly name: string;
  readonly description: string;
  readonly options: readonly Option[];
  /** The words its first argument takes, when it is a fixed list (shells, command names). */
  readonly words: readonly string[];
}

function commandTree(program: Command): { top: readonly Option[]; commands: readonly CompletedCommand[] } {
  const names = program.commands.map((c) => c.name());
  const commands = program.commands.map((c) => ({
    name: c.name(),
    description: c.description(),
    options: c.options.filter((o) => !o.hidden),
    words: c.registeredArguments[0]?.argChoices ?? c.commands.map((sub) => sub.name()),
  }));
  commands.push({ name: 'help', description: 'show the help of a command', options: [], words: names });
  return { top: program.options.filter((o) => !o.hidden), commands };
}

const flagsOf = (options: readonly Option[]) =>
  options
    .flatMap((o) => [o.short, o.long].filter((f): f is string => f !== undefined))
    .concat('--help')
    .join(' ');

function bashScript({ top, commands }: ReturnType<typeof commandTree>): string {
  const cases = commands.map((c) => `    ${c.name}) flags='${flagsOf(c.options)}'; words='${c.words.join(' ')}' ;;`).join('\n');
  return `# precis completion for bash (precis completion --help says how to install it)
_precis() {
  local cur=\${COMP_WORDS[COMP_CWORD]} cmd='' flags words i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case \${COMP_WORDS[i]} in -*) ;; *) cmd=\${COMP_WORDS[i]}; break ;; esac
  done
  case $cmd in
${cases}
    *) cmd=''; flags='${flagsOf(top)}'; words='${commands.map((c) => c.name).join(' ')}' ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$flags" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
    [[ -n $cmd && -n $words ]] || COMPREPLY+=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _precis precis
`;
}

/** zsh runs the bash script through its bash-completion layer, so both shells complete the same. */
function zshScript(tree: ReturnType<typeof commandTree>): string {
  return `# precis completion for zsh (precis completion --help says how to install it)
(( $+functions[compdef] )) || { autoload -U +X compinit && compinit }
autoload -U +X bashcompinit && bashcompinit
${bashScript(tree).split('\n').slice(1).join('\n')}`;
}

function fishScript({ top, commands }: ReturnType<typeof commandTree>): string {
  const quote = (s: string) => `'${s.replace(/[\\']/g, '\\$&')}'`;
  const option = (o: Option, condition: string) =>
    `complete -c precis -n ${quote(condition)}${o.short ? ` -s ${o.short.slice(1)}` : ''}${o.long ? ` -l ${o.long.slice(2)}` : ''}${o.required || o.optional ? ' -r' : ''} -d ${quote(o.description)}`;
  const lines = ['# precis completion for fish (precis completion --help says how to install it)'];
  for (const o of top) lines.push(option(o, '__fish_use_subcommand'));
  for (const c of commands) {
    lines.push(`complete -c precis -n __fish_use_subcommand -a ${c.name} -d ${quote(c.description)}`);
    const condition = `__fish_seen_subcommand_from ${c.name}`;
    for (const o of c.options) lines.push(option(o, condition));
    if (c.words.length > 0) lines.push(`complete -c precis -n ${quote(condition)} -f -a ${quote(c.words.join(' '))}`);
  }
  return lines.join('\n') + '\n';
}
