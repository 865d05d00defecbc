import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { ROOT } from '../helpers.js';

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

  // Node 20's recursive mkdirSync spins for ever (ignoring SIGTERM) on /proc, where making a
  // folder fails with 'no such file': run in a process of its own that a timeout can kill, so a
  // regression fails instead of hanging the suite. The source, through tsx: the built dist/ may
  // be older than the code under test.
  it.skipIf(process.platform !== 'linux')(
    'fails, rather than hanging, where no folder can be made (/proc)',
    () => {
      const module = pathToFileURL(path.join(ROOT, 'src', 'io', 'atomic-write.ts')).href;
      const script = `import { writeFileAtomic } from '${module}';
      try { writeFileAtomic('/proc/precis-no-folder/a/story.md', 'x'); } catch (error) { console.log(error.code); }`;
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        encoding: 'utf8',
        timeout: 30_000,
        killSignal: 'SIGKILL',
      });
      expect(r.signal).toBeNull();
      expect(r.stdout.trim()).toBe('ENOENT');
    },
    60_000,
  );
});
