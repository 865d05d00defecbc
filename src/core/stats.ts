import { isWordLike } from './summarize/sentence-vectors.js';
import type { ArticleStats, ParsedArticle } from './types.js';

/** Silent reading speed for news prose, words per minute (Brysbaert 2019: 238 wpm for English non-fiction). */
const WORDS_PER_MINUTE = 238;

export function articleStats(parsed: ParsedArticle): ArticleStats {
  let words = 0;
  for (const t of parsed.tokens) if (isWordLike(t.value)) words++;
  return {
    words,
    // The headline is block -1: it is not one of the article's sentences.
    sentences: parsed.sentences.filter((s) => s.block >= 0).length,
    readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
}
