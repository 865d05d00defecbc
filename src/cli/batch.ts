import path from 'node:path';
import type { AnalyzeOptions, ArticleFeatures, ArticleRecord } from '../index.js';
import type { OutputFormat } from '../io/analyze-input.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { startBatch, type BatchPlan } from '../io/batch-run.js';
import { ARTICLE_EXTENSIONS, describeFsError, type RecordsInput } from '../io/inputs.js';
import { outDirProblem } from '../io/out-dir.js';
import type { Shard } from '../io/shard.js';
import { errorLine } from '../render/ndjson.js';
import type { RecordSelection } from '../render/select.js';
import { ExitCode, UserError, type CliContext, type OutputStream } from './context.js';
import type { CommonFlags } from './options.js';
import { batchProgress, canAnimate, silentProgress, waitingSpinner, type Waiting } from './progress.js';

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
  /** Read for `-` instead of the context's standard input (digest: the stream it has looked into). */
  readonly stdin?: NodeJS.ReadableStream;
  /** Pipes named by a path that digest has looked into, by absolute path: read these streams instead. */
  readonly opened?: ReadonlyMap<string, NodeJS.ReadableStream>;
  /**
   * `precis digest`: reads a folder's (or a glob's) file of records, in its place among the articles;
   * true to stop the batch (--fail-fast and a bad line). Without it such files are not articles, and skipped.
   */
  readonly records?: (input: RecordsInput) => Promise<boolean>;
}

export interface OutFile {
  readonly render: (record: ArticleRecord) => string;
  readonly extension: '.md' | '.txt';
  /** What the command says on stderr about the article when it prints it, said when it writes the file too. */
  readonly note?: (record: ArticleRecord) => string | undefined;
}

/** The request fields that come straight from the flags every command shares. */
export function batchOptions(flags: CommonFlags): Omit<BatchRequest, 'inputs' | 'analyze'> {
  return {
    json: flags.json === true,
    maxBytes: flags.maxBytes,
    timeoutMs: flags.timeout === undefined ? undefined : flags.timeout * 1000,
    jobs: flags.jobs,
    out: flags.out,
    force: flags.force === true,
    failFast: flags.failFast === true,
    shard: flags.shard,
    color: flags.color,
  };
}

/**
 * The one processing loop of every command. Analyses every input (on worker threads for a
 * big batch) and, in input order, hands each record to `emit` (with whether there are
 * several articles, so output can say which is which); with `json` it prints the
 * NDJSON line itself (rendered where the analysis ran) and with `out` writes the file. A
 * failing input costs one line on stderr (and an error record with --json) and exit code 1
 * at the end; the rest of the batch goes on unless `failFast`.
 */
export async function processInputs(ctx: CliContext, request: BatchRequest, emit: (record: ArticleRecord, several: boolean) => void): Promise<void> {
  const out = outFolder(ctx, request.out);
  // A file in --out holds what the command prints: the record, the brief, or the command's own rendering of the record.
  const file = out !== undefined && !request.json ? request.file : undefined;
  const format: OutputFormat = request.features ? 'digest' : request.json ? 'ndjson' : out && !file ? 'markdown' : 'record';
  const extension = request.json ? '.json' : (file?.extension ?? '.md');
  const plan: BatchPlan = {
    inputs: request.inputs,
    cwd: ctx.cwd,
    stdin: request.stdin ?? ctx.stdin,
    task: { options: request.analyze, format, select: request.select, maxBytes: request.maxBytes, read: { timeoutMs: request.timeoutMs } },
    jobs: request.jobs,
    out: out === undefined ? undefined : { dir: out, extension, force: request.force === true },
    shard: request.shard,
    opened: request.opened,
    records: request.records !== undefined,
  };
  let waiting: Waiting | undefined;
  const running = await startBatch(plan, () => waiting?.now(`analysing ${running.first?.source ?? 'the input'}`));
  const batch = running.several;
  const animate = canAnimate(ctx, request.color);
  // A single input: a spinner if its fetch or analysis (the first load of the model) takes a while.
  if (!batch && animate) waiting = await waitingSpinner(ctx.stderr, `${running.first?.url ? 'fetching' : 'analysing'} ${running.first?.source ?? 'the input'}`);
  // The progress line, unless the results themselves are being printed on the same terminal.
  const progress = batch && animate && (out !== undefined || ctx.stdout.isTTY !== true) ? await batchProgress(ctx.stderr) : silentProgress(ctx.stderr);
  if (batch) running.onTotal(progress.setTotal);

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
      fail(source, `cannot write ${outFile}: ${describeFsError(error)}`);
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
    for await (const done of running.done) {
      waiting?.stop();
      if (done.kind === 'skipped') {
        if (tally.skipped === 0) tally.firstSkipped = done.example;
        tally.skipped += done.count;
        continue;
      }
      if (done.kind === 'records') {
        if (await request.records?.(done)) break;
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
      else if ('record' in done.outcome && file && done.outFile !== undefined) {
        const note = file.note?.(done.outcome.record);
        if (note !== undefined) progress.note(`precis: ${note}\n`);
        save(done.outcome.source, done.outFile, file.render(done.outcome.record));
      } else if ('record' in done.outcome || 'features' in done.outcome) {
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
    waiting?.stop();
    progress.stop();
    await running.close();
  }
  if (tally.skipped > 0) {
    const files = tally.skipped === 1 ? 'file that is not an article' : 'files that are not articles';
    ctx.stderr.write(
      `precis: skipped ${tally.skipped} ${files} (${tally.firstSkipped}${tally.skipped > 1 ? ', …' : ''}); articles are ${[...ARTICLE_EXTENSIONS].join(' ')} files\n`,
    );
  }
  if (request.failFast && tally.failed > 0) ctx.stderr.write('precis: stopped at the first failure (--fail-fast)\n');
  if (out) {
    const fresh = tally.upToDate > 0 ? `, ${tally.upToDate} already up to date` : '';
    ctx.stderr.write(
      `precis: wrote ${tally.analysed} file${tally.analysed === 1 ? '' : 's'} to ${request.out}${fresh}${tally.failed > 0 ? `, ${tally.failed} failed` : ''}\n`,
    );
  }
}

/** `--out DIR` made absolute, once it is known that files can be written there (else one line and exit 1, before any work). */
export function outFolder(ctx: CliContext, out: string | undefined): string | undefined {
  if (out === undefined) return undefined;
  const dir = path.resolve(ctx.cwd, out);
  const problem = outDirProblem(dir);
  if (problem !== undefined) throw new UserError(`cannot write to ${out}: ${problem}`, ExitCode.someInputFailed);
  return dir;
}

/** Waits while a slow reader (a pipe into a pager) catches up, so records do not pile up in memory. */
async function drained(stream: OutputStream): Promise<void> {
  const writable = stream as OutputStream & { writableNeedDrain?: boolean; once?: (event: 'drain', listener: () => void) => unknown };
  if (writable.writableNeedDrain && typeof writable.once === 'function') await new Promise<void>((resolve) => writable.once!('drain', resolve));
}
