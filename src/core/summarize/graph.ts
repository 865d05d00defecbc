/**
 * Sentence similarity graphs for the centrality methods, bounded for long inputs: a sentence is
 * compared only with the `window` sentences after it, so a graph over n sentences has at most
 * n·window edges (a 10,000-sentence input makes ~10^6 comparisons, not 5·10^7). News articles
 * are far shorter than the default window, so for them the graph is complete.
 */
export const GRAPH_WINDOW = 100;

/** Undirected edges with positive weight, `from[e] < to[e]`, as parallel typed arrays. */
export interface SimilarityGraph {
  readonly size: number;
  /** Sentence pairs compared (the work done), at most size·window. */
  readonly comparisons: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly weight: Float64Array;
}

export function similarityGraph(
  size: number,
  similarity: (i: number, j: number) => number,
  window: number = GRAPH_WINDOW,
): SimilarityGraph {
  let pairs = 0;
  for (let i = 0; i < size; i++) pairs += Math.min(window, size - 1 - i);
  const from = new Int32Array(pairs);
  const to = new Int32Array(pairs);
  const weight = new Float64Array(pairs);
  let edges = 0;
  for (let i = 0; i < size; i++) {
    const last = Math.min(size - 1, i + window);
    for (let j = i + 1; j <= last; j++) {
      const w = similarity(i, j);
      if (w > 0) {
        from[edges] = i;
        to[edges] = j;
        weight[edges] = w;
        edges++;
      }
    }
  }
  return { size, comparisons: pairs, from: from.subarray(0, edges), to: to.subarray(0, edges), weight: weight.subarray(0, edges) };
}

/**
 * Weighted PageRank (Brin & Page 1998) over an undirected graph, as TextRank and LexRank use
 * it, with the usual damping of 0.85. A node without edges keeps only the teleport share.
 * Iterates until the ranks (summing to 1) move less than `tolerance` in total: far finer than
 * any difference that changes which sentences are picked.
 */
export function pageRank(graph: SimilarityGraph, damping = 0.85, maxIterations = 100, tolerance = 1e-6): Float64Array {
  const { size: n, from, to, weight } = graph;
  const strength = new Float64Array(n);
  for (let e = 0; e < weight.length; e++) {
    strength[from[e]!]! += weight[e]!;
    strength[to[e]!]! += weight[e]!;
  }
  let rank = new Float64Array(n).fill(1 / Math.max(1, n));
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    for (let i = 0; i < n; i++) share[i] = strength[i]! > 0 ? (damping * rank[i]!) / strength[i]! : 0;
    next.fill((1 - damping) / n);
    for (let e = 0; e < weight.length; e++) {
      const a = from[e]!;
      const b = to[e]!;
      next[b]! += share[a]! * weight[e]!;
      next[a]! += share[b]! * weight[e]!;
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs(next[i]! - rank[i]!);
    [rank, next] = [next, rank];
    if (change < tolerance) break;
  }
  return rank;
}
