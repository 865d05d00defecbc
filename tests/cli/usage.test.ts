import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { refuseUnknownHelpTopic } from '../../src/cli/usage.js';
import { runCli } from '../helpers.js';

// Relative to the repository root (runCli's cwd), so no output depends on where it is cloned.
const SEED = 'articles/china-north-korea-ties.txt';
const STORY = 'A Headline\n\nThe first sentence is here. The second one follows it. A third one ends it.';

describe('a mistyped command', () => {
  it('is a usage error with a suggestion, not a missing file', async () => {
    const r = await runCli(['sumary', 'articles/']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe("precis: unknown command 'sumary' (did you mean summary?)");
  });

  it('leaves a word that names a file or folder to be read', async () => {
    const r = await runCli(['--json', 'articles']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.split('\n')[0]!).source).toBe(SEED);
  });

  // Before (qa6's check for stdin named twice stat'ed every input): "internal error: ENOTDIR", exit 70.
  it('reports a path that cannot be looked at as a file that cannot be read', async () => {
    const r = await runCli(['summary', `${SEED}/x`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`precis: cannot read ${SEED}/x: a part of the path is a file, not a folder\n`);
  });

  it('still reports a missing file name as a file that cannot be read', async () => {
    const r = await runCli(['nope.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('precis: cannot read nope.txt: no such file\n');
  });
});

describe('standard input named twice', () => {
  it.each([['summary'], ['--json'], ['digest']])('is a usage error (%s), since it can be read only once', async (command) => {
    const r = await runCli([command, '-', SEED, '-'], { stdin: STORY });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('precis: - (standard input) given twice: it can be read only once');
  });
});

describe('standard input named twice under another name', () => {
  // Before: read twice; from a pipe the second read found nothing ("cannot read /dev/stdin: empty file", exit 1).
  it.each([
    ['-', '/dev/stdin'],
    ['/dev/stdin', '/dev/stdin'],
    ['/dev/fd/0', '-'],
    ['/proc/self/fd/0', '/dev/stdin'],
  ])('%s and %s: a usage error, before anything is read', async (first, second) => {
    const r = await runCli(['summary', first, SEED, second], { stdin: STORY });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`precis: standard input given twice (${first} and ${second}): it can be read only once`);
  });
});

describe('precis help and completion', () => {
  it('shows the help of the command named', async () => {
    const r = await runCli(['help', 'summary']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: precis summary /);
    expect(r.stderr).toBe('');
  });

  it('refuses a command it does not know in one line, as a mistyped command is', async () => {
    const r = await runCli(['help', 'sumary']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("precis: unknown command 'sumary' (did you mean summary?)\n(run precis --help for usage)\n");
  });

  // Before: 'precis help -h' and 'help --help' were the whole help on stderr, exit 2; 'help ""' an unknown command ''.
  it.each([['help'], ['-h'], ['--help'], ['']])('shows the program help for help %j', async (word) => {
    const r = await runCli(['help', word]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: precis \[options\] \[command\]/);
    expect(r.stderr).toBe('');
  });

  // Before: "unknown command '--foo'", as if an option were a command's name.
  it.each([
    ['help', '--foo'],
    ['help', '-x'],
    ['eval', 'help', '--foo'],
    // Before: the help of summary, exit 0, the option silently dropped.
    ['help', 'summary', '--foo'],
    ['eval', 'help', 'quotes', '--foo'],
  ])('refuses an option help does not take as an unknown option: %s %s %s', async (...argv) => {
    const r = await runCli(argv.filter((a) => a !== undefined));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`precis: unknown option '${argv.at(-1)}'`);
  });

  // Before: the whole help of eval on stderr, exit 2.
  it("refuses a topic eval does not know in one line, as 'help' does", async () => {
    const r = await runCli(['eval', 'help', 'entitie']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("precis: unknown command 'entitie' (did you mean entities?)\n(run precis eval --help for usage)\n");
  });

  it('starts with commander defaults where its help dispatch is not there to wrap', () => {
    const program = new Command('x');
    (program as unknown as { _dispatchHelpCommand: undefined })._dispatchHelpCommand = undefined;
    expect(() => refuseUnknownHelpTopic(program)).not.toThrow();
  });

  it.each(['bash', 'zsh', 'fish'])('prints a %s completion script naming every command and its options', async (shell) => {
    const r = await runCli(['completion', shell]);
    expect(r.code).toBe(0);
    for (const word of ['summary', 'quotes', 'entities', 'read', 'eval', 'speaker', 'sentences']) expect(r.stdout).toContain(word);
  });

  it('refuses a shell it does not know', async () => {
    const r = await runCli(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^precis: .*tcsh/);
  });
});

describe('options before the command', () => {
  it('--json is honoured', async () => {
    const r = await runCli(['--json', 'summary', SEED]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source).toBe(SEED);
  });

  it('-n is honoured', async () => {
    const r = await runCli(['-n', '2', 'summary', SEED]);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('the same option after the command wins', async () => {
    const r = await runCli(['-n', '2', 'summary', '-n', '1', SEED]);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('one the command does not take is refused, not dropped', async () => {
    const r = await runCli(['-n', '2', 'quotes', SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe("precis: --sentences does not apply to 'precis quotes'");
  });

  it("one command's own option (-H, as the README says) is a usage error there, not ignored", async () => {
    const r = await runCli(['-H', 'summary', SEED]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe("precis: unknown option '-H'");
  });
});

describe('standard input', () => {
  it('is read when piped and no input is named', async () => {
    const r = await runCli(['summary', '-n', '1'], { stdin: STORY });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('The first sentence is here.\n');
  });

  it('is read by the brief too (cat story | precis)', async () => {
    const r = await runCli(['--json'], { stdin: STORY });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('A Headline');
  });

  it('is named (stdin), not -', async () => {
    const r = await runCli(['--json', '-'], { stdin: STORY });
    expect(JSON.parse(r.stdout).source).toBe('(stdin)');
  });

  it('is named (stdin) when it is too large, as in every other message', async () => {
    const r = await runCli(['summary', '--max-bytes', '20'], { stdin: STORY });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('precis: cannot read (stdin): too large (over 20 bytes, see --max-bytes)\n');
  });

  it('on a terminal, no input shows the help', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: precis /);
  });

  it('on a terminal, a command without input is a usage error', async () => {
    const r = await runCli(['summary']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^precis: missing input/);
  });

  it('on a terminal, - says it is waiting for input', async () => {
    const r = await runCli(['summary', '-']);
    expect(r.stderr.split('\n')[0]).toBe('precis: reading standard input (Ctrl-D to end)');
  });
});

describe('usage errors', () => {
  it.each([
    ['an unknown option', ['summary', '--bogus', SEED]],
    ['a bad number', ['summary', '--sentences', 'zero', SEED]],
    ['an unknown command', ['entitites', SEED]],
    // eval's own commands printed commander's bare 'error: …' without the pointer to the help.
    ['eval quotes without --polnear', ['eval', 'quotes']],
    ['eval summary without --refs', ['eval', 'summary', 'articles']],
    ['an option eval digest does not take', ['eval', 'digest', '--bogus', 'articles']],
    ['eval entities with neither --conll nor --junk', ['eval', 'entities']],
  ])('%s: starts precis: and takes at most two lines', async (_name, argv) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^precis: /);
    expect(r.stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(2);
  });

  it('read --json --format md says the two cannot go together', async () => {
    const r = await runCli(['read', '--json', '--format', 'md', SEED]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe("precis: option '--format <format>' cannot be used with option '--json'");
  });

  it.each(['summary', 'quotes', 'entities', 'read'])('%s --help names every kind of input', async (command) => {
    const r = await runCli([command, '--help']);
    for (const kind of ['.txt', '.md', '.html', 'folders', 'globs', 'URLs', '- for standard input']) expect(r.stdout.replace(/\s+/g, ' ')).toContain(kind);
  });
});
