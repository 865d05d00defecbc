import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT } from '../helpers.js';
import { BINARY, corpus, folderWith, story, untilBusy } from './batch-fixtures.js';

/**
 * The real binary (bin/precis.js → dist/), for what only a process has: worker threads (the
 * pool runs the built dist/io/worker.js), signals and pipes. Needs `npm run build`, which
 * `npm install` runs.
 */
const BIN = path.join(ROOT, 'bin', 'precis.js');

// Each test starts whole processes (one reruns 300 files): seconds on an idle machine, and
// several times that on a loaded one, so vitest's 5 s default would make them fail by load.
vi.setConfig({ testTimeout: 120_000 });

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', 'io', 'worker.js'))) throw new Error('dist/ is missing: run `npm run build` first');
});

function precis(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sources = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => (JSON.parse(l) as { source: string }).source);

/** Files under `dir`; while precis runs, a temporary file may be renamed between listing and stat. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f), { throwIfNoEntry: false })?.isFile() === true);
}

describe('the worker pool (-j 2)', () => {
  it('keeps input order when a long first article finishes after the short ones', () => {
    const dir = folderWith({ 'a-long.txt': story(1, 120), ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`b-${i}.txt`, story(i + 2, 1)])) });
    const r = precis(['--json', '-j', '2', dir]);
    expect(r.code).toBe(0);
    expect(sources(r.stdout).map((s) => path.basename(s))).toEqual(['a-long.txt', ...Array.from({ length: 12 }, (_, i) => `b-${i}.txt`).sort()]);
  });

  it('analyses as the main thread does', () => {
    const dir = corpus(8);
    const pooled = precis(['summary', '--json', '-j', '2', dir]);
    const inline = precis(['summary', '--json', '-j', '1', dir]);
    const titles = (stdout: string) =>
      stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).title as string);
    expect(titles(pooled.stdout)).toEqual(titles(inline.stdout));
    expect(titles(pooled.stdout)).toHaveLength(8);
  });

  it('digests as the main thread does: features computed in the workers group the same', () => {
    const pooled = precis(['digest', '--json', '-j', '2', 'tests/fixtures/digest']);
    const inline = precis(['digest', '--json', '-j', '1', 'tests/fixtures/digest']);
    expect(pooled.code).toBe(0);
    expect(pooled.stdout).toBe(inline.stdout);
    expect(pooled.stdout.trimEnd().split('\n').length).toBeGreaterThan(1);
  });

  it('turns a failing file into an error record, goes on, and exits 1', () => {
    const dir = folderWith({ '1.txt': story(1), '2.txt': BINARY, '3.txt': story(3), '4.txt': story(4) });
    const r = precis(['--json', '-j', '2', dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => path.basename(l.source))).toEqual(['1.txt', '2.txt', '3.txt', '4.txt']);
    expect(Object.keys(lines[1])).toEqual(['source', 'error']);
    expect(r.stderr).toMatch(/^precis: cannot read .*2\.txt: not a text file/);
  });

  it('stops at the first failure with --fail-fast', () => {
    const dir = folderWith({ '1.txt': story(1), '2.txt': '', ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`3-${i}.txt`, story(i)])) });
    const r = precis(['--json', '-j', '2', '--fail-fast', dir]);
    expect(r.code).toBe(1);
    expect(sources(r.stdout).map((s) => path.basename(s))).toEqual(['1.txt', '2.txt']);
  });
});

describe('signals and pipes', () => {
  /**
   * Runs precis with its standard output or error a pipe whose reader has gone, as `| head` leaves
   * it once satisfied: `sh` holds precis back until this end is closed, so every write to it fails
   * (EPIPE), however fast or loaded the machine. (Closed after precis started, the pipe could take
   * all it wrote first, and the test would pass without the closed pipe ever being met.)
   */
  async function withClosedPipe(closed: 'stdout' | 'stderr', args: string[]): Promise<{ code: number | null; stderr: string }> {
    const child = spawn('sh', ['-c', 'read go && exec "$@"', 'sh', process.execPath, BIN, ...args], {
      stdio: ['pipe', closed === 'stdout' ? 'pipe' : 'ignore', 'pipe'],
    });
    let stderr = '';
    if (closed === 'stdout') child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child[closed]!.destroy();
    child.stdin!.end('go\n');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    return { code, stderr };
  }

  it('ends quietly when the reader has closed the pipe (precis summary big/ | head)', async () => {
    const { code, stderr } = await withClosedPipe('stdout', ['summary', '-j', '2', corpus(150)]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  // Before: exit 0, though the binary file's failure had been said on stderr.
  it('keeps exit code 1 for an input that failed before the reader closed the pipe', async () => {
    const dir = folderWith({ '0.txt': BINARY, ...Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`${i + 1}.txt`, story(i)])) });
    const { code, stderr } = await withClosedPipe('stdout', ['summary', dir]);
    expect(stderr).toMatch(/^precis: cannot read .*0\.txt: not a text file/);
    expect(code).toBe(1);
  });

  // Before: exit 0: the handler read the run's code so far (ctx.exitCode), not the code main returned (2 here).
  it('keeps the usage exit code when standard error is a closed pipe', async () => {
    expect((await withClosedPipe('stderr', ['--no-such-flag', 'summary'])).code).toBe(2);
  });

  it('stops on SIGINT in the middle of one long article (it is analysed off the main thread)', async () => {
    // ~6 MB: several seconds of analysis, so the signal lands while it runs, after start-up.
    const dir = folderWith({ 'long.txt': story(1, 24000) });
    // Standard output to a file, as in `precis --json long.txt > out.ndjson`.
    const outFile = path.join(dir, 'out.ndjson');
    const fd = openSync(outFile, 'w');
    const child = spawn(process.execPath, [BIN, '--json', path.join(dir, 'long.txt')], { stdio: ['ignore', fd, 'ignore'] });
    closeSync(fd);
    // After start-up (~0.3 s of CPU), well inside the analysis (several seconds of CPU).
    await untilBusy(child.pid!, 1000);
    child.kill('SIGINT');
    const exit = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    // On a busy main thread the signal waited for the analysis, which then printed and exited 0.
    expect(exit).toBe(130);
    expect(readFileSync(outFile, 'utf8')).toBe('');
  });

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    // Two runs of 300 files: far more than vitest's 5 s default on a loaded machine.
    it(`stops on ${signal} with exit code ${code}, leaving only whole output files and no temporary ones`, { timeout: 120_000 }, async () => {
      const dir = corpus(300, 6);
      const out = dir + '-out';
      const child = spawn(process.execPath, [BIN, '--out', out, '-j', '2', dir], { stdio: 'ignore' });
      // Interrupt once the run is under way.
      while (!existsSync(out) || filesUnder(out).length < 5) await new Promise((r) => setTimeout(r, 20));
      child.kill(signal);
      const exit = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      expect(exit).toBe(code);
      const left = filesUnder(out);
      expect(left.filter((f) => path.basename(f).startsWith('.precis-tmp-'))).toEqual([]);
      expect(left.length).toBeLessThan(300);
      for (const f of left) expect(readFileSync(path.join(out, f), 'utf8')).toMatch(/^# Story \d+[\s\S]*## Summary[\s\S]*\n$/);

      // A rerun finishes the job, skipping what is done.
      const rerun = precis(['--out', out, dir]);
      expect(rerun.code).toBe(0);
      expect(rerun.stderr).toMatch(new RegExp(`wrote ${300 - left.length} files to .*, ${left.length} already up to date`));
      expect(filesUnder(out)).toHaveLength(300);
    });
  }
});

describe('a folder redirected to standard input', () => {
  it('is named a folder in one line, not an empty file (`precis < articles`)', () => {
    const fd = openSync(path.join(ROOT, 'articles'), 'r');
    try {
      const r = spawnSync(process.execPath, [BIN], { cwd: ROOT, encoding: 'utf8', stdio: [fd, 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('precis: cannot read (stdin): is a folder\n');
    } finally {
      closeSync(fd);
    }
  });
});
