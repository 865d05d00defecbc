import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { AnalyzeOptions, ArticleFeatures, ArticleRecord } from '../index.js';
import type { AnalysisOutcome, AnalysisTask, OutputFormat } from '../io/analyze-input.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { listBatchInputs, type BatchInput } from '../io/batch-inputs.js';
import { ARTICLE_EXTENSIONS } from '../io/inputs.js';
import { orderedMap } from '../io/ordered.js';
import { isUpToDate, outputPath } from '../io/out-dir.js';
import { mainThreadPool, startPool, workerScript, type AnalysisPool } from '../io/pool.js';
import { readArticle, ReadError } from '../io/read-article.js';
import type { Shard } from '../io/shard.js';
import type { RecordSelection } from '../render/select.js';
import { ExitCode, type CliContext, type OutputStream } from './context.js';
import type { CommonFlags } from './options.js';
import { batchProgress, canAnimate, silentProgress, waitingSpinner, type Progress, type Waiting } from './progress.js';
import { errorLine } from '../render/ndjson.js';

export interface BatchRequest {
  readonly inputs: readonly string[];
  /** Analysis options shared by every article (summary length, which parts to run). */
  readonly analyze: Omit<AnalyzeOptions, 'source' | 'markdown'>;
  /**
   * NDJSON: each record is printed here as one line (`emit` is not called), a failure as
   * `{"source", "error"}`; with `out`, .json files instead of Markdown.
   */
  readonly json: boolean;
  readonly maxBytes?: number;
  /** Time limit for fetching each URL input, in milliseconds. */
  readonly timeoutMs?: number;
  /** Worker threads at most. @default one per core, and only for batches big enough to gain from them */
  readonly jobs?: number;
  /** Write one file per article under this folder instead of printing. */
  readonly out?: string;
  /**
   * With `out` and without `json`: what each file holds, the command's own output for that
   * article. @default the brief in Markdown (`.md`), rendered where the analysis ran
   */
  readonly file?: OutFile;
  /** With `out`: redo outputs that are already newer than their input. */
  readonly force?: boolean;
  /** Stop at the first input that fails. */
  readonly failFast?: boolean;
  /** Process only this slice of the inputs. */
  readonly shard?: Shard;
  /** `precis digest`: each article's digest features go to this instead of its record to `emit`. */
  readonly features?: (features: ArticleFeatures) => void;
  /** Only part of each record (`--speaker`, `--type`): in what is printed, the JSON and --out files alike. */
  readonly select?: RecordSelection;
  /** `--no-color` (false): no spinner or progress line either. */
  readonly color?: boolean;
}

export interface OutFile {
  readonly render: (record: ArticleRecord) => string;
  readonly extension: '.md' | '.txt';
}

