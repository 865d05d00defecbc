import { pageRank, similarityGraph } from './graph.js';
import type { DocumentTerms } from './sentence-vectors.js';
import { tfidfCosine } from './tfidf.js';

/**
 * LexRank (Erkan & Radev 2004), thresholded form: sentences whose TF-IDF cosine reaches 0.1
 * (the paper's best threshold) are linked, and PageRank over that unweighted graph ranks them.
 */
const LINK_THRESHOLD = 0.1;

export function lexRankScores(terms: DocumentTerms): Float64Array {
  const cosine = tfidfCosine(terms);
  const graph = similarityGraph(terms.bags.length, (i, j) => (cosine(i, j) >= LINK_THRESHOLD ? 1 : 0));
  return pageRank(graph);
}
