// Runs every pattern against adversarial inputs and reports, per pattern, its slowest input and
// how that input's time grows from a tenth of the size to the full size. In a worker so the test
// can terminate a pattern that never returns.
import { parentPort, workerData } from 'node:worker_threads';

const { patterns, size } = workerData;
// Characters that news patterns look for: runs of them almost match and then fail at the end.
const PIECES = [
  ' ',
  'a',
  'A',
  'Aa ',
  '.',
  ',',
  '"',
  '“',
  '”',
  "'",
  '’',
  '-',
  '\n',
  '\n\n',
  '1',
  '1.',
  'a.',
  'A. ',
  ' said',
  'Mr. ',
  '\t',
  '#',
  '>',
  '*',
  '(',
  ')',
  ':',
  '…',
  'é',
  '$1',
];
const TAILS = ['', '!', '\u0000', 'x', '.', '"'];
// Only a pattern this slow on its worst input is timed again for growth: the rest are linear
// beyond doubt, and re-timing all of them would triple the sweep.
const SUSPECT_MS = 25;

const input = (piece, tail, n) => piece.repeat(Math.ceil(n / piece.length)).slice(0, n) + tail;

function timeOnce(regex, global, text) {
  const t0 = performance.now();
  regex.test(text);
  text.replace(global, '');
  return performance.now() - t0;
}

/** The fastest of three runs: a busy machine only ever adds time, so the minimum is the truest. */
const timeBest = (regex, global, text) => Math.min(timeOnce(regex, global, text), timeOnce(regex, global, text), timeOnce(regex, global, text));

const results = [];
for (const { source, flags, where } of patterns) {
  const regex = new RegExp(source, flags.replace('g', '').replace('y', ''));
  const global = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
  let worst = 0;
  let worstPiece = ' ';
  let worstTail = '';
  for (const piece of PIECES) {
    for (const tail of TAILS) {
      const ms = timeOnce(regex, global, input(piece, tail, size));
      if (ms > worst) [worst, worstPiece, worstTail] = [ms, piece, tail];
    }
  }
  // Growth from size/10 to size: about 10 for a linear pattern, about 100 for a quadratic one.
  // Load slows both timings alike, so the ratio holds where a bound on milliseconds would not.
  const growth =
    worst < SUSPECT_MS
      ? null
      : timeBest(regex, global, input(worstPiece, worstTail, size)) / Math.max(timeBest(regex, global, input(worstPiece, worstTail, size / 10)), 0.01);
  results.push({ where, source, worst, growth, worstInput: `${JSON.stringify(worstPiece)} x ${size} + ${JSON.stringify(worstTail)}` });
  parentPort.postMessage({ progress: where });
}
parentPort.postMessage({ results });
