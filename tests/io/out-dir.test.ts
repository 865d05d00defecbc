import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUpToDate, outDirProblem, outputPath } from '../../src/io/out-dir.js';

describe('outputPath', () => {
  it('mirrors the relative path and swaps the extension', () => {
    expect(outputPath('/out', 'tech/001.txt', '.md')).toBe(path.join('/out', 'tech', '001.md'));
    expect(outputPath('/out', 'story.html', '.json')).toBe(path.join('/out', 'story.json'));
  });
});

describe('isUpToDate', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'precis-out-'));
  const input = path.join(dir, 'in.txt');
  const output = path.join(dir, 'out.md');
  writeFileSync(input, 'x');

  it('is false when a folder stands where the output should be', () => {
    const folder = path.join(dir, 'folder.md');
    mkdirSync(folder);
    utimesSync(input, new Date(1_000_000), new Date(1_000_000));
    expect(isUpToDate(input, folder)).toBe(false);
  });

  it('is false when there is no output yet', () => {
    expect(isUpToDate(input, path.join(dir, 'missing.md'))).toBe(false);
  });

  it('is true for an output written after the input changed, false after the input changes again', () => {
    writeFileSync(output, 'y');
    utimesSync(input, new Date(1_000_000), new Date(1_000_000));
    utimesSync(output, new Date(2_000_000), new Date(2_000_000));
    expect(isUpToDate(input, output)).toBe(true);
    utimesSync(input, new Date(3_000_000), new Date(3_000_000));
    expect(isUpToDate(input, output)).toBe(false);
  });
});

describe('outDirProblem', () => {
  it('has none for a folder yet to be made in a writable one', () => {
    expect(outDirProblem(path.join(mkdtempSync(path.join(tmpdir(), 'precis-out-')), 'a', 'b'))).toBeUndefined();
  });

  // Root may write in /proc and /sys by their permissions, but no file can be made there (and Node 20 spun making folders in /proc).
  it.skipIf(process.platform !== 'linux').each([
    ['/proc/precis-out', 'proc'],
    ['/proc', 'proc'],
    ['/sys/precis-out/a', 'sysfs'],
  ])('refuses %s, on a kernel file system', (dir, kind) => {
    expect(outDirProblem(dir)).toBe(`a kernel file system (${kind}), where no files can be made`);
  });
});
