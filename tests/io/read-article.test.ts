import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { discoverInputs, type ArticleInput } from '../../src/io/inputs.js';
import { readArticle } from '../../src/io/read-article.js';

/** Every stat of a path, by either API, counted (the real one answers). */
const stats: string[] = [];
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  return { ...fs, statSync: (file: string, ...rest: []) => (stats.push(String(file)), fs.statSync(file, ...rest)) };
});
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  return { ...fs, stat: (file: string, ...rest: []) => (stats.push(String(file)), fs.stat(file, ...rest)) };
});

const NO_STDIN = Readable.from([]);

async function found(input: string, cwd: string): Promise<ArticleInput> {
  for await (const entry of discoverInputs([input], cwd)) if (entry.kind === 'file') return entry;
  throw new Error(`${input} not found`);
}

describe('readArticle: a file named on the command line', () => {
  // Before: stat'ed when found and again when read.
  it("is stat'ed once, when found: its size goes along to the read", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-read-'));
    writeFileSync(path.join(dir, 'story.txt'), 'Ada Lorne opened the new bridge in Tarnby on Friday.\n');
    stats.length = 0;
    const article = await readArticle(await found('story.txt', dir), NO_STDIN);
    expect(article.text).toMatch(/^Ada Lorne/);
    expect(stats.filter((s) => s === path.join(dir, 'story.txt'))).toHaveLength(1);
  });

  it('is still refused when larger than --max-bytes, by the size found', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-read-'));
    writeFileSync(path.join(dir, 'long.txt'), 'word '.repeat(100));
    await expect(readArticle(await found('long.txt', dir), NO_STDIN, 100)).rejects.toThrow(
      'cannot read long.txt: too large (500 bytes; the limit is 100, see --max-bytes)',
    );
  });
});
