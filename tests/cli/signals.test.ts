import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { corpus, story, untilBusy, untilFile, untilWaiting } from './batch-fixtures.js';

/**
 * Ctrl-C and SIGTERM on the built binary (bin/precis.js → dist/; `npm run build`), by every
 * route an input can take: the main thread (a small batch, or --jobs 1) and the worker pool,
 * writing --out files, NDJSON to a file or to a pipe. Each run is signalled once its first
 * output is seen, never after a fixed sleep, so a loaded machine only makes the tests slower.
 */
const BIN = path.join(ROOT, 'bin', 'precis.js');
/** Far more than a loaded two-core machine needs; the runs normally take a few seconds. */
const PATIENCE_MS = 120_000;
/** Small stories, well under the 4 MiB above which a batch goes to workers by itself. */
const ARTICLES = 300;
let dir = '';
let runs = 0;
/** A path beside the corpus for one run's output. */
const fresh = (suffix: string) => `${dir}-${runs++}${suffix}`;

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', 'io', 'worker.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  dir = corpus(ARTICLES, 6);
});

/** One word for sh, whatever the clone path holds (a ' included). */
const shellQuote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/** Children still running; a failed test must not leave one behind to load the machine. */
const live = new Set<ChildProcess>();

function start(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, options);
  live.add(child);
  child.on('exit', () => live.delete(child));
  return child;
}

afterEach(() => {
  // Killing `script` hangs up its pseudo-terminal, which ends the precis running on it.
  for (const child of live) child.kill('SIGKILL');
  live.clear();
});

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', (code) => resolve(code))));

/** Waits for `condition`; fails at once if the child ends first, instead of waiting out the timeout. */
async function until(child: ChildProcess, condition: () => boolean): Promise<void> {
  while (!condition()) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`precis ended (${child.exitCode ?? child.signalCode}) before the awaited output`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(folder, f), { throwIfNoEntry: false })?.isFile() === true);
}

const signals = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const;
/** [name, flags]: the main thread unless a flag sends the batch to workers. */
const routes = [
  ['a small batch on the main thread', []],
  ['--jobs 1', ['--jobs', '1']],
  ['the worker pool (--jobs 2)', ['--jobs', '2']],
] as const;

