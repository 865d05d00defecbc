import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatSeconds, silentProgress, terminalProgress } from '../../src/cli/progress.js';

function stream() {
  const out = { text: '', isTTY: true, write: (s: string) => ((out.text += s), true) };
  return out;
}

describe('batch progress line', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows done/total, rate, failures and ETA, redrawn in place', () => {
    let clock = 0;
    const err = stream();
    const progress = terminalProgress(err, () => clock);
    progress.setTotal(10);
    for (let i = 0; i < 4; i++) progress.tick(i === 0);
    clock = 2000;
    vi.advanceTimersByTime(100);
    const line = err.text.split('\r\x1b[2K').pop();
    expect(line).toBe('precis: 4/10 articles · 2.0/s · 1 failed · ETA 3s');
    progress.stop();
  });

  it('draws nothing for a run shorter than a blink', () => {
    let clock = 0;
    const err = stream();
    const progress = terminalProgress(err, () => clock);
    progress.tick();
    clock = 100;
    vi.advanceTimersByTime(100);
    progress.stop();
    expect(err.text).toBe('');
  });

  it('clears the line before a message, so they never share a line', () => {
    let clock = 0;
    const err = stream();
    const progress = terminalProgress(err, () => clock);
    clock = 1000;
    vi.advanceTimersByTime(100);
    progress.note('precis: cannot read x.txt: empty file\n');
    expect(err.text).toContain('\r\x1b[2Kprecis: cannot read x.txt');
    progress.stop();
    expect(err.text.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('is only the messages when stderr is not a terminal', () => {
    const err = stream();
    const progress = silentProgress(err);
    progress.tick();
    progress.note('precis: a note\n');
    progress.stop();
    expect(err.text).toBe('precis: a note\n');
  });

  it('formats an ETA in seconds, minutes or hours', () => {
    expect([formatSeconds(4.4), formatSeconds(125), formatSeconds(7322)]).toEqual(['4s', '2m05s', '2h02m']);
  });
});
