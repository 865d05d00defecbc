import type { ParsedArticle, SummarySentence } from '../types.js';
import { sentenceLimit, wordBudget } from './length.js';
import { lexRankScores } from './lexrank.js';
import { isPageFurniture } from './page-furniture.js';
import { positionCentralityScores } from './position-centrality.js';
import { selectSentences } from './select.js';
import { standsAlone } from './stands-alone.js';
import { buildTermBags, type DocumentTerms } from './sentence-vectors.js';
import { textRankScores } from './textrank.js';

/**
 * Extractive summaries: sentences taken verbatim from the article body, in article order.
 * `default` is position-augmented centrality (see position-centrality.ts); `lead`, `textrank`
 * and `lexrank` are the classic baselines.
 */
export type SummaryMethod = 'default' | 'lead' | 'textrank' | 'lexrank';

export interface SummaryOptions {
  /** @default 'default' */
  readonly method?: SummaryMethod;
  /** Exact number of sentences (fewer only when the article has fewer). Wins over `words` and `ratio`. */
  readonly sentences?: number;
  /** Word budget: stop before it is passed, at least one sentence. Wins over `ratio`. */
  readonly words?: number;
  /** Fraction of the article's sentences, at least one. */
  readonly ratio?: number;
}

/** Summarises a parsed article. With no length option: about 20% of the sentences, 1 to 5. */
export function summarize(parsed: ParsedArticle, options: SummaryOptions = {}): SummarySentence[] {
  const { candidates, texts } = candidateSentences(parsed);
  const terms = buildTermBags(parsed, candidates);
  const scores = scoreSentences(options.method ?? 'default', terms, texts);
  const maxWords = wordBudget(options);
  const chosen = selectSentences(scores, terms.bags, {
    maxSentences: sentenceLimit(options, candidates.length),
    ...(maxWords !== undefined ? { maxWords } : {}),
  });
  return chosen.map((c) => {
    const index = candidates[c]!;
    const { start, end } = parsed.sentences[index]!;
    return { index, start, end, text: texts[c]! };
  });
}

/**
 * Sentences a summary may use: body paragraphs only (never the title or a heading), with
 * words, not page furniture (a byline or time stamp, see page-furniture.ts), and standing on
 * their own (no bare quote continuation or caption run-on, see stands-alone.ts). Returns
 * their indices and texts.
 */
function candidateSentences(parsed: ParsedArticle): { candidates: number[]; texts: string[] } {
  const candidates: number[] = [];
  const texts: string[] = [];
  let previous: string | undefined;
  parsed.sentences.forEach((s, index) => {
    if (s.block < 0 || parsed.article.blocks[s.block]?.kind !== 'paragraph') return;
    const text = parsed.article.text.slice(s.start, s.end);
    if (!isPageFurniture(text, previous) && standsAlone(text)) {
      candidates.push(index);
      texts.push(text);
    }
    previous = text;
  });
  return { candidates, texts };
}

/** Higher is better; one score per candidate, in article order. */
function scoreSentences(method: SummaryMethod, terms: DocumentTerms, texts: readonly string[]): Float64Array {
  switch (method) {
    case 'lead':
      return Float64Array.from(terms.bags, (_, i) => -i);
    case 'textrank':
      return textRankScores(terms);
    case 'lexrank':
      return lexRankScores(terms);
    case 'default':
      return positionCentralityScores(terms, texts);
  }
}
