import type { ParsedArticle } from '../types.js';
import { STOP_WORDS } from './stop-words.js';

/**
 * A sentence as a bag of content words: sorted term ids with their counts, so two sentences
 * compare with one merge pass. Terms are wink-nlp's `normal` forms of the parse's own tokens
 * (no second tokenization); stop words, punctuation and symbols are left out.
 */
export interface TermBag {
  /** Ascending term ids. */
  readonly ids: Int32Array;
  /** Count of each term in the sentence, parallel to `ids`. */
  readonly counts: Float64Array;
  /** Words in the sentence, stop words included (tokens with a letter or digit). */
  readonly words: number;
}

export interface DocumentTerms {
  readonly bags: readonly TermBag[];
  /** How many of the given sentences hold each term id. */
  readonly documentFrequency: Int32Array;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** Term bags for the given sentence indices (in that order), with ids shared across them. */
export function buildTermBags(parsed: ParsedArticle, sentenceIndices: readonly number[]): DocumentTerms {
  const idOf = new Map<string, number>();
  const df: number[] = [];
  const bags = sentenceIndices.map((index) => {
    const sentence = parsed.sentences[index]!;
    const counts = new Map<number, number>();
    let words = 0;
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const token = parsed.tokens[t]!;
      if (!WORDLIKE.test(token.value)) continue;
      words++;
      const term = token.normal.toLowerCase();
      if (STOP_WORDS.has(term) || token.pos === 'PUNCT' || token.pos === 'SYM') continue;
      let id = idOf.get(term);
      if (id === undefined) {
        id = idOf.size;
        idOf.set(term, id);
        df.push(0);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const ids = Int32Array.from(counts.keys()).sort();
    for (const id of ids) df[id]!++;
    return { ids, counts: Float64Array.from(ids, (id) => counts.get(id)!), words };
  });
  return { bags, documentFrequency: Int32Array.from(df) };
}

/** Σ over shared terms of weightA(term)·weightB(term), by merging the two sorted id lists. */
export function sharedTermSum(
  a: TermBag,
  b: TermBag,
  weight: (id: number, countA: number, countB: number) => number,
): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      sum += weight(x, a.counts[i]!, b.counts[j]!);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

// One merge loop serves both: on 150 cnndm-dev articles (every sentence pair, 20 times) the
// callback costs nothing measurable against a hand-copied counting loop (~70 ms either way).
const countOne = () => 1;

/** How many distinct terms two sentences share. */
export function sharedTermCount(a: TermBag, b: TermBag): number {
  return sharedTermSum(a, b, countOne);
}
