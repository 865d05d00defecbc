import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { folderWith, story } from './batch-fixtures.js';

/** Several inputs told apart, as grep does: `path:line` in a pipe, a header per article on a terminal. */

function twoStories() {
  const dir = folderWith({ 'a.txt': story(1, 4), 'b.txt': story(2, 4) });
  return { dir, a: path.join(dir, 'a.txt'), b: path.join(dir, 'b.txt') };
}

const lines = (stdout: string) => stdout.trimEnd().split('\n');

describe('several inputs in a pipe: every line starts path:', () => {
  for (const command of ['summary', 'quotes', 'entities']) {
    it(`${command} A B`, async () => {
      const { a, b } = twoStories();
      const r = await runCli([command, a, b]);
      expect(r.code).toBe(0);
      const alone = [(await runCli([command, a])).stdout, (await runCli([command, b])).stdout];
      // The same lines as each article alone, each behind its path, and no blank separator.
      expect(r.stdout).toBe(
        alone
          .map((text, i) =>
            lines(text)
              .map((l) => `${[a, b][i]}:${l}\n`)
              .join(''),
          )
          .join(''),
      );
    });
  }

  it('a folder of several articles counts as several inputs', async () => {
    const { dir, a, b } = twoStories();
    const r = await runCli(['summary', dir]);
    expect(new Set(lines(r.stdout).map((l) => l.slice(0, l.indexOf('.txt:') + 4)))).toEqual(new Set([a, b]));
  });

  it('one input: plain lines, unless -H asks for the path', async () => {
    const { a } = twoStories();
    const plain = await runCli(['summary', a]);
    expect(plain.stdout.startsWith(a)).toBe(false);
    const labelled = await runCli(['summary', '-H', a]);
    expect(lines(labelled.stdout)).toEqual(lines(plain.stdout).map((l) => `${a}:${l}`));
  });

  it('--no-filename: the articles one after the other, a blank line between, as before', async () => {
    const { a, b } = twoStories();
    const r = await runCli(['summary', '--no-filename', a, b]);
    expect(r.stdout).toBe((await runCli(['summary', a])).stdout + '\n' + (await runCli(['summary', b])).stdout);
  });
});

describe('several inputs on a terminal: a header per article', () => {
  it('summary A B', async () => {
    const { a, b } = twoStories();
    const r = await runCli(['summary', a, b], { tty: true, env: { NO_COLOR: '1' } });
    const single = async (file: string) => (await runCli(['summary', file], { tty: true, env: { NO_COLOR: '1' } })).stdout;
    expect(r.stdout).toBe(`${a}\n${await single(a)}\n${b}\n${await single(b)}`);
  });
});
