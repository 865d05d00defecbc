import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { shouldPage } from '../../src/cli/pager.js';
import { displayWidth as visibleWidth, loadTextLayout, stripAnsi, wrapAnsi } from '../../src/cli/render/wrap.js';
import { escapeMarkdown } from '../../src/render/markdown-text.js';
import { FIXTURES, runCli, SEED } from '../helpers.js';

// The renderers measure text with libraries loaded before a command runs.
beforeAll(loadTextLayout);

const PAGE = path.join(FIXTURES, 'html', 'harbour-page.html');
const ESC = '\u001b';
const widest = (text: string) => Math.max(...text.split('\n').map(visibleWidth));

describe('precis read: layout at fixed widths', () => {
  for (const width of [40, 60, 80, 100]) {
    for (const [name, file] of [
      ['the seed', SEED],
      ['an HTML page', PAGE],
    ] as const) {
      it(`keeps every line of ${name} within ${width} columns, with highlights and the brief box`, async () => {
        const r = await runCli(['read', '--width', String(width), '--highlight', '--brief', file], { env: { FORCE_COLOR: '1' } });
        expect(r.code).toBe(0);
        expect(r.stdout).toContain(ESC);
        expect(widest(r.stdout)).toBeLessThanOrEqual(width);
      });
    }
  }

  it('fills the lines: reflowed, not one paragraph per line', async () => {
    const r = await runCli(['read', '--width', '60', SEED]);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.length >= 50).length).toBeGreaterThan(10);
  });

  it('wraps to 80 columns when the width is unknown', async () => {
    const r = await runCli(['read', SEED]);
    expect(widest(r.stdout)).toBe(80);
  });

  // Before: a pseudo-terminal without a size (`script` in CI, some `docker exec -t`) says 0 columns, and lines were 20 wide.
  it('wraps to 80 columns, or COLUMNS, on a terminal that says it has 0', async () => {
    const r = await runCli(['read', '--no-pager', SEED], { tty: true, columns: 0, env: { NO_COLOR: '1' } });
    expect(widest(r.stdout)).toBe(80);
    const env = await runCli(['read', '--no-pager', SEED], { tty: true, columns: 0, env: { NO_COLOR: '1', COLUMNS: '60' } });
    expect(widest(env.stdout)).toBeLessThanOrEqual(60);
    expect(widest(env.stdout)).toBeGreaterThan(50);
  });

  it('follows the terminal, capped at 100 columns', async () => {
    const narrow = await runCli(['read', '--no-pager', SEED], { tty: true, columns: 50, env: { NO_COLOR: '1' } });
    expect(widest(narrow.stdout)).toBeLessThanOrEqual(50);
    const wide = await runCli(['read', '--no-pager', SEED], { tty: true, columns: 200, env: { NO_COLOR: '1' } });
    expect(widest(wide.stdout)).toBeLessThanOrEqual(100);
    expect(widest(wide.stdout)).toBeGreaterThan(90);
  });
});

