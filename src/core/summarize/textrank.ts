import { pageRank } from './graph.js';
import type { DocumentTerms } from './sentence-vectors.js';
import { sentenceGraphs } from './similarities.js';

/**
 * TextRank (Mihalcea & Tarau 2004): PageRank over sentences joined by their content-word
 * overlap, normalised by sentence length: |Si ∩ Sj| / (log|Si| + log|Sj|) (the `overlap`
 * graph of similarities.ts).
 */
export function textRankScores(terms: DocumentTerms): Float64Array {
  return pageRank(sentenceGraphs(terms).overlap);
}
