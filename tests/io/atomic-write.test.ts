import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic-write.js';

describe('writeFileAtomic', () => {
  it('creates missing folders and leaves only the target behind', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-atomic-'));
    const file = path.join(dir, 'a', 'b', 'story.md');
    writeFileAtomic(file, '# Story\n');
    expect(readFileSync(file, 'utf8')).toBe('# Story\n');
    expect(readdirSync(path.dirname(file))).toEqual(['story.md']);
  });

  it('replaces an existing file whole', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-atomic-'));
    const file = path.join(dir, 'story.md');
    writeFileSync(file, 'old and much longer content than the new one');
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('cleans up its temporary file when the write fails', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-atomic-'));
    const target = path.join(dir, 'taken');
    // Renaming a file over a non-empty folder fails.
    writeFileAtomic(path.join(target, 'inside.md'), 'x');
    expect(() => writeFileAtomic(target, 'y')).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(existsSync(path.join(target, 'inside.md'))).toBe(true);
  });
});
