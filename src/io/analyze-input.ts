import { Readable } from 'node:stream';
import { analyze, articleFeatures, type AnalyzeOptions, type ArticleFeatures, type ArticleRecord } from '../index.js';
import { briefMarkdown } from '../render/markdown-brief.js';
import { recordLine } from '../render/ndjson.js';
import { selectRecord, type RecordSelection } from '../render/select.js';
import type { ArticleInput } from './inputs.js';
import { readArticle, ReadError, type ArticleSource, type ReadOptions } from './read-article.js';

/**
 * One unit of batch work, small enough to post to a worker: an input to read there (a file
 * path, a URL), or an article already read (standard input, which only the main thread has).
 */
export type AnalysisTask = {
  readonly options: Omit<AnalyzeOptions, 'source' | 'markdown'>;
  /**
   * What to send back: the record, or it already rendered as its NDJSON line or Markdown
   * brief. Rendering where the analysis ran spares the main thread copying the record across
   * threads and serialising it: with two cores, the main thread's time is a worker's time.
   */
  readonly format: OutputFormat;
  /** Only part of the quotes or entities, in every format. */
  readonly select?: RecordSelection;
  readonly maxBytes?: number;
  readonly read?: ReadOptions;
} & ({ readonly kind: 'input'; readonly input: Exclude<ArticleInput, { kind: 'stdin' }> } | { readonly kind: 'read'; readonly article: ArticleSource });

/** `digest`: the record boiled down to its digest features (a few KiB instead of the whole record). */
export type OutputFormat = 'record' | 'ndjson' | 'markdown' | 'digest';

export type AnalysisOutcome =
  | { readonly ok: true; readonly source: string; readonly record: ArticleRecord }
  | { readonly ok: true; readonly source: string; readonly rendered: string }
  | { readonly ok: true; readonly source: string; readonly features: ArticleFeatures }
  /** `bug`: the analyser threw (`error`, with its stack), which is precis's fault, not the input's. */
  | { readonly ok: false; readonly source: string; readonly message: string; readonly bug: boolean; readonly error?: unknown };

const NO_STDIN = Readable.from([]);

/**
 * Reads and analyses one input; failures come back as values so a batch can go on.
 * `beforeAnalysis` runs once the input is read, just before the (synchronous) analysis.
 */
export async function analyzeTask(task: AnalysisTask, beforeAnalysis?: () => void): Promise<AnalysisOutcome> {
  let article: ArticleSource;
  if (task.kind === 'read') article = task.article;
  else {
    try {
      article = await readArticle(task.input, NO_STDIN, task.maxBytes, task.read);
    } catch (error) {
      const source = task.input.source;
      const message = error instanceof ReadError ? error.message : `cannot read ${source}: ${(error as Error)?.message ?? String(error)}`;
      return { ok: false, source, message, bug: false };
    }
  }
  // Everything the reader learnt about the input (name, format, an HTML page's title) is an analyse option.
  const { text, ...about } = article;
  beforeAnalysis?.();
  try {
    const record = selectRecord(analyze(text, { ...task.options, ...about }), task.select);
    if (task.format === 'record') return { ok: true, source: record.source, record };
    if (task.format === 'digest') return { ok: true, source: record.source, features: articleFeatures(record) };
    return { ok: true, source: record.source, rendered: task.format === 'ndjson' ? recordLine(record) : briefMarkdown(record) };
  } catch (error) {
    return {
      ok: false,
      source: article.source,
      message: `internal error while analysing ${article.source}: ${(error as Error)?.message ?? String(error)}`,
      bug: true,
      error,
    };
  }
}