describe('a signal stops a batch at once, whatever thread it runs on', () => {
  for (const [route, flags] of routes) {
    for (const [signal, code] of signals) {
      it(`--out, ${route}: ${signal} exits ${code} leaving whole files and no temporary one`, { timeout: PATIENCE_MS }, async () => {
        const out = fresh('-out');
        const child = start(process.execPath, [BIN, '--out', out, ...flags, dir], { stdio: 'ignore' });
        await until(child, () => filesUnder(out).length > 0);
        child.kill(signal);
        expect(await exited(child)).toBe(code);
        const left = filesUnder(out);
        expect(left.filter((f) => path.basename(f).startsWith('.precis-tmp-'))).toEqual([]);
        // Before the fix the main thread saw the signal only after the last article: all 300 written.
        expect(left.length).toBeLessThan(ARTICLES);
        for (const f of left) expect(readFileSync(path.join(out, f), 'utf8')).toMatch(/^# Story \d+[\s\S]*## Summary[\s\S]*\n$/);
        rmSync(out, { recursive: true });
      });
    }

    it(`--json > file, ${route}: SIGINT exits 130 with only whole records written`, { timeout: PATIENCE_MS }, async () => {
      const outFile = fresh('.ndjson');
      const fd = openSync(outFile, 'w');
      const child = start(process.execPath, [BIN, '--json', ...flags, dir], { stdio: ['ignore', fd, 'ignore'] });
      closeSync(fd);
      await until(child, () => statSync(outFile).size > 0);
      child.kill('SIGINT');
      expect(await exited(child)).toBe(130);
      const lines = readFileSync(outFile, 'utf8').split('\n');
      expect(lines.pop()).toBe('');
      expect(lines.length).toBeLessThan(ARTICLES);
      for (const line of lines) expect(JSON.parse(line)).toHaveProperty('summary');
    });

    it(`summary into a pipe, ${route}: SIGTERM exits 143`, { timeout: PATIENCE_MS }, async () => {
      const child = start(process.execPath, [BIN, 'summary', ...flags, dir], { stdio: ['ignore', 'pipe', 'ignore'] });
      let lines = 0;
      child.stdout!.on('data', (chunk: Buffer) => (lines += chunk.toString().split('\n').length - 1));
      await until(child, () => lines > 0);
      child.kill('SIGTERM');
      expect(await exited(child)).toBe(143);
      // Three summary sentences an article, each line prefixed `path:` (no blank lines): 900 when all ran.
      expect(lines).toBeLessThan(ARTICLES * 3);
    });
  }
});

describe('a signal stops every command, and a fetch that hangs', () => {
  for (const command of ['read', 'quotes', 'entities']) {
    it(`${command} into a pipe: SIGINT exits 130 before the last article`, { timeout: PATIENCE_MS }, async () => {
      const child = start(process.execPath, [BIN, command, dir], { stdio: ['ignore', 'pipe', 'ignore'] });
      let printed = 0;
      let tail = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        printed += chunk.length;
        tail = (tail + chunk.toString()).slice(-4000);
      });
      await until(child, () => printed > 0);
      child.kill('SIGINT');
      expect(await exited(child)).toBe(130);
      // The folder's last story (sec-2/story-299.txt: files sort by path) was never reached.
      expect(tail).not.toMatch(new RegExp(`Story ${ARTICLES - 1}:|story-${ARTICLES - 1}\\.txt`));
    });
  }

  for (const [signal, code] of signals) {
    it(`standard input that never ends (\`precis -\`): ${signal} exits ${code} at once, printing nothing`, { timeout: PATIENCE_MS }, async () => {
      const child = start(process.execPath, [BIN, '--json', '-'], { stdio: ['pipe', 'pipe', 'ignore'] });
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
      // Half an article, and the pipe left open: precis reads on, waiting for the rest.
      child.stdin!.write(story(1).slice(0, 200));
      await untilWaiting(child.pid!);
      child.kill(signal);
      expect(await exited(child)).toBe(code);
      expect(out).toBe('');
    });
  }

  // digest looks at piped input before choosing how to read it: nothing yet (still looking), or
  // the start of a record (reading records), each with the pipe left open.
  for (const [what, written] of [
    ['nothing yet', ''],
    ['half a record', '{"source":"a.txt","title":"Ha'],
  ] as const) {
    it(`digest on standard input that never ends, ${what}: SIGINT exits 130 at once, printing nothing`, { timeout: PATIENCE_MS }, async () => {
      const child = start(process.execPath, [BIN, 'digest'], { stdio: ['pipe', 'pipe', 'ignore'] });
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
      if (written) child.stdin!.write(written);
      await untilWaiting(child.pid!);
      child.kill('SIGINT');
      expect(await exited(child)).toBe(130);
      expect(out).toBe('');
    });
  }

  // Before: the signal was handled, but exit waited for the thread still opening the pipe: forever.
  for (const [what, args] of [
    ['summary', ['summary']],
    ['summary on workers (--jobs 2), with a file', ['summary', '--jobs', '2', 'STORY']],
    ['digest', ['digest']],
  ] as const) {
    it(`${what}, a named pipe that never gets a writer: SIGINT exits 130 at once`, { timeout: PATIENCE_MS }, async () => {
      const fifo = `${fresh('.fifo')}`;
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const argv = args.map((a) => (a === 'STORY' ? path.join(dir, 'sec-0', 'story-000.txt') : a));
      const child = start(process.execPath, [BIN, ...argv, fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
      await untilWaiting(child.pid!);
      child.kill('SIGINT');
      expect(await exited(child)).toBe(130);
      rmSync(fifo);
    });
  }

  // Before: the read of the open pipe held a thread of libuv's pool, and exit waited for it: until the writer spoke or left.
  for (const [what, args] of [
    ['summary', ['summary']],
    ['digest', ['digest']],
  ] as const) {
    it(`${what}, a named pipe whose writer stays open and silent: SIGINT exits 130 at once`, { timeout: PATIENCE_MS }, async () => {
      const fifo = `${fresh('.fifo')}`;
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const child = start(process.execPath, [BIN, ...args, fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
      // The writer holds the pipe open for ten minutes without a word (killed after the test).
      start('sh', ['-c', `exec sleep 600 > ${shellQuote(fifo)}`], { stdio: 'ignore' });
      await untilWaiting(child.pid!);
      child.kill('SIGINT');
      expect(await exited(child)).toBe(130);
      rmSync(fifo);
    });
  }

  it('a URL whose server never answers: SIGINT exits 130 at once, printing nothing', { timeout: PATIENCE_MS }, async () => {
    let asked: () => void = () => {};
    const request = new Promise<void>((resolve) => (asked = resolve));
    // Accepts the request and never answers: precis is inside its fetch when the signal lands.
    const server = createServer(() => asked());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/story`;
      const child = start(process.execPath, [BIN, '--json', url], { stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
      await request;
      child.kill('SIGINT');
      expect(await exited(child)).toBe(130);
      expect(out).toBe('');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

/** `digest` prints only at the end, so its runs are signalled after some CPU time, not on output. */
describe('a signal stops a digest, whatever thread analyses the articles', () => {
  // Five times the batch folder (2.3 MB, still under 4 MiB: the main-thread route stays one). The
  // signal lands at 1 s of CPU, so the whole digest (~2 s of CPU for 300 articles here) must
  // outlast it on a CPU several times faster than this one too.
  let digestDir = '';
  beforeAll(() => {
    digestDir = corpus(5 * ARTICLES, 6);
  });
  for (const [route, flags] of [routes[0], routes[2]]) {
    it(`digest --out, ${route}: SIGINT exits 130 and writes no digest.md, not even a temporary one`, { timeout: PATIENCE_MS }, async () => {
      const out = fresh('-digest');
      const child = start(process.execPath, [BIN, 'digest', '--out', out, ...flags, digestDir], { stdio: 'ignore' });
      // Start-up takes ~0.3 s of CPU, the whole digest far longer: the signal lands in the analysis.
      await untilBusy(child.pid!, 1000);
      child.kill('SIGINT');
      expect(await exited(child)).toBe(130);
      expect(filesUnder(out)).toEqual([]);
    });

    it(`digest --json > file, ${route}: SIGTERM exits 143 with nothing written`, { timeout: PATIENCE_MS }, async () => {
      const outFile = fresh('-digest.ndjson');
      const fd = openSync(outFile, 'w');
      const child = start(process.execPath, [BIN, 'digest', '--json', ...flags, digestDir], { stdio: ['ignore', fd, 'ignore'] });
      closeSync(fd);
      await untilBusy(child.pid!, 1000);
      child.kill('SIGTERM');
      expect(await exited(child)).toBe(143);
      expect(readFileSync(outFile, 'utf8')).toBe('');
    });
  }

  // 4,000 records (6.6 MB) of an earlier --json run: reading them takes ~1 s of CPU, grouping them
  // ~1.5 s more, as one synchronous task on the main thread. The signal is sent when precis has
  // opened the file (reading) or closed it again (grouping), not at a CPU-time mark a faster
  // machine would pass after the run had ended.
  for (const [phase, closed] of [
    ['reading the records', false],
    ['grouping them', true],
  ] as const) {
    it(`digest --out of a large .ndjson, SIGINT while ${phase}: exits 130 and writes no digest.md`, { timeout: PATIENCE_MS }, async () => {
      const records = fresh('-records.ndjson');
      const lines = Array.from({ length: 4000 }, (_, i) => {
        const text = story(i, 6);
        return JSON.stringify({ source: `sec/story-${i}.txt`, title: text.slice(0, text.indexOf('\n')), text, summary: [], quotes: [], entities: [] });
      });
      writeFileSync(records, `${lines.join('\n')}\n`);
      const out = fresh('-digest');
      const child = start(process.execPath, [BIN, 'digest', '--out', out, records], { stdio: ['ignore', 'ignore', 'pipe'] });
      let said = '';
      child.stderr!.on('data', (chunk: Buffer) => (said += chunk.toString()));
      await untilFile(child.pid!, realpathSync(records), closed);
      child.kill('SIGINT');
      expect(await exited(child)).toBe(130);
      // Before, a signal while grouping waited for it, then wrote the whole digest and said so.
      expect(filesUnder(out)).toEqual([]);
      expect(said).toBe('');
      rmSync(records);
    });
  }
});

/** `script` (util-linux) runs precis on a pseudo-terminal, where Ctrl-C is a typed \x03. */
const hasScript = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!hasScript)('on a terminal: progress and Ctrl-C', () => {
  for (const [route, flags] of routes) {
    it(`draws progress for ${route} and leaves no progress line after Ctrl-C`, { timeout: PATIENCE_MS }, async () => {
      const out = fresh('-tty');
      // The pseudo-terminal gets a size, as a real one has (`script` alone leaves it 0x0).
      const command = 'stty cols 80 rows 24; ' + [process.execPath, BIN, '--out', out, ...flags, dir].map(shellQuote).join(' ');
      const env: Record<string, string | undefined> = { ...process.env, TERM: 'xterm' };
      delete env.NO_COLOR;
      delete env.CI;
      const child = start('script', ['-qfec', command, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
      let screen = '';
      child.stdout!.on('data', (chunk: Buffer) => (screen += chunk.toString()));
      await until(child, () => /\d+\/\d+ articles · /.test(screen));
      child.stdin!.write('\x03');
      expect(await exited(child)).toBe(130);
      // The line was erased after the progress was last drawn: no `…ETA 15s^C` left on screen.
      const lastErase = Math.max(...[...screen.matchAll(/\x1b\[[02]?K/g)].map((m) => m.index));
      expect(lastErase).toBeGreaterThan(screen.lastIndexOf(' articles · '));
      expect(filesUnder(out).length).toBeLessThan(ARTICLES);
    });
  }
});
