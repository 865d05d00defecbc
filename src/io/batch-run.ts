import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { AnalysisOutcome, AnalysisTask } from './analyze-input.js';
import { listBatchInputs, type BatchInput } from './batch-inputs.js';
import type { RecordsInput } from './inputs.js';
import { orderedMap } from './ordered.js';
import { isUpToDate, outputPath } from './out-dir.js';
import { mainThreadPool, startPool, workerScript, type AnalysisPool } from './pool.js';
import { openStreamPath } from './pipes.js';
import { readArticle, ReadError } from './read-article.js';
import type { Shard } from './shard.js';

/**
 * A batch from its inputs to its outcomes, in input order: the inputs walked lazily, finished
 * --out files skipped, standard input read, the work sent to a worker pool or run on the main
 * thread. The command line asks for a batch here and gets outcomes back to print or write:
 * a request moves downwards only.
 */
export interface BatchPlan {
  readonly inputs: readonly string[];
  readonly cwd: string;
  /** For the `-` input; only the main thread has it. */
  readonly stdin: NodeJS.ReadableStream;
  /** What every article's task asks for (analysis options, the form of the result, limits). */
  readonly task: Pick<AnalysisTask, 'options' | 'format' | 'select' | 'maxBytes' | 'read'>;
  /** Worker threads at most. @default one per core, and only for batches big enough to gain from them */
  readonly jobs?: number;
  /** --out: the folder (absolute), the files' extension, and whether to redo up-to-date ones. */
  readonly out?: { readonly dir: string; readonly extension: '.md' | '.txt' | '.json'; readonly force: boolean };
  readonly shard?: Shard;
  /** Stream inputs already opened (digest looked into them), by path: read these, not the path again. */
  readonly opened?: ReadonlyMap<string, NodeJS.ReadableStream>;
  /** A folder's (or a glob's) files of records come out as `records` outcomes, in their place, for the caller to read. */
  readonly records?: boolean;
}

export interface RunningBatch {
  /** More than one input: a batch, as opposed to a single article. */
  readonly several: boolean;
  /** The first input, for a single article's wait spinner. */
  readonly first: { readonly source: string; readonly url: boolean } | undefined;
  /** The outcomes, in input order. */
  readonly done: AsyncGenerator<Done>;
  /** Calls `listener` with the number of inputs once known (a long batch counts them in the background). */
  onTotal(listener: (total: number) => void): void;
  close(): Promise<void>;
}

/**
 * Below this much input a batch runs on the main thread. Each worker loads the wink-nlp model
 * (~0.25 s of CPU) and, worse, compiles the analysis code again in V8's optimising compiler
 * (~1–2 s of CPU over the first thousand articles), so on two cores a pool only pays once that
 * is spread over enough articles. Measured with two workers against --jobs 1 (whole-process
 * medians): 617 bbc-dev articles (1.3 MiB) 1.14x slower, all 1,352 (3.0 MiB) even, 5,408
 * (12 MiB) 1.24x faster. A single article never starts a worker.
 */
const POOL_MIN_BYTES = 4 << 20;
/**
 * An input at least this long is analysed on a worker even on its own: one thread analyses
 * ~1 MiB of news a second, so on the main thread Ctrl-C could wait about half a second.
 */
const MAIN_THREAD_MAX_BYTES = 512 << 10;
/** Tasks per worker started ahead of the output: keeps workers busy while bounding memory. */
const WINDOW_PER_THREAD = 8;

/** One input made ready to run, or an outcome known without analysing it. */
type Job =
  | { readonly kind: 'analyse'; readonly task: AnalysisTask; readonly source: string; readonly outFile?: string }
  | { readonly kind: 'failed'; readonly source: string; readonly message: string }
  | { readonly kind: 'up-to-date' }
  | RecordsInput
  | { readonly kind: 'skipped'; readonly count: number; readonly example: string };

export type Done = Exclude<Job, { kind: 'analyse' }> | { readonly kind: 'analysed'; readonly outcome: AnalysisOutcome; readonly outFile?: string };

/**
 * Starts a batch. `beforeAnalysis` runs on the main thread just before an article is analysed
 * there (a spinner can be drawn before the synchronous first load of the model).
 */
export async function startBatch(plan: BatchPlan, beforeAnalysis?: () => void): Promise<RunningBatch> {
  const look = await peekAnalyses(toJobs(plan), plan.jobs !== undefined);
  const { head, rest } = look;
  const { analyse, threads } = await startAnalysis(head, rest !== undefined, look, plan.jobs, beforeAnalysis);
  const firstJob = head.find((j) => j.kind === 'analyse' || j.kind === 'failed');
  const first =
    firstJob && 'source' in firstJob
      ? { source: firstJob.source, url: firstJob.kind === 'analyse' && firstJob.task.kind === 'input' && firstJob.task.input.kind === 'url' }
      : undefined;
  let counting: { abort(): void } | undefined;
  return {
    // The look-ahead leaves a `rest` only after two analyses, so a `rest` is always a batch.
    several: head.length > 1,
    first,
    done: orderedMap(concat(head, rest), (job) => run(job, analyse), threads * WINDOW_PER_THREAD),
    onTotal: (listener) => {
      if (rest) counting = countInputs(plan, listener);
      else listener(head.filter((j) => j.kind !== 'skipped').length);
    },
    close: async () => {
      counting?.abort();
      await analyse.close();
    },
  };
}

/**
 * Where the articles are analysed: on a pool of worker threads, or on the main thread for a
 * single article or a small batch (workers would cost more to start than they save). An input
 * so long that its analysis would keep the main thread busy for a while goes to a worker even
 * alone, so Ctrl-C still stops at once: a signal is only handled when the main thread is free.
 */
