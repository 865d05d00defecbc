import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandGlob, globBase, hasGlobMagic } from '../../src/io/glob.js';

describe('globBase', () => {
  it('is the folders before the first wildcard', () => {
    expect(globBase('corpus/tech/**/*.txt')).toBe('corpus/tech');
    expect(globBase('*.txt')).toBe('.');
    expect(globBase('/data/*/x.txt')).toBe('/data');
  });

  it('tells patterns from plain names', () => {
    expect(hasGlobMagic('a/*.txt')).toBe(true);
    expect(hasGlobMagic('a/b.txt')).toBe(false);
  });
});

describe('expandGlob', () => {
  it('finds matching files in sorted order, skipping hidden ones', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-glob-'));
    mkdirSync(path.join(dir, 'b'));
    mkdirSync(path.join(dir, '.hidden'));
    for (const f of ['b/2.txt', 'a.txt', 'b/1.md', '.hidden/3.txt', 'c.jpg']) writeFileSync(path.join(dir, f), 'x');
    const found: string[] = [];
    for await (const f of expandGlob('**/*.txt', dir)) found.push(path.relative(dir, f));
    expect(found).toEqual(['a.txt', path.join('b', '2.txt')]);
  });

  const matches = async (pattern: string, files: string[]) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-glob-'));
    for (const f of files) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), 'x');
    }
    const found: string[] = [];
    for await (const f of expandGlob(pattern, dir)) found.push(path.relative(dir, f).split(path.sep).join('/'));
    return found;
  };

  it('matches * within one folder only', async () => {
    expect(await matches('*.txt', ['a.txt', 'sub/b.txt'])).toEqual(['a.txt']);
  });

  it('matches ** across any number of folders, including none', async () => {
    expect(await matches('**/*.txt', ['a.txt', 'x/y/b.txt', 'x/y/c.md'])).toEqual(['a.txt', 'x/y/b.txt']);
  });

  it('understands ?, classes, negated classes and alternatives', async () => {
    expect(await matches('00?.txt', ['007.txt', '0071.txt'])).toEqual(['007.txt']);
    expect(await matches('[ab].txt', ['a.txt', 'b.txt', 'c.txt'])).toEqual(['a.txt', 'b.txt']);
    expect(await matches('[!ab].txt', ['a.txt', 'b.txt', 'c.txt'])).toEqual(['c.txt']);
    expect(await matches('*.{md,txt}', ['x.md', 'x.txt', 'x.html'])).toEqual(['x.md', 'x.txt']);
  });

  it('takes dots literally', async () => {
    expect(await matches('a.tx?', ['a.txt', 'abtxt'])).toEqual(['a.txt']);
  });

  it('lists a folder before a file whose name extends the folder name, as a folder walk does', async () => {
    expect(await matches('**/*.txt', ['a.txt', 'a/x.txt', 'a-b.txt'])).toEqual(['a/x.txt', 'a-b.txt', 'a.txt']);
  });

  it('starts from the folders before the first wildcard', async () => {
    expect(await matches('sub/**/*.txt', ['a.txt', 'sub/b.txt', 'sub/deep/c.txt'])).toEqual(['sub/b.txt', 'sub/deep/c.txt']);
  });
});
