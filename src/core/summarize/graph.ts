import { Float64Scratch, Int32Scratch } from './scratch.js';

/**
 * Sentence similarity graphs for the centrality methods (built by similarities.ts), bounded for
 * long inputs: a sentence is compared only with the `window` sentences after it, so a graph over
 * n sentences has at most n·window edges (a 10,000-sentence input makes ~10^6 comparisons, not
 * 5·10^7). News articles are far shorter than the default window, so for them the graph is complete.
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

/** Pairs (i, j), i < j ≤ i + window, over `size` sentences. */
export function pairCount(size: number, window: number): number {
  let pairs = 0;
  for (let i = 0; i < size; i++) pairs += Math.min(window, size - 1 - i);
  return pairs;
}

/**
 * Weighted PageRank (Brin & Page 1998) over an undirected graph, as TextRank and LexRank use
 * it, with the usual damping of 0.85. A node without edges keeps only the teleport share.
 * Iterates until the ranks (summing to 1) move less than `tolerance` in total: far finer than
 * any difference that changes which sentences are picked.
 */
export function pageRank(graph: SimilarityGraph, damping = 0.85, maxIterations = 100, tolerance = 1e-6): Float64Array {
  const n = graph.size;
  const { start, neighbour, weight } = adjacency(graph);
  // A node's strength and its incoming rank are both summed over its neighbours in ascending
  // order, the order the edge list visits them in, so the floating-point sums are unchanged.
  const strength = strengthScratch.zeroed(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = start[i]!; k < start[i + 1]!; k++) sum += weight[k]!;
    strength[i] = sum;
  }
  let rank = rankScratch.zeroed(n).fill(1 / Math.max(1, n), 0, n);
  let next = nextScratch.zeroed(n);
  const share = shareScratch.zeroed(n);
  const teleport = (1 - damping) / n;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    for (let i = 0; i < n; i++) share[i] = strength[i]! > 0 ? (damping * rank[i]!) / strength[i]! : 0;
    let change = 0;
    for (let i = 0, k = 0; i < n; i++) {
      let incoming = teleport;
      for (const end = start[i + 1]!; k < end; k++) incoming += share[neighbour[k]!]! * weight[k]!;
      next[i] = incoming;
      change += Math.abs(incoming - rank[i]!);
    }
    const previous = rank;
    rank = next;
    next = previous;
    if (change < tolerance) break;
  }
  return rank.slice(0, n);
}

const strengthScratch = new Float64Scratch();
const rankScratch = new Float64Scratch();
const nextScratch = new Float64Scratch();
const shareScratch = new Float64Scratch();
const startScratch = new Int32Scratch();
const fillScratch = new Int32Scratch();
const neighbourScratch = new Int32Scratch();
const weightScratch = new Float64Scratch();

/**
 * The graph as adjacency lists (compressed rows): node i's neighbours, ascending, are
 * `neighbour[start[i] .. start[i+1])`, with the edge weights alongside. PageRank then gathers
 * each node's rank in one pass over its row instead of scattering over the edge list.
 * The arrays are work arrays, valid until the next call.
 */
function adjacency(graph: SimilarityGraph): { start: Int32Array; neighbour: Int32Array; weight: Float64Array } {
  const { size: n, from, to, weight: edgeWeight } = graph;
  const start = startScratch.zeroed(n + 1);
  for (let e = 0; e < from.length; e++) {
    start[from[e]! + 1]!++;
    start[to[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = fillScratch.zeroed(n);
  fill.set(start.subarray(0, n));
  const neighbour = neighbourScratch.zeroed(2 * from.length);
  const weight = weightScratch.zeroed(2 * from.length);
  // Edges come sorted by (from, to), so appending both ends in edge order leaves every row
  // sorted: a node's lower neighbours (as `to`) come first, then its higher ones (as `from`).
  for (let e = 0; e < from.length; e++) {
    const a = from[e]!;
    const b = to[e]!;
    neighbour[fill[a]!] = b;
    weight[fill[a]!++] = edgeWeight[e]!;
    neighbour[fill[b]!] = a;
    weight[fill[b]!++] = edgeWeight[e]!;
  }
  return { start, neighbour, weight };
}
