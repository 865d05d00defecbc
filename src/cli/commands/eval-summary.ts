import { Command, Option } from 'commander';
import path from 'node:path';
import { cleanArticle, parseArticle, referenceSentenceCount, rouge, summarize, type ParsedArticle, type RougeScores, type SummaryMethod } from '../../index.js';
import { evenSample, findPairs, readPair, unusablePath } from '../../io/eval-pairs.js';
import { UserError, type CliContext } from '../context.js';
import { positiveInt } from '../options.js';

const METHODS: readonly SummaryMethod[] = ['default', 'textrank', 'lexrank', 'lead'];

const HELP = `
Pairs: ARTICLES/<path> is scored against REFDIR/<path> (bbc-dev: articles/ vs summaries/);
<n>.article.txt against <n>.highlights.txt in REFDIR (cnndm-dev: REFDIR is the same folder).
Length: --sentences N for every article, or --match-length (the default): as many sentences as
the reference has. Scores are ROUGE F1 x100, averaged over articles, computed as Google's
rouge-score does by default (lower-cased a-z0-9 tokens, no stemming); ROUGE-L is the LCS over
the whole text (rougeL, not rougeLsum). Lead (the first k sentences) is always reported.

Examples:
  $ precis eval summary --refs ../shared/corpora/cnndm-dev --sentences 3 ../shared/corpora/cnndm-dev
  $ precis eval summary --refs ../shared/corpora/bbc-dev/summaries --limit 400 ../shared/corpora/bbc-dev/articles
`;

interface EvalFlags {
  refs: string;
  method?: SummaryMethod;
  sentences?: number;
  matchLength?: boolean;
  limit?: number;
  json?: boolean;
}

export interface MethodScores {
  readonly rouge1: number;
  readonly rouge2: number;
  readonly rougeL: number;
}

/** `precis eval summary ...` */
export function evalSummaryCommand(ctx: CliContext): Command {
  return new Command('summary')
    .description('score summaries against reference summaries (ROUGE-1/2/L F1)')
    .argument('<articles>', 'folder of articles (or one article file)')
    .requiredOption('--refs <dir>', 'folder of reference summaries')
    .addOption(new Option('--method <name>', 'score only this method (and lead)').choices(METHODS))
    .addOption(new Option('-n, --sentences <n>', 'summary length in sentences').argParser(positiveInt).conflicts('matchLength'))
    .option('--match-length', 'as many sentences as the reference has (default)')
    .addOption(new Option('--limit <n>', 'score a fixed, evenly spaced sample of n articles').argParser(positiveInt))
    .option('--json', 'print the scores as JSON')
    .addHelpText('after', HELP)
    .action(async (articles: string, flags: EvalFlags) => {
      const articlesPath = path.resolve(ctx.cwd, articles);
      const refsPath = path.resolve(ctx.cwd, flags.refs);
      const unusable = unusablePath(articlesPath, refsPath);
      if (unusable === 'articles') throw new UserError(`cannot read ${articles}: no such file or folder`);
      if (unusable === 'refs') throw new UserError(`--refs ${flags.refs}: not a folder`);

      const found = findPairs(articlesPath, refsPath);
      if (found.missing.length > 0) ctx.stderr.write(`precis: ${found.missing.length} article(s) without a reference skipped (first: ${found.missing[0]})\n`);
      const pairs = flags.limit !== undefined ? evenSample(found.pairs, flags.limit) : found.pairs;
      if (pairs.length === 0) throw new UserError(`no article/reference pairs found in ${articles} with --refs ${flags.refs}`);

      const methods: SummaryMethod[] = flags.method && flags.method !== 'lead' ? [flags.method, 'lead'] : flags.method === 'lead' ? ['lead'] : [...METHODS];
      const totals = new Map(methods.map((m) => [m, { rouge1: 0, rouge2: 0, rougeL: 0 }]));
      let failed = 0;
      for (const pair of pairs) {
        let parsed: ParsedArticle;
        let reference: string;
        try {
          const texts = readPair(pair);
          parsed = parseArticle(cleanArticle(texts.article));
          reference = texts.reference;
        } catch (error) {
          failed++;
          ctx.stderr.write(`precis: ${pair.name}: ${(error as Error).message}\n`);
          continue;
        }
        const sentences = flags.sentences ?? referenceSentenceCount(reference, parsed);
        for (const method of methods) {
          const summary = summarize(parsed, { method, sentences });
          add(totals.get(method)!, rouge(summary.map((s) => s.text).join('\n'), reference));
        }
      }
      if (failed > 0) ctx.exitCode = Math.max(ctx.exitCode, 1);
      const scored = pairs.length - failed;
      const results = methods.map((method) => ({ method, ...mean(totals.get(method)!, scored) }));
      const length = flags.sentences !== undefined ? `${flags.sentences} sentences` : "the reference's sentence count";
      if (flags.json) {
        ctx.stdout.write(`${JSON.stringify({ articles: scored, length, metric: 'rouge-score F1 (rouge1, rouge2, rougeL), no stemming', results })}\n`);
      } else {
        ctx.stdout.write(formatTable(results, `${scored} articles, ${length}`, flags.sentences));
      }
    });
}

function add(total: { rouge1: number; rouge2: number; rougeL: number }, scores: RougeScores): void {
  total.rouge1 += scores.rouge1.f1;
  total.rouge2 += scores.rouge2.f1;
  total.rougeL += scores.rougeL.f1;
}

function mean(total: MethodScores, count: number): MethodScores {
  const round = (x: number) => Math.round((10000 * x) / Math.max(1, count)) / 10000;
  return { rouge1: round(total.rouge1), rouge2: round(total.rouge2), rougeL: round(total.rougeL) };
}

function formatTable(results: readonly ({ method: SummaryMethod } & MethodScores)[], caption: string, sentences: number | undefined): string {
  const label = (m: SummaryMethod) => (m === 'lead' ? `lead-${sentences ?? 'k'}` : m);
  const cell = (x: number) => (100 * x).toFixed(2).padStart(7);
  const rows = results.map((r) => `${label(r.method).padEnd(10)}${cell(r.rouge1)}${cell(r.rouge2)}${cell(r.rougeL)}`);
  return [`ROUGE F1 x100, ${caption}`, `${'method'.padEnd(10)}${'R-1'.padStart(7)}${'R-2'.padStart(7)}${'R-L'.padStart(7)}`, ...rows, ''].join('\n');
}
