import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { folderWith, story } from './batch-fixtures.js';

/** `--out DIR` writes what the command prints, one file per article. */

function outRun(argv: string[]) {
  const dir = folderWith({ 'story.txt': story(1, 4) });
  const out = path.join(dir, 'out');
  return {
    dir,
    out,
    input: path.join(dir, 'story.txt'),
    run: (extra: string[] = []) => runCli([...argv, '--out', out, ...extra, path.join(dir, 'story.txt')]),
  };
}

describe('--out writes what the command prints', () => {
  for (const [command, extension] of [
    ['summary', '.txt'],
    ['quotes', '.txt'],
    ['entities', '.txt'],
  ] as const) {
    it(`${command}: story${extension} holds the lines \`precis ${command}\` prints`, async () => {
      const { out, input, run } = outRun([command]);
      const written = await run();
      expect(written.code).toBe(0);
      expect(readdirSync(out)).toEqual([`story${extension}`]);
      const printed = await runCli([command, input]);
      expect(printed.stdout.length).toBeGreaterThan(0);
      expect(readFileSync(path.join(out, `story${extension}`), 'utf8')).toBe(printed.stdout);
    });
  }

  it('read: story.md holds the Markdown article (read --format md), not the brief', async () => {
    const { out, input, run } = outRun(['read']);
    expect((await run(['--format', 'md'])).code).toBe(0);
    const printed = await runCli(['read', '--format', 'md', input]);
    const file = readFileSync(path.join(out, 'story.md'), 'utf8');
    expect(file).toBe(printed.stdout);
    expect(file).not.toContain('## Summary');
  });

  it('read without --format md: still the Markdown article', async () => {
    const { out, input, run } = outRun(['read']);
    expect((await run()).code).toBe(0);
    expect(readFileSync(path.join(out, 'story.md'), 'utf8')).toBe((await runCli(['read', '--format', 'md', input])).stdout);
  });

  it('the brief (no command): the brief in Markdown, as before', async () => {
    const { out, run } = outRun([]);
    expect((await run()).code).toBe(0);
    expect(readFileSync(path.join(out, 'story.md'), 'utf8')).toMatch(/^# Story 1[\s\S]*## Summary[\s\S]*## Quotes/);
  });

  it('with --json: the record the command prints, as story.json', async () => {
    const { out, input, run } = outRun(['summary']);
    expect((await run(['--json'])).code).toBe(0);
    expect(readFileSync(path.join(out, 'story.json'), 'utf8')).toBe((await runCli(['summary', '--json', input])).stdout);
  });
});

/**
 * A headline alone: nothing to summarise, no quotes, no names. --out still writes what the
 * command prints (an empty file where it prints nothing, so each input has its output and a
 * rerun finds it up to date) and says on stderr what the printing run says.
 */
describe('--out on an article that is only a headline', () => {
  const commands: [string[], string][] = [
    [[], 'head.md'],
    [['read'], 'head.md'],
    [['summary'], 'head.txt'],
    [['quotes'], 'head.txt'],
    [['entities'], 'head.txt'],
    [['summary', '--json'], 'head.json'],
  ];
  it.each(commands)('%j writes %s, as printed, with the same notes', async (argv, name) => {
    const dir = folderWith({ 'head.md': '# Harbour Wall Repairs Begin in Tarn\n' });
    const input = path.join(dir, 'head.md');
    const out = path.join(dir, 'out');
    const printed = await runCli([...argv, ...(argv[0] === 'read' ? ['--format', 'md'] : []), input]);
    const written = await runCli([...argv, '--out', out, input]);
    expect(written.code).toBe(0);
    expect(readdirSync(out)).toEqual([name]);
    const file = readFileSync(path.join(out, name), 'utf8');
    // The brief's file is its Markdown, not the terminal brief.
    if (argv.length === 0) expect(file).toMatch(/^# Harbour Wall Repairs Begin in Tarn\n/);
    else expect(file).toBe(printed.stdout);
    expect(written.stderr).toBe(`${printed.stderr}precis: wrote 1 file to ${out}\n`);
  });

  it('summary says there is no sentence to summarise, once, and not again on a rerun that finds it up to date', async () => {
    const dir = folderWith({ 'head.md': '# Harbour Wall Repairs Begin in Tarn\n' });
    const out = path.join(dir, 'out');
    const first = await runCli(['summary', '--out', out, path.join(dir, 'head.md')]);
    expect(first.stderr).toBe(`precis: ${path.join(dir, 'head.md')}: no sentence to summarise\nprecis: wrote 1 file to ${out}\n`);
    const again = await runCli(['summary', '--out', out, path.join(dir, 'head.md')]);
    expect(again.stderr).toBe(`precis: wrote 0 files to ${out}, 1 already up to date\n`);
  });
});
