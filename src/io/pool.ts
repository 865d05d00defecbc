import type { AnalysisOutcome, AnalysisTask } from './analyze-input.js';

/**
 * The worker pool for batches: `threads` worker threads, each running dist/io/worker.js, so
 * each loads wink-nlp once and then analyses the files it is sent. tinypool (the pool vitest
 * runs on; no dependencies, no native code) replaces a worker that dies and rejects only that
 * task; `close` ends the workers even in the middle of an article.
 */
export interface AnalysisPool {
  run(task: AnalysisTask): Promise<AnalysisOutcome>;
  close(): Promise<void>;
}

/**
 * The compiled worker beside this module. Only built JavaScript can run in a worker thread:
 * when precis runs from its TypeScript sources (the in-process tests) there is none, and
 * batches run on the main thread.
 */
export function workerScript(): URL | undefined {
  // `../io/`: from dist/io/pool.js and from the bundled CLI in dist/cli/ alike.
  return import.meta.url.endsWith('.js') ? new URL('../io/worker.js', import.meta.url) : undefined;
}

/**
 * A worker's heap grows with the vocabulary it meets: wink-nlp keeps every word it learns, and
 * the summary keeps a table of spellings. Live heap after loading: 22 MiB; after bbc-dev 34 MiB,
 * still 34 MiB after the same articles four times over (`node --expose-gc`, heapUsed after a
 * collection). A corpus with an endless vocabulary (generated text, many languages) would
 * keep growing, so a worker past 128 MiB is replaced by a fresh one (~0.2 s to load the model,
 * after thousands of articles): memory stays bounded however long the batch.
 */
const RECYCLE_HEAP_BYTES = 128 * 1024 * 1024;
/**
 * An article's garbage is short-lived, so a worker's young generation need not be V8's
 * default size: at 16 MiB, two workers over bbc-dev peaked at 313 MiB instead of 344 MiB for
 * the same CPU time (8 MiB: 293 MiB but ~5% more CPU in garbage collection).
 */
const YOUNG_GENERATION_MIB = 16;

/**
 * The main thread as a pool of one, for a single article or a small batch. Each analysis
 * starts on a turn of the event loop of its own (after a `setImmediate`, one at a time), so
 * between two articles Node handles what is waiting: a Ctrl-C or SIGTERM, the progress
 * timer, a closed pipe. Reading a file and analysing it are synchronous, so without these
 * turns a whole batch ran as one long task and a signal was only seen once it had finished.
 * A turn costs microseconds; articles still go through in order, and a URL's fetch still
 * overlaps the analyses of the articles before it.
 */
export function mainThreadPool(analyse: (task: AnalysisTask) => Promise<AnalysisOutcome>): AnalysisPool {
  let turns: Promise<void> = Promise.resolve();
  return {
    run: (task) => {
      const mine = turns.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
      turns = mine;
      return mine.then(() => analyse(task));
    },
    close: async () => {},
  };
}

export async function startPool(script: URL, threads: number): Promise<AnalysisPool> {
  // Imported here, not at the top: a single article never pays for loading the pool.
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: script.href,
    minThreads: threads,
    maxThreads: threads,
    maxMemoryLimitBeforeRecycle: RECYCLE_HEAP_BYTES,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MIB },
  });
  return {
    run: (task) => pool.run(task) as Promise<AnalysisOutcome>,
    close: () => pool.destroy(),
  };
}
