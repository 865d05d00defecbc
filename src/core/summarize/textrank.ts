import { pageRank, similarityGraph } from './graph.js';
import { sharedTermCount, type DocumentTerms } from './sentence-vectors.js';

/**
 * TextRank (Mihalcea & Tarau 2004): PageRank over sentences joined by their content-word
 * overlap, normalised by sentence length: |Si ∩ Sj| / (log|Si| + log|Sj|).
 */
export function textRankScores(terms: DocumentTerms): Float64Array {
  const { bags } = terms;
  const logWords = Float64Array.from(bags, (b) => Math.log(b.words));
  const graph = similarityGraph(bags.length, (i, j) => {
    const shared = sharedTermCount(bags[i]!, bags[j]!);
    const norm = logWords[i]! + logWords[j]!;
    return shared > 0 && norm > 0 ? shared / norm : 0;
  });
  return pageRank(graph);
}
