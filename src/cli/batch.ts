import { analyze, type AnalyzeOptions, type ArticleRecord } from '../index.js';
import { discoverInputs } from '../io/inputs.js';
import { readArticle, ReadError } from '../io/read-article.js';
import type { CliContext } from './context.js';
import { errorLine } from './render/json.js';

export interface BatchRequest {
  readonly inputs: readonly string[];
  /** Analysis options shared by every article (summary length, which parts to run). */
  readonly analyze: Omit<AnalyzeOptions, 'source' | 'markdown'>;
  /** Print failures as `{"source", "error"}` NDJSON records too. */
  readonly json: boolean;
  readonly maxBytes?: number;
}

/**
 * Analyses every input in order and hands each record to `emit`. A failing input costs one
 * line on stderr and exit code 1; the rest of the batch goes on.
 */
export async function processInputs(ctx: CliContext, request: BatchRequest, emit: (record: ArticleRecord) => void): Promise<void> {
  const fail = (source: string, message: string) => {
    ctx.stderr.write(`precis: ${message}\n`);
    if (request.json) ctx.stdout.write(errorLine(source, message));
    ctx.exitCode = Math.max(ctx.exitCode, 1);
  };
  for await (const input of discoverInputs(request.inputs, ctx.cwd)) {
    if (input.kind === 'problem') {
      fail(input.source, input.message);
      continue;
    }
    let source;
    try {
      source = await readArticle(input, ctx.stdin, request.maxBytes);
    } catch (error) {
      if (error instanceof ReadError) {
        fail(input.source, error.message);
        continue;
      }
      throw error;
    }
    emit(analyze(source.text, { ...request.analyze, source: source.source, markdown: source.markdown }));
  }
}