async function startAnalysis(
  head: readonly Job[],
  more: boolean,
  size: { bytes: number; largest: number },
  jobs: number | undefined,
  beforeAnalysis?: () => void,
): Promise<{ analyse: AnalysisPool; threads: number }> {
  const analyses = head.filter((j) => j.kind === 'analyse').length;
  const maxThreads = jobs ?? availableParallelism();
  const script = workerScript();
  const gains = maxThreads > 1 && analyses > 1 && (jobs !== undefined || size.bytes >= POOL_MIN_BYTES);
  const responsive = jobs !== 1 && size.largest >= MAIN_THREAD_MAX_BYTES;
  if (script !== undefined && (gains || responsive)) {
    // A worker only to keep Ctrl-C prompt: one is enough.
    const threads = gains ? (more ? maxThreads : Math.min(maxThreads, analyses)) : 1;
    return { analyse: await startPool(script, threads), threads };
  }
  // Imported here: in a pooled run the main thread never loads wink-nlp.
  const { analyzeTask } = await import('../io/analyze-input.js');
  return { analyse: mainThreadPool((task) => analyzeTask(task, beforeAnalysis)), threads: 1 };
}

/** Turns each input into a job: skips finished outputs, reads standard input, sizes files. */
async function* toJobs(plan: BatchPlan): AsyncGenerator<Job> {
  const out = plan.out?.dir;
  for await (const entry of listBatchInputs(plan.inputs, plan.cwd, plan.shard, { records: plan.records })) {
    if (entry.kind === 'problem') yield { kind: 'failed', source: entry.source, message: entry.message };
    else if (entry.kind === 'skipped' || entry.kind === 'records') yield entry;
    // `precis --out corpus/briefs corpus/`: the briefs of a previous run are not articles.
    else if (out !== undefined && entry.input.kind === 'file' && isInside(entry.input.path, out)) continue;
    else yield await prepare(plan, entry);
  }
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

async function prepare(plan: BatchPlan, entry: Extract<BatchInput, { kind: 'input' }>): Promise<Job> {
  const { input } = entry;
  const { out, task: common } = plan;
  const outFile = out === undefined ? undefined : outputPath(out.dir, entry.name, out.extension);
  if (outFile !== undefined && !out?.force && input.kind === 'file' && !input.stream && isUpToDate(input.path, outFile)) return { kind: 'up-to-date' };
  if (input.kind === 'stdin' || (input.kind === 'file' && input.stream === true)) {
    // Only the main thread has standard input: read it here and send the text. A pipe by its
    // path too: its open may wait for a writer, which only the main thread can give up on (pipes.ts).
    try {
      const stream = input.kind === 'stdin' ? plan.stdin : (plan.opened?.get(input.path) ?? openStreamPath(input.path));
      const article = await readArticle(input, stream, common.maxBytes);
      return { kind: 'analyse', task: { ...common, kind: 'read', article }, source: input.source, outFile };
    } catch (error) {
      if (error instanceof ReadError) return { kind: 'failed', source: input.source, message: error.message };
      throw error;
    }
  }
  return { kind: 'analyse', task: { ...common, kind: 'input', input }, source: input.source, outFile };
}

/**
 * Looks ahead until it is clear whether the batch is worth a pool: two analyses and (unless
 * --jobs was given) POOL_MIN_BYTES of input, or the end. `rest` is undefined when the end came.
 */
async function peekAnalyses(
  jobs: AsyncGenerator<Job>,
  jobsGiven: boolean,
): Promise<{ head: Job[]; rest: AsyncGenerator<Job> | undefined; bytes: number; largest: number }> {
  const head: Job[] = [];
  let analyses = 0;
  let bytes = 0;
  let largest = 0;
  while (!(analyses > 1 && (jobsGiven || bytes >= POOL_MIN_BYTES))) {
    const next = await jobs.next();
    if (next.done) return { head, rest: undefined, bytes, largest };
    head.push(next.value);
    if (next.value.kind === 'analyse') {
      analyses++;
      const size = await sizeOf(next.value.task);
      bytes += size;
      largest = Math.max(largest, size);
    }
  }
  return { head, rest: jobs, bytes, largest };
}

async function sizeOf(task: AnalysisTask): Promise<number> {
  if (task.kind === 'read') return task.article.text.length;
  // A URL's size is unknown until fetched: count it as a long article.
  if (task.input.kind !== 'file') return 64 * 1024;
  if (task.input.size !== undefined) return task.input.size;
  return stat(task.input.path).then(
    (info) => info.size,
    () => 0,
  );
}

async function* concat<T>(head: readonly T[], rest: AsyncIterable<T> | undefined): AsyncGenerator<T> {
  yield* head;
  if (rest) yield* rest;
}

async function run(job: Job, analyse: AnalysisPool): Promise<Done> {
  if (job.kind !== 'analyse') return job;
  let outcome: AnalysisOutcome;
  try {
    outcome = await analyse.run(job.task);
  } catch (error) {
    // The worker died (out of memory, a crash in native code): that article only.
    outcome = {
      ok: false,
      source: job.source,
      message: `internal error while analysing ${job.source}: ${(error as Error)?.message ?? String(error)}`,
      bug: true,
    };
  }
  return { kind: 'analysed', outcome, outFile: job.outFile };
}

/** Counts the inputs in the background for the progress line (the walk itself is lazy). */
function countInputs(plan: BatchPlan, found: (total: number) => void): { abort(): void } {
  let aborted = false;
  void (async () => {
    let total = 0;
    for await (const entry of listBatchInputs(plan.inputs, plan.cwd, plan.shard, { records: plan.records })) {
      if (aborted) return;
      if (entry.kind !== 'skipped' && entry.kind !== 'records') total++;
    }
    found(total);
  })().catch(() => {});
  return { abort: () => void (aborted = true) };
}
