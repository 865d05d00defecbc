import type { OutputStream } from './context.js';

/**
 * The batch progress line on stderr: `precis: 523/1352 · 410/s · 1 failed · ETA 2s`. Plain
 * text, redrawn in place a few times a second, so it needs no colour and no spinner (nothing
 * for NO_COLOR to turn off). Messages go through `note`, which clears the line first so they
 * are never mixed with it.
 */
export interface Progress {
  /** The number of inputs, once a count is known (the walk is lazy, so it comes later). */
  setTotal(total: number): void;
  /** One input done (analysed, failed or skipped). */
  tick(failed?: boolean): void;
  /** Writes a message line on stderr. */
  note(line: string): void;
  /** Removes the line for good. */
  stop(): void;
}

const REDRAW_MS = 100;
/** Runs shorter than this show no line at all, rather than a flash. */
const FIRST_DRAW_MS = 300;

/** Progress lines on screen now, so a signal handler can clear them before the process exits. */
const live = new Set<Progress>();

/** Clears every progress line still drawn. Synchronous: safe in a signal handler just before exit. */
export function stopAllProgress(): void {
  for (const progress of live) progress.stop();
}

export function silentProgress(stderr: OutputStream): Progress {
  return { setTotal() {}, tick() {}, note: (line) => void stderr.write(line), stop() {} };
}

export function terminalProgress(stderr: OutputStream, now: () => number = () => performance.now()): Progress {
  const started = now();
  let total: number | undefined;
  let done = 0;
  let failed = 0;
  let shown = false;
  const line = () => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const parts = [`precis: ${done}${total !== undefined ? `/${total}` : ''} articles`, `${rate.toFixed(rate < 10 ? 1 : 0)}/s`];
    if (failed > 0) parts.push(`${failed} failed`);
    if (total !== undefined && rate > 0 && done < total) parts.push(`ETA ${formatSeconds((total - done) / rate)}`);
    return parts.join(' · ');
  };
  const clear = () => {
    if (shown) stderr.write('\r\x1b[2K');
    shown = false;
  };
  const draw = () => {
    if (now() - started < FIRST_DRAW_MS) return;
    stderr.write(`\r\x1b[2K${line()}`);
    shown = true;
  };
  const timer = setInterval(draw, REDRAW_MS);
  timer.unref();
  const progress: Progress = {
    setTotal: (n) => void (total = n),
    tick: (didFail = false) => {
      done++;
      if (didFail) failed++;
    },
    note: (message) => {
      clear();
      stderr.write(message);
      draw();
    },
    stop: () => {
      clearInterval(timer);
      clear();
      live.delete(progress);
    },
  };
  live.add(progress);
  return progress;
}

export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
