import type { Ora } from 'ora';
import type { CliContext, OutputStream } from './context.js';

/**
 * What precis shows on stderr while it works, through ora (sindresorhus/ora: the spinner,
 * in-place redraws, the hidden cursor given back): a batch's `⠋ 523/1352 articles · 410/s ·
 * ETA 2s`, or a spinner while a single input is fetched or analysed. Only on a terminal, and
 * never with NO_COLOR or --no-color: in a pipe or a log there are only the messages.
 */
export interface Progress {
  /** The number of inputs, once a count is known (the walk is lazy, so it comes later). */
  setTotal(total: number): void;
  /** One input done (analysed, failed or skipped). */
  tick(failed?: boolean): void;
  /** Writes a message line on stderr, never mixed with the progress line. */
  note(line: string): void;
  /** Removes the line for good. */
  stop(): void;
}

/** A spinner for one wait: shown if the wait passes FIRST_DRAW_MS, or at once with `now`. */
export interface Waiting {
  /** Draws the spinner at once: before synchronous work, when no timer could fire. */
  now(text: string): void;
  stop(): void;
}

/** Waits shorter than this show nothing, rather than a flash. */
const FIRST_DRAW_MS = 300;

/** Spinners on screen now, so a signal handler can clear them before the process exits. */
const live = new Set<Ora>();

/** Clears every spinner still drawn. Synchronous: safe in a signal handler just before exit. */
export function stopAllProgress(): void {
  for (const spinner of live) spinner.stop();
  live.clear();
}

/**
 * Whether stderr may show a spinner: a terminal that is not `dumb` and knows its width, and
 * colour not turned off. (A pseudo-terminal of zero columns, as `script` makes without a
 * terminal of its own, sent ora into clearing thousands of lines per frame.)
 */
export function canAnimate(ctx: CliContext, colorFlag: boolean | undefined): boolean {
  const width = ctx.stderr.columns ?? 0;
  return ctx.stderr.isTTY === true && width > 0 && colorFlag !== false && !ctx.env.NO_COLOR && ctx.env.TERM !== 'dumb';
}

/**
 * ora and its dozen modules load only when a spinner may be drawn: a run into a pipe or a
 * file never pays for them.
 */
async function loadOra(): Promise<typeof import('ora').default> {
  return (await import('ora')).default;
}

/** A spinner on `stream`, started after FIRST_DRAW_MS unless started earlier by `start`. */
function lateSpinner(ora: typeof import('ora').default, stream: OutputStream, text: () => string) {
  // discardStdin would put standard input in raw mode: it may be the article (`precis -`).
  const spinner = ora({ stream: stream as NodeJS.WritableStream, text: text(), isEnabled: true, discardStdin: false });
  let stopped = false;
  const start = () => {
    if (stopped || spinner.isSpinning) return;
    spinner.text = text();
    spinner.start();
    live.add(spinner);
  };
  const timer = setTimeout(start, FIRST_DRAW_MS);
  timer.unref();
  return {
    spinner,
    start,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      if (!spinner.isSpinning) return;
      spinner.stop();
      live.delete(spinner);
    },
  };
}

export function silentProgress(stderr: OutputStream): Progress {
  return { setTotal() {}, tick() {}, note: (line) => void stderr.write(line), stop() {} };
}

export async function batchProgress(stderr: OutputStream, now: () => number = () => performance.now()): Promise<Progress> {
  const started = now();
  let total: number | undefined;
  let done = 0;
  let failed = 0;
  const line = () => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const parts = [`${done}${total !== undefined ? `/${total}` : ''} articles`, `${rate.toFixed(rate < 10 ? 1 : 0)}/s`];
    if (failed > 0) parts.push(`${failed} failed`);
    if (total !== undefined && rate > 0 && done < total) parts.push(`ETA ${formatSeconds((total - done) / rate)}`);
    return parts.join(' · ');
  };
  const { spinner, stop } = lateSpinner(await loadOra(), stderr, line);
  return {
    setTotal: (n) => void (total = n),
    tick: (didFail = false) => {
      done++;
      if (didFail) failed++;
      if (spinner.isSpinning) spinner.text = line();
    },
    note: (message) => {
      spinner.clear();
      stderr.write(message);
      if (spinner.isSpinning) spinner.render();
    },
    stop,
  };
}

/** A spinner for a single input's wait (a URL's fetch, the first load of the language model). */
export async function waitingSpinner(stderr: OutputStream, text: string): Promise<Waiting> {
  let current = text;
  const { start, stop, spinner } = lateSpinner(await loadOra(), stderr, () => current);
  return {
    now: (next) => {
      current = next;
      if (spinner.isSpinning) spinner.text = next;
      else start();
    },
    stop,
  };
}

export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
