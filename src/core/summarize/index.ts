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
  const { candidates, texts, selectable: alone } = candidateSentences(parsed);
  // Where none stands alone (one word, a line cut off at a comma, a short heading-like line),
  // they all may be chosen: a fragment of the article says more than an empty summary.
  const selectable = alone.includes(true) ? alone : alone.map(() => true);
  const terms = buildTermBags(parsed, candidates);
  // A sentence that does not stand alone (a caption glued on, a bare quote tail) still counts
  // as evidence of what the story is about: a caption repeating a fact makes the sentence that
  // states it more central (CNN/DailyMail highlights often share a caption's facts). It is never
  // chosen, and the lead bias counts only the sentences that may be, so a caption before the
  // story's second sentence does not push that sentence down the pyramid.
  let standing = 0;
  const positions = selectable.map((ok) => (ok ? standing++ : standing));
  const scores = scoreSentences(options.method ?? 'default', terms, texts, positions);
  for (let i = 0; i < scores.length; i++) if (!selectable[i]) scores[i] = -Infinity;
  const maxWords = wordBudget(options);
  const chosen = selectSentences(scores, terms.bags, {
    maxSentences: sentenceLimit(options, standing),
    ...(maxWords !== undefined ? { maxWords } : {}),
  });
  return chosen.map((c) => {
    const index = candidates[c]!;
    const { start, end } = parsed.sentences[index]!;
    return { index, start, end, text: texts[c]! };
  });
}

/**
 * Sentences a summary weighs: body paragraphs only (never the title or a heading), with words,
 * not page furniture (a byline or time stamp, see page-furniture.ts). Returns their indices and
 * texts, and which of them may be chosen: those standing on their own (no bare quote
 * continuation, no caption run into a sentence or glued on without a full stop, see
 * stands-alone.ts).
 */
function candidateSentences(parsed: ParsedArticle): { candidates: number[]; texts: string[]; selectable: boolean[] } {
  const candidates: number[] = [];
  const texts: string[] = [];
  const selectable: boolean[] = [];
  let previous: string | undefined;
  parsed.sentences.forEach((s, index) => {
    if (s.block < 0 || parsed.article.blocks[s.block]?.kind !== 'paragraph') return;
    const text = parsed.article.text.slice(s.start, s.end);
    if (!isPageFurniture(text, previous)) {
      candidates.push(index);
      texts.push(text);
      selectable.push(standsAlone(text, parsed.sentences[index + 1]?.block !== s.block));
    }
    previous = text;
  });
  return { candidates, texts, selectable };
}

/** Higher is better; one score per candidate, in article order. `positions`: each one's place in the lead bias. */
function scoreSentences(method: SummaryMethod, terms: DocumentTerms, texts: readonly string[], positions: readonly number[]): Float64Array {
  switch (method) {
    case 'lead':
      return Float64Array.from(terms.bags, (_, i) => -i);
    case 'textrank':
      return textRankScores(terms);
    case 'lexrank':
      return lexRankScores(terms);
    case 'default':
      return positionCentralityScores(terms, texts, positions);
  }
}
