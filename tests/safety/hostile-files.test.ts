import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const STORY = 'A Short Story\n\nThe council met on Monday. It approved the plan, the mayor said.\n';

function folder(): string {
  return mkdtempSync(path.join(tmpdir(), 'precis-hostile-'));
}

describe('hostile files and folders', () => {
  it('survives a symlink loop in a folder and reads each article once', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'story.txt'), STORY);
    symlinkSync(dir, path.join(dir, 'loop'));
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync(path.join(dir, 'sub'), path.join(dir, 'sub', 'again'));
    const r = await runCli(['summary', '--json', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('reports an article that is a dangling link (vanished before reading) and goes on', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'a.txt'), STORY);
    symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'b.txt'));
    writeFileSync(path.join(dir, 'c.txt'), STORY);
    const r = await runCli(['summary', '--json', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^precis: cannot read .*b\.txt: no such file$/m);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((x) => path.basename(x.source))).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(records[1].error).toMatch(/no such file/);
  });

  it('gives binary, empty, NUL-laden and wrongly encoded files one line each', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, '1-binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    writeFileSync(path.join(dir, '2-empty.txt'), '');
    writeFileSync(path.join(dir, '3-spaces.md'), '   \n\n\t  \n');
    writeFileSync(path.join(dir, '4-latin1.txt'), Buffer.from('Price Rise\n\nThe ticket now costs \xa35, the club said.\n', 'latin1'));
    writeFileSync(path.join(dir, '5-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, 'utf16le')]));
    const r = await runCli(['summary', dir]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/1-binary\.txt: not a text file/);
    expect(lines[1]).toMatch(/2-empty\.txt: empty file/);
    expect(lines[2]).toMatch(/3-spaces\.md: empty file/);
    expect(r.stdout).toContain('£5');
    expect(r.stdout).toMatch(/The council met|It approved the plan/);
  });

  it('skips a folder it may not read, or reports it, without hanging', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'ok.txt'), STORY);
    const locked = path.join(dir, 'locked');
    mkdirSync(locked);
    writeFileSync(path.join(locked, 'secret.txt'), STORY);
    chmodSync(locked, 0o000);
    try {
      const r = await runCli(['summary', '--json', dir]);
      // As root the folder is still readable; as a user it is skipped. Either way ok.txt is read.
      expect(r.stdout).toContain('"source"');
      expect(r.stdout).toContain('ok.txt');
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it('walks a folder of 10,000 files: non-articles skipped with one note, every article read', async () => {
    const dir = folder();
    for (let i = 0; i < 9_800; i++) writeFileSync(path.join(dir, `img-${String(i).padStart(5, '0')}.jpg`), 'x');
    for (let i = 0; i < 200; i++)
      writeFileSync(path.join(dir, `story-${String(i).padStart(3, '0')}.txt`), `Story ${i}\n\nThe council met on day ${i}. It approved plan ${i}.\n`);
    const r = await runCli(['summary', '--json', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(200);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/skipped 9800 files/);
  }, 120_000);

  it('never modifies or deletes an input file', async () => {
    const dir = folder();
    const file = path.join(dir, 'story.txt');
    writeFileSync(file, STORY);
    chmodSync(file, 0o444);
    const before = statSync(file);
    await runCli(['--json', dir]);
    await runCli(['read', '--format', 'md', file]);
    await runCli(['--out', path.join(dir, 'out'), dir]);
    const after = statSync(file);
    expect(readFileSync(file, 'utf8')).toBe(STORY);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.mode).toBe(before.mode);
    expect(readdirSync(dir).sort()).toEqual(['out', 'story.txt']);
  });
});
