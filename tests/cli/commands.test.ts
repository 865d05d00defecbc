import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, SEED, seedText } from '../helpers.js';

const ESC = '\u001b[';

describe('precis <input>', () => {
  it('prints the brief: title, stats, summary and names', async () => {
    // A relative path: the meta line must not depend on where the repository is cloned.
    const r = await runCli([path.relative(ROOT, SEED)]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Leaders of China and North Korea Pledged to Strengthen Ties');
    expect(r.stdout).toMatch(/\d+ words · \d+ min read/);
    expect(r.stdout).toContain('Summary');
    expect(r.stderr).toBe('');
  });

  it('breaks the meta line between fields, never inside one, under a long path', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-meta-'));
    const folder = path.join(dir, 'a-folder-with-a-long-name', 'and-another-one-below-it');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'story.txt'), seedText());
    const source = path.relative(dir, path.join(folder, 'story.txt'));
    const r = await runCli([source], { cwd: dir });
    const meta = r.stdout.split('\n\n')[0]!.split('\n').slice(1);
    expect(meta.length).toBeGreaterThan(1);
    expect(meta.flatMap((line) => line.split(' · '))).toEqual([source, '524 words', '2 min read']);
  });

  it('prints help with usage, commands, options and examples when given nothing', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(0);
    for (const part of ['Usage:', 'Commands:', 'Options:', 'Examples:']) expect(r.stdout).toContain(part);
  });

  it('prints its version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('precis summary', () => {
  it('prints the chosen number of sentences, one per line, each verbatim from the article', async () => {
    const r = await runCli(['summary', '--sentences', '2', SEED]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const source = seedText();
    for (const line of lines) expect(source).toContain(line);
  });

  it('reads standard input with -', async () => {
    const r = await runCli(['summary', '-n', '1', '-'], { stdin: 'A Headline\n\nThe first sentence is here. The second one follows it.' });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  // Before: nothing at all on either stream, exit 0 (a lone word or fragment does not stand alone as a sentence).
  it('prints the article itself when its only line is a word or a fragment', async () => {
    const r = await runCli(['summary', '-'], { stdin: 'Hello\n' });
    expect(r).toEqual({ code: 0, stdout: 'Hello\n', stderr: '' });
  });

  it('says on stderr when an article has no sentence to summarise, and goes on', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-nosentence-'));
    writeFileSync(path.join(dir, 'heading.md'), '# Only a Heading\n');
    const r = await runCli(['summary', '-n', '1', path.join(dir, 'heading.md'), SEED]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`precis: ${path.join(dir, 'heading.md')}: no sentence to summarise\n`);
    expect(r.stdout.startsWith(`${SEED}:Kim Jong Un`)).toBe(true);
  });

  it('rejects a bad length with a usage error', async () => {
    const r = await runCli(['summary', '--sentences', 'zero', SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/whole number/);
  });
});

describe('precis quotes', () => {
  it('prints one line per quote with the full speaker name', async () => {
    const r = await runCli(['quotes', SEED]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toContain('Park Won-gon (reported): it is nothing more than a marriage of convenience');
    expect(lines.some((l) => l.startsWith('Kim Jong Un (reported): despite the complicated'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Xi Jinping via KCNA (reported): he has planned'))).toBe(true);
  });

  it('keeps only the quotes of --speaker (case-insensitive)', async () => {
    const r = await runCli(['quotes', '--speaker', 'park', SEED]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.startsWith('Park Won-gon')).toBe(true);
  });
});

describe('precis entities', () => {
  it('groups entities by type, most-mentioned first', async () => {
    const r = await runCli(['entities', SEED]);
    const people = r.stdout.split('\n\n')[0]!.split('\n');
    expect(people[0]).toBe('People');
    expect(people[1]).toBe('  Kim Jong Un (4)');
    const counts = people.slice(1).map((l) => Number(/\((\d+)\)/.exec(l)![1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe('--json', () => {
  it('prints one record per article, one per line, with the documented fields', async () => {
    const r = await runCli(['--json', SEED, SEED]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const record = JSON.parse(lines[0]!);
    expect(Object.keys(record)).toEqual(expect.arrayContaining(['source', 'title', 'byline', 'text', 'stats', 'summary', 'quotes', 'entities']));
    expect(record.stats).toEqual({ words: expect.any(Number), sentences: expect.any(Number), readingMinutes: expect.any(Number) });
    for (const s of record.summary) expect(record.text.slice(s.start, s.end)).toBe(s.text);
    for (const e of record.entities) for (const m of e.mentions) expect(record.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('gives every command the same full record', async () => {
    for (const command of ['summary', 'quotes', 'entities', 'read']) {
      const r = await runCli([command, '--json', SEED]);
      const record = JSON.parse(r.stdout);
      expect(record.title).toBe('Leaders of China and North Korea Pledged to Strengthen Ties');
      expect(Array.isArray(record.entities)).toBe(true);
    }
  });
});

describe('colour', () => {
  it('colours a terminal', async () => {
    expect((await runCli([SEED], { tty: true })).stdout).toContain(ESC);
  });
  it.each([
    ['NO_COLOR', { env: { NO_COLOR: '1' }, tty: true }, []],
    ['--no-color', { tty: true }, ['--no-color']],
    ['a pipe', { tty: false }, []],
  ] as const)('has no escape codes with %s', async (_name, options, flags) => {
    const r = await runCli([...flags, SEED], { ...options, env: { ...('env' in options ? options.env : {}) } });
    expect(r.stdout).not.toContain(ESC);
  });
  it('colours a pipe when FORCE_COLOR is set', async () => {
    expect((await runCli([SEED], { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
  });
});

describe('bad input', () => {
  it('reports a missing file in one line, exits 1 and still processes the others', async () => {
    const r = await runCli(['summary', 'nope.txt', SEED]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('precis: cannot read nope.txt: no such file\n');
    expect(r.stdout.trim().length).toBeGreaterThan(0);
  });

  it('reports an empty file, a binary file and a folder with no articles', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-bad-'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'blob.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    mkdirSync(path.join(dir, 'nothing'));
    writeFileSync(path.join(dir, 'nothing', 'photo.jpg'), 'x');
    const r = await runCli(['summary', path.join(dir, 'empty.txt'), path.join(dir, 'blob.txt'), path.join(dir, 'nothing')]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/empty\.txt: empty file$/);
    expect(lines[1]).toMatch(/blob\.txt: not a text file/);
    expect(lines[2]).toMatch(/no articles in .*nothing/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });

  it('exits 2 on an unknown option', async () => {
    const r = await runCli(['summary', '--bogus', SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });

  it('walks a folder recursively in sorted order', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-dir-'));
    mkdirSync(path.join(dir, 'b'));
    writeFileSync(path.join(dir, 'b', 'two.txt'), 'Second Story\n\nThe second story has one sentence.');
    writeFileSync(path.join(dir, 'a.md'), '# First Story\n\nThe first story has one sentence.');
    writeFileSync(path.join(dir, 'notes.pdf'), 'not an article');
    const r = await runCli(['--json', dir]);
    const sources = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).source);
    expect(sources).toEqual([path.join(dir, 'a.md'), path.join(dir, 'b', 'two.txt')]);
  });
});
