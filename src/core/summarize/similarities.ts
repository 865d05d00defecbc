import { GRAPH_WINDOW, pairCount, type SimilarityGraph } from './graph.js';
import { Float64Scratch, Int32Scratch } from './scratch.js';
import type { DocumentTerms, TermBag } from './sentence-vectors.js';

/**
 * The two sentence similarities the centrality methods use, over the same windowed pairs
 * (see graph.ts), computed in one pass so the default method, which needs both, walks the
 * sentence pairs once:
 * - `overlap`: TextRank's shared content words over length, |Si ∩ Sj| / (log|Si| + log|Sj|);
 * - `cosine`: TF-IDF cosine, with IDF estimated within the article itself (each sentence a
 *   "document"), so no corpus statistics are baked in. The smoothed form 1 + ln(N/df) keeps a
 *   word found in every sentence from vanishing entirely.
 * Each keeps only the pairs with positive weight, in the order (i, j), i < j, ascending.
 */
export interface SentenceGraphs {
  readonly overlap: SimilarityGraph;
  readonly cosine: SimilarityGraph;
}

const idfScratch = new Float64Scratch();
const normScratch = new Float64Scratch();
const logWordsScratch = new Float64Scratch();
const sharedScratch = new Int32Scratch();
const dotScratch = new Float64Scratch();

export function sentenceGraphs(terms: DocumentTerms, window: number = GRAPH_WINDOW): SentenceGraphs {
  const { bags, documentFrequency } = terms;
  const n = bags.length;
  const idf = idfScratch.zeroed(documentFrequency.length);
  for (let id = 0; id < documentFrequency.length; id++) idf[id] = 1 + Math.log(n / documentFrequency[id]!);
  const norms = normScratch.zeroed(n);
  const logWords = logWordsScratch.zeroed(n);
  for (let i = 0; i < n; i++) {
    norms[i] = Math.sqrt(selfDot(bags[i]!, idf));
    logWords[i] = Math.log(bags[i]!.words);
  }
  const pairs = pairCount(n, window);
  const overlap = new EdgeBuilder(overlapEdges, pairs);
  const cosine = new EdgeBuilder(cosineEdges, pairs);
  const postings = termPostings(terms);
  // Sentence i's shared-term count and TF-IDF dot with each later sentence j, gathered through
  // the postings of i's own terms: only pairs that share a term cost anything.
  const shared = sharedScratch.zeroed(n);
  const dot = dotScratch.zeroed(n);
  for (let i = 0; i < n; i++) {
    const a = bags[i]!;
    const last = Math.min(n - 1, i + window);
    // i's terms in ascending id order, as a merge of two bags visits the shared ones, so each
    // pair's floating-point sum (and every score tie downstream) comes out exactly as before.
    for (let k = 0; k < a.ids.length; k++) {
      const id = a.ids[k]!;
      const countA = a.counts[k]!;
      // Sentences are processed in order, so this term's cursor sits on sentence i itself.
      const end = postings.start[id + 1]!;
      for (let p = ++postings.cursor[id]!; p < end; p++) {
        const j = postings.sentence[p]!;
        if (j > last) break;
        shared[j]!++;
        dot[j]! += countA * postings.count[p]! * idf[id]! * idf[id]!;
      }
    }
    for (let j = i + 1; j <= last; j++) {
      if (shared[j] === 0) continue; // both weights are 0: no edge in either graph
      const norm = logWords[i]! + logWords[j]!;
      if (norm > 0) overlap.add(i, j, shared[j]! / norm);
      const denominator = norms[i]! * norms[j]!;
      if (denominator > 0) cosine.add(i, j, dot[j]! / denominator);
      shared[j] = 0;
      dot[j] = 0;
    }
  }
  return { overlap: overlap.build(n, pairs), cosine: cosine.build(n, pairs) };
}

/** Σ count²·idf² over a sentence's terms, summed in the same order and form as a pair's dot. */
function selfDot(bag: TermBag, idf: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < bag.ids.length; k++) {
    const id = bag.ids[k]!;
    sum += bag.counts[k]! * bag.counts[k]! * idf[id]! * idf[id]!;
  }
  return sum;
}

const postingStartScratch = new Int32Scratch();
const postingCursorScratch = new Int32Scratch();
const postingSentenceScratch = new Int32Scratch();
const postingCountScratch = new Float64Scratch();

/**
 * For each term id, the sentences holding it, ascending, with its count there:
 * `sentence[start[id] .. start[id+1])`. `cursor[id]` starts one before the term's first posting.
 */
function termPostings(terms: DocumentTerms): { start: Int32Array; sentence: Int32Array; count: Float64Array; cursor: Int32Array } {
  const { bags, documentFrequency } = terms;
  const vocabulary = documentFrequency.length;
  const start = postingStartScratch.zeroed(vocabulary + 1);
  for (let id = 0; id < vocabulary; id++) start[id + 1] = start[id]! + documentFrequency[id]!;
  const cursor = postingCursorScratch.zeroed(vocabulary);
  cursor.set(start.subarray(0, vocabulary));
  const sentence = postingSentenceScratch.zeroed(start[vocabulary]!);
  const count = postingCountScratch.zeroed(start[vocabulary]!);
  for (let i = 0; i < bags.length; i++) {
    const { ids, counts } = bags[i]!;
    for (let k = 0; k < ids.length; k++) {
      const p = cursor[ids[k]!]!++;
      sentence[p] = i;
      count[p] = counts[k]!;
    }
  }
  for (let id = 0; id < vocabulary; id++) cursor[id] = start[id]! - 1;
  return { start, sentence, count, cursor };
}

/** Work arrays the edge lists are gathered in before being copied out at their final length. */
interface EdgeScratch {
  readonly from: Int32Scratch;
  readonly to: Int32Scratch;
  readonly weight: Float64Scratch;
}
const overlapEdges: EdgeScratch = { from: new Int32Scratch(), to: new Int32Scratch(), weight: new Float64Scratch() };
const cosineEdges: EdgeScratch = { from: new Int32Scratch(), to: new Int32Scratch(), weight: new Float64Scratch() };

/** Appends edges with positive weight, into work arrays sized for every pair. */
class EdgeBuilder {
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  private readonly weight: Float64Array;
  private edges = 0;

  constructor(scratch: EdgeScratch, capacity: number) {
    this.from = scratch.from.zeroed(capacity);
    this.to = scratch.to.zeroed(capacity);
    this.weight = scratch.weight.zeroed(capacity);
  }

  add(i: number, j: number, w: number): void {
    if (!(w > 0)) return;
    this.from[this.edges] = i;
    this.to[this.edges] = j;
    this.weight[this.edges] = w;
    this.edges++;
  }

  /** The graph, copied out of the work arrays. */
  build(size: number, comparisons: number): SimilarityGraph {
    const e = this.edges;
    return { size, comparisons, from: this.from.slice(0, e), to: this.to.slice(0, e), weight: this.weight.slice(0, e) };
  }
}
