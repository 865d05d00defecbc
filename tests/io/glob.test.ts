import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandGlob, globBase, globToRegExp, hasGlobMagic } from '../../src/io/glob.js';

describe('globToRegExp', () => {
  it('matches * within one folder only', () => {
    expect(globToRegExp('*.txt').test('a.txt')).toBe(true);
    expect(globToRegExp('*.txt').test('sub/a.txt')).toBe(false);
  });

  it('matches ** across any number of folders, including none', () => {
    const re = globToRegExp('**/*.txt');
    expect(re.test('a.txt')).toBe(true);
    expect(re.test('x/y/a.txt')).toBe(true);
    expect(re.test('x/y/a.md')).toBe(false);
  });

  it('understands ?, classes, negated classes and alternatives', () => {
    expect(globToRegExp('00?.txt').test('007.txt')).toBe(true);
    expect(globToRegExp('[ab].txt').test('b.txt')).toBe(true);
    expect(globToRegExp('[!ab].txt').test('b.txt')).toBe(false);
    expect(globToRegExp('*.{md,txt}').test('x.md')).toBe(true);
    expect(globToRegExp('*.{md,txt}').test('x.html')).toBe(false);
  });

  it('takes dots and other regex characters literally', () => {
    expect(globToRegExp('a.txt').test('abtxt')).toBe(false);
    expect(globToRegExp('(1)+.txt').test('(1)+.txt')).toBe(true);
  });
});

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
});
