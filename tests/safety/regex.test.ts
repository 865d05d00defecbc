import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { findRegexLiterals } from './regex-patterns.js';

const patterns = findRegexLiterals(path.join(ROOT, 'src'));

interface SweepResult {
  where: string;
  source: string;
  worst: number;
  /** Time on the worst input at full size over a tenth of it; null when the pattern is fast. */
  growth: number | null;
  worstInput: string;
}

/** Runs the sweep in a worker; a pattern that never returns is caught by the deadline. */
function sweep(size: number, deadlineMs: number): Promise<SweepResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./regex-sweep.worker.mjs', import.meta.url), {
      workerData: { size, patterns: patterns.map((p) => ({ source: p.regex.source, flags: p.regex.flags, where: `${p.file}:${p.line}` })) },
    });
    let last = '(none yet)';
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`regex sweep did not finish in ${deadlineMs} ms; the pattern after ${last} hangs`));
    }, deadlineMs);
    worker.on('message', (m: { progress?: string; results?: SweepResult[] }) => {
      if (m.progress) last = m.progress;
      if (m.results) {
        clearTimeout(timer);
        void worker.terminate();
        resolve(m.results);
      }
    });
    worker.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

describe('regular expressions in src/', () => {
  it('are found by the scanner', () => {
    expect(patterns.length).toBeGreaterThan(20);
  });

  // Linear patterns scan 100,000 characters in well under a millisecond to a few ms; a
  // quadratic one takes seconds and an exponential one never returns. A pattern fails when its
  // worst input is slow AND its time grows faster than the input (x10 size: linear ~x10,
  // quadratic ~x100), so a loaded machine, which slows every pattern alike, cannot flip it.
  it('stay linear on 100,000-character inputs that almost match', async () => {
    const results = await sweep(100_000, 110_000);
    const slow = results
      .filter((r) => r.worst > 250 && r.growth !== null && r.growth > 30)
      .map((r) => `${r.where} /${r.source}/ took ${r.worst.toFixed(0)} ms on ${r.worstInput}, x${r.growth?.toFixed(0)} from a tenth of it`);
    expect(slow).toEqual([]);
  }, 120_000);
});
