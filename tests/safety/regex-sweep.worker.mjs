// Runs every pattern against adversarial inputs and reports the slowest time per pattern.
// In a worker so the test can terminate a pattern that never returns.
import { parentPort, workerData } from 'node:worker_threads';

const { patterns, size } = workerData;
// Characters that news patterns look for: runs of them almost match and then fail at the end.
const PIECES = [' ', 'a', 'A', 'Aa ', '.', ',', '"', '“', '”', "'", '’', '-', '\n', '\n\n', '1', '1.', 'a.', 'A. ', ' said', 'Mr. ', '\t', '#', '>', '*', '(', ')', ':', '…', 'é', '$1'];
const TAILS = ['', '!', '\u0000', 'x', '.', '"'];

const results = [];
for (const { source, flags, where } of patterns) {
  const regex = new RegExp(source, flags.replace('g', '').replace('y', ''));
  let worst = 0;
  let worstInput = '';
  for (const piece of PIECES) {
    const body = piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
    for (const tail of TAILS) {
      const input = body + tail;
      const t0 = performance.now();
      regex.test(input);
      input.replace(new RegExp(source, flags.includes('g') ? flags : flags + 'g'), '');
      const ms = performance.now() - t0;
      if (ms > worst) {
        worst = ms;
        worstInput = `${JSON.stringify(piece)} x ${size} + ${JSON.stringify(tail)}`;
      }
    }
  }
  results.push({ where, source, worst, worstInput });
  parentPort.postMessage({ progress: where });
}
parentPort.postMessage({ results });
