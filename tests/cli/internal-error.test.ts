import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { folderWith, story } from './batch-fixtures.js';
import { runCli } from '../helpers.js';

// A bug is told from a bad input by its exit code, 70 (EX_SOFTWARE), not 1. No test reached it
// (rvi12's mutation testing: either 70 turned into 1 went unseen). An article holding this word
// stands for one the analyser fails on: the analyser is wrapped to throw there, as a bug would.
const TRIGGER = 'Quillbrook';
vi.mock('../../src/core/analyze.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/analyze.js')>();
  return {
    ...real,
    analyze: (text: string, options?: Parameters<typeof real.analyze>[1]) => {
      if (text.includes(TRIGGER)) throw new Error('a bug, for the test');
      return real.analyze(text, options);
    },
  };
});

describe('a bug, not a bad input', () => {
  it('while analysing one article: one line saying so, the batch goes on, exit 70', async () => {
    const dir = folderWith({ 'a.txt': story(1), 'b.txt': `Ferry to ${TRIGGER}\n\nThe ferry to ${TRIGGER} sailed late on Monday.\n`, 'c.txt': story(3) });
    const run = await runCli(['summary', '--json', dir]);
    expect(run.stderr).toBe(`precis: internal error while analysing ${dir}/b.txt: a bug, for the test\n`);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => Object.keys(JSON.parse(l)).includes('error')),
    ).toEqual([false, true, false]);
    expect(run.code).toBe(70);
  });

  it('a bug, then a bad input in the same batch: the exit code stays 70, not the later 1', async () => {
    const dir = folderWith({ 'a.txt': story(1), 'b.txt': `Ferry to ${TRIGGER}\n\nThe ferry to ${TRIGGER} sailed late on Monday.\n`, 'c.txt': '' });
    const run = await runCli(['summary', '--json', dir]);
    expect(run.stderr).toContain(`precis: internal error while analysing ${dir}/b.txt`);
    expect(run.stderr).toContain('c.txt');
    expect(run.code).toBe(70);
  });

  it('outside any one input: one line pointing to --debug, exit 70', async () => {
    let stderr = '';
    const ctx = {
      stdout: {
        write: () => {
          throw new Error('the output broke');
        },
      },
      stderr: { write: (s: string) => (stderr += s) },
      stdin: Readable.from([]),
      env: {},
      cwd: process.cwd(),
      exitCode: 0,
    };
    expect(await main(['summary', folderWith({ 'a.txt': story(1) })], ctx)).toBe(70);
    expect(stderr).toBe('precis: internal error: the output broke (run with --debug for details)\n');
  });
});
