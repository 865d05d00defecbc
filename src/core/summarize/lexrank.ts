import { pageRank, type SimilarityGraph } from './graph.js';
import type { DocumentTerms } from './sentence-vectors.js';
import { sentenceGraphs } from './similarities.js';

/**
 * LexRank (Erkan & Radev 2004), thresholded form: sentences whose TF-IDF cosine reaches 0.1
 * (the paper's best threshold) are linked, and PageRank over that unweighted graph ranks them.
 */
const LINK_THRESHOLD = 0.1;

export function lexRankScores(terms: DocumentTerms): Float64Array {
  return pageRank(linkedPairs(sentenceGraphs(terms).cosine));
}

/** The cosine graph's edges at or above the threshold, each with weight 1, in the same order. */
function linkedPairs(cosine: SimilarityGraph): SimilarityGraph {
  const keep: number[] = [];
  for (let e = 0; e < cosine.weight.length; e++) if (cosine.weight[e]! >= LINK_THRESHOLD) keep.push(e);
  return {
    size: cosine.size,
    comparisons: cosine.comparisons,
    from: Int32Array.from(keep, (e) => cosine.from[e]!),
    to: Int32Array.from(keep, (e) => cosine.to[e]!),
    weight: new Float64Array(keep.length).fill(1),
  };
}
