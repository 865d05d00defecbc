/** precis: the public library API. The CLI uses only what is exported here. */
export { analyze, type AnalyzeOptions } from './core/analyze.js';
export { cleanArticle, type CleanOptions } from './core/clean/clean-article.js';
export { parseArticle } from './core/nlp/parse.js';
export { summarize, type SummaryMethod, type SummaryOptions } from './core/summarize/index.js';
export { extractQuotes } from './core/quotes/index.js';
export { rankQuotes } from './core/quotes/rank.js';
export { extractEntities } from './core/entities/index.js';
export { articleStats } from './core/stats.js';
export { digest, articleFeatures, DEFAULT_THRESHOLD, type ArticleFeatures, type DigestOptions, type FeatureOptions } from './core/digest/index.js';
export type { DigestItem, Story, StoryArticle, StorySentence, StoryEntity, StoryQuote, SpeakerQuotes } from './core/digest/types.js';

// Scoring against corpora, as `precis eval` does (ROUGE, CoNLL-2003 spans, PolNeAR attributions).
export { rouge, type RougeScore, type RougeScores } from './core/eval/rouge.js';
export { bcubed, pairScores, type BCubed } from './core/eval/bcubed.js';
export { referenceSentenceCount } from './core/eval/reference.js';
export { tagDocument } from './core/entities/index.js';
export { alignMentions, renderConllArticle } from './core/eval/conll-article.js';
export { junkNames } from './core/eval/junk.js';
export { parseConll, scoreSpans, selectSentences, type ConllDocument, type ConllScore, type TypeScore } from './core/eval/conll.js';
export { POLNEAR_FLOORS, addCounts, belowFloors, emptyCounts, figuresOf, scoreDocument, type PolnearCounts, type PolnearFigures } from './core/eval/polnear.js';
export type { PolnearError } from './core/eval/polnear-errors.js';
export { readPolnearJson, type PolnearDocument } from './core/eval/polnear-format.js';
export { matchDocument } from './core/eval/polnear-match.js';
export { formatMiss, polnearMisses, type PolnearMiss } from './core/eval/polnear-misses.js';
export type * from './core/types.js';
