/** precis: the public library API. The CLI uses only what is exported here. */
export { analyze, type AnalyzeOptions } from './core/analyze.js';
export { cleanArticle, type CleanOptions } from './core/clean/clean-article.js';
export { parseArticle } from './core/nlp/parse.js';
export { summarize, type SummaryMethod, type SummaryOptions } from './core/summarize/index.js';
export { extractQuotes } from './core/quotes/index.js';
export { rankQuotes } from './core/quotes/rank.js';
export { extractEntities } from './core/entities/index.js';
export { articleStats } from './core/stats.js';
export type * from './core/types.js';
