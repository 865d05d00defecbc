import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/**
 * The README's tour and docs/digest.md promise "real output": every `console` block there is run
 * here, command by command, on the built binary (`npm run build`), and what it prints must be
 * what the page shows. A line `…` on its own ends what the page shows of a longer output.
 * Recipes that show no output, or run other programs on the corpora, are not examples.
 * Commands run in a scratch folder holding copies of the files they name, so `--out` examples
 * write there and the page's relative paths come out the same.
 */
const PAGES = ['README.md', 'docs/digest.md'];
/** What the examples read, copied into the scratch folder. */
const INPUTS = ['articles', 'tests/fixtures/digest'];
const BIN = path.join(ROOT, 'bin', 'precis.js');
const shellQuote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;
const hasJq = spawnSync('jq', ['--version']).status === 0;

interface Example {
  page: string;
  command: string;
  shown: string[];
  /** The page shows only the first lines of the output. */
  truncated: boolean;
}

/** Each `$ command` of each console block, with the lines the page shows after it. */
function consoleExamples(page: string, markdown: string): Example[] {
  const examples: Example[] = [];
  let inBlock = false;
  let current: Example | undefined;
  for (const line of markdown.split('\n')) {
    if (!inBlock) {
      inBlock = line.trim() === '```console';
      continue;
    }
    if (line.trim() === '```') {
      inBlock = false;
      current = undefined;
    } else if (line.startsWith('$ ')) {
      current = { page, command: line.slice(2), shown: [], truncated: false };
      examples.push(current);
    } else if (current && !current.truncated) {
      if (line.trim() === '…') current.truncated = true;
      else current.shown.push(line);
    }
  }
  return examples.filter((e) => e.command.startsWith('precis ') && e.shown.length > 0);
}

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'precis-examples-'));
  for (const input of INPUTS) cpSync(path.join(ROOT, input), path.join(scratch, input), { recursive: true });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs one example as a shell line, `precis` being the built binary; stdout and stderr as a terminal shows them. */
function run(command: string): string[] {
  const line = command.replace(/(^|\| )precis /g, `$1${shellQuote(process.execPath)} ${shellQuote(BIN)} `);
  const r = spawnSync('sh', ['-c', `${line} 2>&1`], { cwd: scratch, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
  return r.stdout.replace(/\n$/, '').split('\n');
}

describe('the console examples in the documentation are real output', () => {
  it('finds the examples (a change to the pages cannot leave this test with nothing to check)', () => {
    const all = PAGES.flatMap((page) => consoleExamples(page, readFileSync(path.join(ROOT, page), 'utf8')));
    expect(all.length).toBeGreaterThanOrEqual(12);
  });

  for (const page of PAGES) {
    // Sequential: the README's second `--out` run expects what the first one wrote.
    for (const example of consoleExamples(page, readFileSync(path.join(ROOT, page), 'utf8'))) {
      const needsJq = /\| jq\b/.test(example.command);
      it.skipIf(needsJq && !hasJq)(`${page}: $ ${example.command}`, () => {
        const output = run(example.command);
        expect(example.truncated ? output.slice(0, example.shown.length) : output).toEqual(example.shown);
      });
    }
  }
});