describe('precis read: the view', () => {
  it('opens with the title, then the byline, date and stats on one line', async () => {
    const r = await runCli(['read', '--width', '100', PAGE]);
    const [title, meta, blank] = r.stdout.split('\n');
    expect(title).toBe('Harbour Town Votes to Rebuild Its Old Sea Wall');
    expect(meta).toMatch(/^By Marta Quill · 14 March 2026 · \d+ words · 1 min read$/);
    expect(blank).toBe('');
  });

  it('shows headings without Markdown # marks', async () => {
    const r = await runCli(['read', SEED]);
    expect(r.stdout.split('\n')).toContain('History of The Pact');
    expect(r.stdout).not.toMatch(/^#/m);
  });

  it('keeps a block quote, behind a bar', async () => {
    const r = await runCli(['read', '--width', '60', PAGE]);
    const quoted = r.stdout.split('\n').filter((l) => l.startsWith('│ '));
    expect(quoted.length).toBeGreaterThanOrEqual(2);
    expect(quoted.join(' ')).toContain('We have patched that wall');
  });

  it('keeps a Markdown block quote as a quote block', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-read-'));
    const file = path.join(dir, 'story.md');
    writeFileSync(
      file,
      '# Ferry Strike Ends\n\nThe ferry crews went back to work on Monday after a week on strike.\n\n> We are glad to be sailing again.\n> The islands need us.\n\nThe first boat left at six in the morning.\n',
    );
    const json = await runCli(['read', '--json', file]);
    const record = JSON.parse(json.stdout);
    const quotes = record.blocks
      .filter((b: { kind: string }) => b.kind === 'quote')
      .map((b: { start: number; end: number }) => record.text.slice(b.start, b.end));
    // Like any line that ends a sentence, each quoted line is a paragraph of its own.
    expect(quotes).toEqual(['We are glad to be sailing again.', 'The islands need us.']);
    const view = await runCli(['read', file]);
    expect(view.stdout).toContain('│ We are glad to be sailing again.');
    expect(view.stdout).toContain('The first boat left at six');
  });

  it('shows the article words as written, Markdown characters included', async () => {
    const r = await runCli(['read', '-'], {
      stdin:
        'Odd Characters Here\n\nThe *starred* word, the_snake_case name and [brackets] stay as typed, said the editor.\n\n1. A line that starts like a list item stays a sentence.\n',
    });
    expect(r.stdout).toContain('The *starred* word, the_snake_case name and [brackets] stay as typed');
    expect(r.stdout).toContain('1. A line that starts like a list item');
  });

  it('shows a bare web address as it is', async () => {
    const r = await runCli(['read', '-'], {
      stdin: 'Links In Text\n\nThe full report is at https://example.org/reports/sea_wall-2026 for anyone who wants it.\n',
    });
    expect(r.stdout).toContain('https://example.org/reports/sea_wall-2026 for anyone');
  });

  it('draws the "In brief" box above the article with --brief', async () => {
    const r = await runCli(['read', '--brief', '--width', '70', PAGE]);
    const lines = r.stdout.split('\n');
    const top = lines.findIndex((l) => l.startsWith('╭─ In brief '));
    const bottom = lines.findIndex((l) => l.startsWith('╰'));
    expect(top).toBeGreaterThan(0);
    expect(bottom).toBeGreaterThan(top + 1);
    expect(lines[top]).toHaveLength(70);
    expect(lines[bottom]).toHaveLength(70);
    for (const l of lines.slice(top + 1, bottom)) expect(l).toMatch(/^│ .* │$/);
    expect(lines.slice(top, bottom).join(' ')).toContain('Councillors');
    expect(r.stdout.indexOf('In brief')).toBeLessThan(r.stdout.indexOf('Storm Damage'));
  });

  it('has no box without --brief', async () => {
    const r = await runCli(['read', PAGE]);
    expect(r.stdout).not.toContain('In brief');
  });
});

