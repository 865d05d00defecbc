import { cleanArticle, type CleanOptions } from './clean/clean-article.js';
import { extractEntities } from './entities/index.js';
import { parseArticle } from './nlp/parse.js';
import { extractQuotes, threadQuoteScratch } from './quotes/index.js';
import { articleStats } from './stats.js';
import { summarize, type SummaryOptions } from './summarize/index.js';
import type { ArticleRecord, Entity, Quote, SummarySentence } from './types.js';

export interface AnalyzeOptions extends CleanOptions {
  /** Where the text came from; copied into the record. @default '' */
  readonly source?: string;
  readonly summary?: SummaryOptions;
  /**
   * Which analyses to run. Skipping the ones a command does not print saves time;
   * skipped parts come back as empty arrays. @default all three
   */
  readonly parts?: { readonly summary?: boolean; readonly quotes?: boolean; readonly entities?: boolean };
}

/** Cleans, parses once, and runs the summary, quote and entity analyses over the one parse. */
export function analyze(raw: string, options: AnalyzeOptions = {}): ArticleRecord {
  const article = cleanArticle(raw, options);
  const parsed = parseArticle(article);
  const want = { summary: true, quotes: true, entities: true, ...options.parts };
  const entities: Entity[] = want.entities || want.quotes ? extractEntities(parsed) : [];
  const quotes: Quote[] = want.quotes ? extractQuotes(parsed, entities, threadQuoteScratch) : [];
  const summary: SummarySentence[] = want.summary ? summarize(parsed, options.summary) : [];
  return {
    source: options.source ?? '',
    title: article.title,
    byline: article.byline,
    date: article.date,
    text: article.text,
    blocks: article.blocks,
    stats: articleStats(parsed),
    summary,
    quotes,
    entities: want.entities ? entities : [],
  };
}
