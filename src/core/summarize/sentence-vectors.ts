import type { ParsedArticle } from '../types.js';
import { Float64Scratch, Int32Scratch } from './scratch.js';
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

/** What a stop word maps to instead of a term id or number. */
const STOP = -1;
/** Sentences with more distinct terms than this are sorted by the built-in sort. */
const INSERTION_SORT_MAX = 64;

const countOfScratch = new Int32Scratch();
const frequencyScratch = new Int32Scratch();
const idsScratch = new Int32Scratch();
const countsScratch = new Float64Scratch();

/** Term bags for the given sentence indices (in that order), with ids shared across them. */
export function buildTermBags(parsed: ParsedArticle, sentenceIndices: readonly number[]): DocumentTerms {
  const termIds = new TermIds();
  try {
    return readBags(parsed, sentenceIndices, termIds);
  } finally {
    termIds.release();
  }
}

function readBags(parsed: ParsedArticle, sentenceIndices: readonly number[], termIds: TermIds): DocumentTerms {
  // Every bag is a view into one pair of arrays for the article (a typed array each would cost
  // more than filling it). The tokens bound both the number of distinct terms and the total
  // length of the bags.
  let tokens = 0;
  for (const index of sentenceIndices) tokens += parsed.sentences[index]!.endToken - parsed.sentences[index]!.firstToken;
  // Occurrences of each id in the current sentence (zero between sentences) and how many
  // sentences hold it.
  const countOf = countOfScratch.zeroed(tokens);
  const frequency = frequencyScratch.zeroed(tokens);
  // The bags, one sentence after another.
  const allIds = idsScratch.zeroed(tokens);
  const allCounts = countsScratch.zeroed(tokens);
  const starts: number[] = [];
  const words: number[] = [];
  let length = 0;
  for (const index of sentenceIndices) {
    const sentence = parsed.sentences[index]!;
    const start = length;
    let wordCount = 0;
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const token = parsed.tokens[t]!;
      if (!isWordLike(token.value)) continue;
      wordCount++;
      if (token.pos === 'PUNCT' || token.pos === 'SYM') continue;
      const id = termIds.idOf(token.normal);
      if (id !== STOP && countOf[id]!++ === 0) allIds[length++] = id; // first in this sentence
    }
    sortRange(allIds, start, length);
    for (let k = start; k < length; k++) {
      const id = allIds[k]!;
      allCounts[k] = countOf[id]!;
      countOf[id] = 0;
      frequency[id]!++;
    }
    starts.push(start);
    words.push(wordCount);
  }
  starts.push(length);
  const ids = allIds.slice(0, length);
  const counts = allCounts.slice(0, length);
  const bags: TermBag[] = words.map((w, s) => ({
    ids: ids.subarray(starts[s]!, starts[s + 1]!),
    counts: counts.subarray(starts[s]!, starts[s + 1]!),
    words: w,
  }));
  return { bags, documentFrequency: frequency.slice(0, termIds.size) };
}

/**
 * Term ids for one article, numbered in order of first appearance; forms that lower-case
 * alike share one id.
 *
 * The lower-casing and stop-word test are cached across articles by wink's `normal` string:
 * news articles share most of their vocabulary, so in a batch nearly every token resolves with
 * one lookup. The cache gives each term a global number; an article's own ids (which fix the
 * order similarity sums run in) are still assigned per article, in order of first appearance.
 */
class TermIds {
  /** The article's terms by id, as global numbers. */
  private readonly numbers: number[] = [];

  constructor() {
    if (globalNumberOf.size > TERM_CACHE_LIMIT) {
      globalNumberOf.clear();
      numberOfTerm.clear();
    }
  }

  get size(): number {
    return this.numbers.length;
  }

  /** The id of a token's term, or STOP. */
  idOf(normal: string): number {
    const number = globalNumberOf.get(normal) ?? globalNumber(normal);
    if (number === STOP) return STOP;
    if (number >= localIdOf.length) localIdOf = grownTo(localIdOf, number + 1);
    const id = localIdOf[number]! - 1;
    if (id >= 0) return id;
    localIdOf[number] = this.numbers.push(number);
    return this.numbers.length - 1;
  }

  /** Forgets the article's ids: the shared table must be clear for the next article. */
  release(): void {
    for (const number of this.numbers) localIdOf[number] = 0;
  }
}

/** wink `normal` form → global term number, or STOP. */
const globalNumberOf = new Map<string, number>();
/** Lower-cased term → global term number. */
const numberOfTerm = new Map<string, number>();
/** Past this many forms the cache starts over, so a long batch cannot grow it without bound. */
const TERM_CACHE_LIMIT = 200_000;
/** Global term number → the current article's id + 1 (0: not in the article). */
let localIdOf: Int32Array = new Int32Array(1024);

function globalNumber(normal: string): number {
  const term = normal.toLowerCase();
  let number = STOP_WORDS.has(term) ? STOP : numberOfTerm.get(term);
  if (number === undefined) {
    number = numberOfTerm.size;
    numberOfTerm.set(term, number);
  }
  globalNumberOf.set(normal, number);
  return number;
}

function grownTo(array: Int32Array, length: number): Int32Array {
  const copy = new Int32Array(Math.max(length, 2 * array.length));
  copy.set(array);
  return copy;
}

/** Sorts `ids[start .. end)` ascending in place; insertion sort for a sentence's few terms. */
function sortRange(ids: Int32Array, start: number, end: number): void {
  if (end - start > INSERTION_SORT_MAX) {
    ids.subarray(start, end).sort();
    return;
  }
  for (let k = start + 1; k < end; k++) {
    const id = ids[k]!;
    let m = k;
    for (; m > start && ids[m - 1]! > id; m--) ids[m] = ids[m - 1]!;
    ids[m] = id;
  }
}

/**
 * Whether a token is a word: it has a letter or digit (what word counts and budgets count, in
 * summaries and in articleStats). ASCII is decided without the Unicode regex.
 */
export function isWordLike(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128) return WORDLIKE.test(value);
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
  }
  return false;
}

/** Σ over shared terms of weightA(term)·weightB(term), by merging the two sorted id lists. */
export function sharedTermSum(a: TermBag, b: TermBag, weight: (id: number, countA: number, countB: number) => number): number {
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