/** The request fields that come straight from the flags every command shares. */
export function batchOptions(flags: CommonFlags): Omit<BatchRequest, 'inputs' | 'analyze'> {
  return { json: flags.json === true, maxBytes: flags.maxBytes, timeoutMs: flags.timeout === undefined ? undefined : flags.timeout * 1000, jobs: flags.jobs, out: flags.out, force: flags.force === true, failFast: flags.failFast === true, shard: flags.shard, color: flags.color };
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
  | { readonly kind: 'skipped'; readonly count: number; readonly example: string };

type Done = Exclude<Job, { kind: 'analyse' }> | { readonly kind: 'analysed'; readonly outcome: AnalysisOutcome; readonly outFile?: string };

/**
 * The one processing loop of every command. Analyses every input (on worker threads for a
 * big batch) and, in input order, hands each record to `emit` (with whether there are
 * several articles, so output can say which is which); with `json` it prints the
 * NDJSON line itself (rendered where the analysis ran) and with `out` writes the file. A
 * failing input costs one line on stderr (and an error record with --json) and exit code 1
 * at the end; the rest of the batch goes on unless `failFast`.
 */
export async function processInputs(ctx: CliContext, request: BatchRequest, emit: (record: ArticleRecord, several: boolean) => void): Promise<void> {
  const out = request.out === undefined ? undefined : path.resolve(ctx.cwd, request.out);
  // A file in --out holds what the command prints: the record, the brief, or the command's own rendering of the record.
  const file = out !== undefined && !request.json ? request.file : undefined;
  const format: OutputFormat = request.features ? 'digest' : request.json ? 'ndjson' : out && !file ? 'markdown' : 'record';
  const look = await peekAnalyses(toJobs(ctx, request, out, { options: request.analyze, format, select: request.select }), request.jobs !== undefined);
  const { head, rest } = look;
  // The look-ahead leaves a `rest` only after two analyses, so a `rest` is always a batch.
  const batch = head.length > 1;
  const animate = canAnimate(ctx, request.color);
  // A single input: a spinner if its fetch or analysis (the first load of the model) takes a while.
  const waiting = !batch && animate ? waitingSpinner(ctx.stderr, waitText(head[0])) : undefined;
  const beforeAnalysis = waiting && (() => waiting.now(`analysing ${sourceOf(head[0])}`));
  const { analyse, threads } = await startAnalysis(head, rest !== undefined, look, request.jobs, beforeAnalysis);
  // The progress line, unless the results themselves are being printed on the same terminal.
  const progress = batch && animate && (out !== undefined || ctx.stdout.isTTY !== true) ? batchProgress(ctx.stderr) : silentProgress(ctx.stderr);
  const counting = rest ? countInputs(ctx, request, progress) : undefined;
  if (batch && !rest) progress.setTotal(head.filter((j) => j.kind !== 'skipped').length);

  const tally = { analysed: 0, failed: 0, upToDate: 0, skipped: 0, firstSkipped: '' };
  const written = new Set<string>();
  const save = (source: string, outFile: string, text: string) => {
    if (written.has(outFile)) return fail(source, `not writing ${outFile}: an earlier input of this run has the same output file`);
    try {
      writeFileAtomic(outFile, text);
      written.add(outFile);
      tally.analysed++;
      progress.tick();
    } catch (error) {
      fail(source, `cannot write ${outFile}: ${(error as Error).message}`);
    }
  };
  const fail = (source: string, message: string, bug = false) => {
    tally.failed++;
    progress.tick(true);
    progress.note(`precis: ${message}\n`);
    if (request.json && !out) ctx.stdout.write(errorLine(source, message));
    ctx.exitCode = Math.max(ctx.exitCode, bug ? ExitCode.internal : ExitCode.someInputFailed);
  };
  try {
    const all = concat(head, rest);
    for await (const done of orderedMap(all, (job) => run(job, analyse), threads * WINDOW_PER_THREAD)) {
      waiting?.stop();
      if (done.kind === 'skipped') {
        if (tally.skipped === 0) tally.firstSkipped = done.example;
        tally.skipped += done.count;
        continue;
      }
      if (done.kind === 'up-to-date') {
        tally.upToDate++;
        progress.tick();
        continue;
      }
      if (done.kind === 'failed') fail(done.source, done.message);
      // One article and a bug: no batch to carry on with; main reports it (with --debug, the stack).
      else if (!done.outcome.ok && done.outcome.bug && !batch) throw done.outcome.error;
      else if (!done.outcome.ok) fail(done.outcome.source, done.outcome.message, done.outcome.bug);
      else if ('record' in done.outcome && file && done.outFile !== undefined) save(done.outcome.source, done.outFile, file.render(done.outcome.record));
      else if ('record' in done.outcome || 'features' in done.outcome) {
        if ('record' in done.outcome) emit(done.outcome.record, batch);
        else request.features?.(done.outcome.features);
        tally.analysed++;
        progress.tick();
        await drained(ctx.stdout);
      } else if (done.outFile === undefined) {
        ctx.stdout.write(done.outcome.rendered);
        tally.analysed++;
        progress.tick();
        await drained(ctx.stdout);
      } else save(done.outcome.source, done.outFile, done.outcome.rendered);
      if (request.failFast && tally.failed > 0) break;
    }
  } finally {
    counting?.abort();
    waiting?.stop();
    progress.stop();
    await analyse.close();
  }
  if (tally.skipped > 0) {
    const files = tally.skipped === 1 ? 'file that is not an article' : 'files that are not articles';
    ctx.stderr.write(`precis: skipped ${tally.skipped} ${files} (${tally.firstSkipped}${tally.skipped > 1 ? ', …' : ''}); articles are ${[...ARTICLE_EXTENSIONS].join(' ')} files\n`);
  }
  if (request.failFast && tally.failed > 0) ctx.stderr.write('precis: stopped at the first failure (--fail-fast)\n');
  if (out) {
    const fresh = tally.upToDate > 0 ? `, ${tally.upToDate} already up to date` : '';
    ctx.stderr.write(`precis: wrote ${tally.analysed} file${tally.analysed === 1 ? '' : 's'} to ${request.out}${fresh}${tally.failed > 0 ? `, ${tally.failed} failed` : ''}\n`);
  }
}

/**
 * Where the articles are analysed: on a pool of worker threads, or on the main thread for a
 * single article or a small batch (workers would cost more to start than they save). An input
 * so long that its analysis would keep the main thread busy for a while goes to a worker even
 * alone, so Ctrl-C still stops at once: a signal is only handled when the main thread is free.
 */
async function startAnalysis(head: readonly Job[], more: boolean, size: { bytes: number; largest: number }, jobs: number | undefined, beforeAnalysis?: () => void): Promise<{ analyse: AnalysisPool; threads: number }> {
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
async function* toJobs(ctx: CliContext, request: BatchRequest, out: string | undefined, work: Pick<AnalysisTask, 'options' | 'format' | 'select'>): AsyncGenerator<Job> {
  for await (const entry of listBatchInputs(request.inputs, ctx.cwd, request.shard)) {
    if (entry.kind === 'problem') yield { kind: 'failed', source: entry.source, message: entry.message };
    else if (entry.kind === 'skipped') yield entry;
    // `precis --out corpus/briefs corpus/`: the briefs of a previous run are not articles.
    else if (out !== undefined && entry.input.kind === 'file' && isInside(entry.input.path, out)) continue;
    else yield await prepare(ctx, request, entry, out, work);
  }
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

async function prepare(ctx: CliContext, request: BatchRequest, entry: Extract<BatchInput, { kind: 'input' }>, out: string | undefined, work: Pick<AnalysisTask, 'options' | 'format' | 'select'>): Promise<Job> {
  const { input } = entry;
  const outFile = out === undefined ? undefined : outputPath(out, entry.name, request.json ? '.json' : (request.file?.extension ?? '.md'));
  if (outFile !== undefined && !request.force && input.kind === 'file' && isUpToDate(input.path, outFile)) return { kind: 'up-to-date' };
  const common = { ...work, maxBytes: request.maxBytes, read: { timeoutMs: request.timeoutMs } };
  if (input.kind === 'stdin') {
    // Only the main thread has standard input: read it here and send the text.
    try {
      const article = await readArticle(input, ctx.stdin, request.maxBytes);
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
async function peekAnalyses(jobs: AsyncGenerator<Job>, jobsGiven: boolean): Promise<{ head: Job[]; rest: AsyncGenerator<Job> | undefined; bytes: number; largest: number }> {
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

function sourceOf(job: Job | undefined): string {
  return job !== undefined && (job.kind === 'analyse' || job.kind === 'failed') ? job.source : 'the input';
}

function waitText(job: Job | undefined): string {
  const url = job?.kind === 'analyse' && job.task.kind === 'input' && job.task.input.kind === 'url';
  return url ? `fetching ${sourceOf(job)}` : `analysing ${sourceOf(job)}`;
}

async function sizeOf(task: AnalysisTask): Promise<number> {
  if (task.kind === 'read') return task.article.text.length;
  // A URL's size is unknown until fetched: count it as a long article.
  if (task.input.kind !== 'file') return 64 * 1024;
  return stat(task.input.path).then((info) => info.size, () => 0);
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
    outcome = { ok: false, source: job.source, message: `internal error while analysing ${job.source}: ${(error as Error)?.message ?? String(error)}`, bug: true };
  }
  return { kind: 'analysed', outcome, outFile: job.outFile };
}

/** Counts the inputs in the background for the progress line (the walk itself is lazy). */
function countInputs(ctx: CliContext, request: BatchRequest, progress: Progress): { abort(): void } {
  let aborted = false;
  void (async () => {
    let total = 0;
    for await (const entry of listBatchInputs(request.inputs, ctx.cwd, request.shard)) {
      if (aborted) return;
      if (entry.kind !== 'skipped') total++;
    }
    progress.setTotal(total);
  })().catch(() => {});
  return { abort: () => void (aborted = true) };
}

/** Waits while a slow reader (a pipe into a pager) catches up, so records do not pile up in memory. */
async function drained(stream: OutputStream): Promise<void> {
  const writable = stream as OutputStream & { writableNeedDrain?: boolean; once?: (event: 'drain', listener: () => void) => unknown };
  if (writable.writableNeedDrain && typeof writable.once === 'function') await new Promise<void>((resolve) => writable.once!('drain', resolve));
}
