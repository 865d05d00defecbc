import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batchProgress, canAnimate, formatSeconds, silentProgress, stopAllProgress, waitingSpinner } from '../../src/cli/progress.js';
import type { CliContext } from '../../src/cli/context.js';

/** A terminal on stderr, as ora drives it (cursor moves and line clears as escape codes). */
function terminal() {
  const out = {
    text: '',
    isTTY: true,
    columns: 80,
    write: (s: string) => ((out.text += s), true),
    cursorTo: (x: number) => ((out.text += `\x1b[${x + 1}G`), true),
    moveCursor: () => true,
    clearLine: () => ((out.text += '\x1b[0K'), true),
    on: () => out,
    once: () => out,
    removeListener: () => out,
  };
  return out;
}

/**
 * What a terminal shows after `text`: its lines, with carriage returns, cursor moves to a
 * column, line clears and cursor-up applied, and other escape codes (cursor hiding,
 * synchronised output) dropped.
 */
function screen(text: string): string[] {
  const lines: string[] = [''];
  let row = 0;
  let col = 0;
  const put = (ch: string) => {
    const line = lines[row]!.padEnd(col);
    lines[row] = line.slice(0, col) + ch + line.slice(col + 1);
    col++;
  };
  for (const token of text.match(/\x1b\[[?\d;]*[A-Za-z]|[^\x1b]/gu) ?? []) {
    const csi = /^\x1b\[([?\d;]*)([A-Za-z])$/.exec(token);
    if (csi) {
      const n = Number(csi[1] || 0);
      if (csi[2] === 'G') col = Math.max(0, n - 1);
      else if (csi[2] === 'K') lines[row] = n === 2 ? '' : lines[row]!.slice(0, col);
      else if (csi[2] === 'A') row = Math.max(0, row - (n || 1));
    } else if (token === '\r') col = 0;
    else if (token === '\n') {
      row++;
      col = 0;
      if (lines.length <= row) lines.push('');
    } else put(token);
  }
  return lines.map((l) => l.trimEnd());
}

/** The line the cursor's last line shows. */
const shown = (text: string) => screen(text).at(-1)!;

describe('batch progress line', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stopAllProgress();
    vi.useRealTimers();
  });

  it('shows done/total, rate, failures and ETA after a spinner', async () => {
    let clock = 0;
    const err = terminal();
    const progress = await batchProgress(err, () => clock);
    progress.setTotal(10);
    clock = 2000;
    for (let i = 0; i < 4; i++) progress.tick(i === 0);
    vi.advanceTimersByTime(400);
    expect(shown(err.text)).toMatch(/^\S+ 4\/10 articles · 2\.0\/s · 1 failed · ETA 3s$/);
    progress.stop();
  });

  it('draws nothing for a run shorter than a blink', async () => {
    const err = terminal();
    const progress = await batchProgress(err);
    progress.tick();
    vi.advanceTimersByTime(100);
    progress.stop();
    expect(err.text).toBe('');
  });

  it('clears the line before a message, so they never share a line', async () => {
    const err = terminal();
    const progress = await batchProgress(err);
    vi.advanceTimersByTime(400);
    progress.note('precis: cannot read x.txt: empty file\n');
    expect(screen(err.text)[0]).toBe('precis: cannot read x.txt: empty file');
    progress.stop();
    expect(screen(err.text)).toEqual(['precis: cannot read x.txt: empty file', '']);
  });

  it('is cleared by stopAllProgress, as the signal handler does before exiting', async () => {
    const err = terminal();
    (await batchProgress(err)).setTotal(5);
    vi.advanceTimersByTime(400);
    expect(shown(err.text)).toContain('0/5 articles');
    stopAllProgress();
    expect(screen(err.text)).toEqual(['']);
  });

  it('is only the messages when stderr is not a terminal', async () => {
    const err = terminal();
    const progress = silentProgress(err);
    progress.tick();
    progress.note('precis: a note\n');
    progress.stop();
    expect(err.text).toBe('precis: a note\n');
  });

  it('formats an ETA in seconds, minutes or hours', async () => {
    expect([formatSeconds(4.4), formatSeconds(125), formatSeconds(7322)]).toEqual(['4s', '2m05s', '2h02m']);
  });
});

describe('waiting spinner', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('appears once a wait passes 300 ms', async () => {
    const err = terminal();
    const waiting = await waitingSpinner(err, 'fetching https://example.com/a');
    vi.advanceTimersByTime(250);
    expect(err.text).toBe('');
    vi.advanceTimersByTime(100);
    expect(shown(err.text)).toMatch(/^\S+ fetching https:\/\/example\.com\/a$/);
    waiting.stop();
    expect(screen(err.text)).toEqual(['']);
  });

  it('draws at once before synchronous work, when no timer could fire', async () => {
    const err = terminal();
    const waiting = await waitingSpinner(err, 'reading');
    waiting.now('analysing story.txt');
    expect(shown(err.text)).toMatch(/^\S+ analysing story\.txt$/);
    waiting.stop();
  });
});

describe('when to animate', () => {
  const ctx = (stderrTTY: boolean, env: Record<string, string> = {}, columns = 80) => ({ stderr: { isTTY: stderrTTY, columns }, env }) as unknown as CliContext;
  it('only on a terminal, with colour allowed', async () => {
    expect(canAnimate(ctx(true), undefined)).toBe(true);
    expect(canAnimate(ctx(false), undefined)).toBe(false);
    expect(canAnimate(ctx(true, { NO_COLOR: '1' }), undefined)).toBe(false);
    expect(canAnimate(ctx(true), false)).toBe(false);
    expect(canAnimate(ctx(true, { TERM: 'dumb' }), undefined)).toBe(false);
    expect(canAnimate(ctx(true, {}, 0), undefined)).toBe(false);
  });
});