describe('precis read: colour', () => {
  it('writes no escape codes when piped', async () => {
    const r = await runCli(['read', '--highlight', '--brief', PAGE]);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).not.toMatch(/[\ue000-\ue00f]/); // no highlight markers left behind
  });

  it('writes no escape codes with --no-color, even in a terminal', async () => {
    const r = await runCli(['read', '--no-color', '--no-pager', '--highlight', PAGE], { tty: true });
    expect(r.stdout).not.toContain(ESC);
  });

  it('writes no escape codes with NO_COLOR, even with FORCE_COLOR', async () => {
    const r = await runCli(['read', '--highlight', PAGE], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(r.stdout).not.toContain(ESC);
  });

  it('colours in a terminal', async () => {
    const r = await runCli(['read', '--no-pager', PAGE], { tty: true });
    expect(r.stdout).toContain(`${ESC}[1mHarbour Town Votes`);
  });

  it('colours when FORCE_COLOR is set, even when piped', async () => {
    const r = await runCli(['read', PAGE], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toContain(ESC);
  });

  it('marks quotes and names with --highlight, and the text stays the same', async () => {
    const plain = await runCli(['read', PAGE], { env: { FORCE_COLOR: '1' } });
    const marked = await runCli(['read', '--highlight', PAGE], { env: { FORCE_COLOR: '1' } });
    // Yellow for a quote: the mayor's words are a quote in the fixture.
    expect(marked.stdout).toMatch(/\u001b\[33m[^\u001b]*Nobody here wants/);
    expect(marked.stdout).toContain('Highlights:');
    expect(marked.stdout.split(ESC).length).toBeGreaterThan(plain.stdout.split(ESC).length + 4);
    const body = (s: string) =>
      stripAnsi(s)
        .split('\n')
        .filter((l) => !l.startsWith('Highlights:'))
        .join(' ')
        .replace(/\s+/g, ' ');
    expect(body(marked.stdout)).toBe(body(plain.stdout));
  });
});

describe('precis read --format md', () => {
  it('writes front matter, the headline and the article as Markdown', async () => {
    const r = await runCli(['read', '--format', 'md', PAGE]);
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md.startsWith('---\ntitle: "Harbour Town Votes to Rebuild Its Old Sea Wall"\nauthor: "Marta Quill"\ndate: "2026-03-14T09:30:00Z"\n')).toBe(true);
    expect(md).toContain('\n# Harbour Town Votes to Rebuild Its Old Sea Wall\n');
    expect(md).toContain('\n## Storm Damage\n');
    expect(md).toContain('\n> We have patched that wall');
    expect(md).not.toContain(ESC);
  });

  it('ignores colour settings', async () => {
    const r = await runCli(['read', '--format', 'md', '--highlight', SEED], { env: { FORCE_COLOR: '1' }, tty: true });
    expect(r.stdout).not.toContain(ESC);
  });

  it('adds the summary as an "In brief" list with --brief', async () => {
    const r = await runCli(['read', '--format', 'md', '--brief', SEED]);
    expect(r.stdout).toMatch(/\*\*In brief\*\*\n\n- Kim Jong Un/);
  });

  it('rejects a width too narrow to lay out', async () => {
    const r = await runCli(['read', '--width', '10', SEED]);
    expect(r.code).toBe(2);
  });

  it('rejects an unknown format', async () => {
    const r = await runCli(['read', '--format', 'pdf', SEED]);
    expect(r.code).toBe(2);
  });
});

describe('escapeMarkdown', () => {
  it('escapes inline markup and line-start markers', () => {
    expect(escapeMarkdown('a *b* _c_ [d] <e> #f')).toBe('a \\*b\\* \\_c\\_ \\[d\\] \\<e\\> \\#f');
    expect(escapeMarkdown('1. First')).toBe('1\\. First');
    expect(escapeMarkdown('- dash')).toBe('\\- dash');
  });

  it('leaves web addresses alone', () => {
    expect(escapeMarkdown('see https://a.org/x_y_z.')).toBe('see https://a.org/x_y_z.');
  });
});

describe('wrapAnsi', () => {
  it('measures without escape codes and reopens a style on the next line', () => {
    const lines = wrapAnsi('\u001b[33mone two three four\u001b[39m', 9);
    expect(lines.map(stripAnsi)).toEqual(['one two', 'three', 'four']);
    expect(lines[1]!.startsWith('\u001b[33m')).toBe(true);
    expect(lines[0]!.endsWith('\u001b[39m')).toBe(true);
  });

  it('counts wide characters as two columns', () => {
    expect(
      wrapAnsi('日本語の記事です', 6)
        .map(visibleWidth)
        .every((w) => w <= 6),
    ).toBe(true);
  });

  it('breaks a word longer than the line', () => {
    expect(wrapAnsi('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('paging', () => {
  const ctx = (tty: boolean, rows: number, env: Record<string, string> = {}): CliContext => ({
    stdout: { write: () => true, isTTY: tty, rows },
    stderr: { write: () => true },
    stdin: process.stdin,
    env,
    cwd: '.',
    exitCode: 0,
  });
  const tall = 'line\n'.repeat(60);

  it('pages a tall article in a terminal', () => {
    expect(shouldPage(ctx(true, 40), tall, true)).toBe(true);
  });

  it('does not page what fits on the screen', () => {
    expect(shouldPage(ctx(true, 100), tall, true)).toBe(false);
  });

  it('never pages piped output', () => {
    expect(shouldPage(ctx(false, 40), tall, true)).toBe(false);
  });

  it('does not page with --no-pager or PAGER=cat', () => {
    expect(shouldPage(ctx(true, 40), tall, false)).toBe(false);
    expect(shouldPage(ctx(true, 40, { PAGER: 'cat' }), tall, true)).toBe(false);
  });
});
