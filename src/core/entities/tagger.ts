/**
 * What the decoder (decode.ts) needs of a linear model, and reading spans back out of the
 * BILOU labels it chooses. Training (scripts/train-ner.ts) runs the same decoder with a
 * `learn` hook, so the features the model is trained on are exactly the ones it sees in use.
 */
import type { PreparedDocument } from './prepare.js';
import { SPAN_TYPES, partOfLabel, Part, typeOfLabel, type TokenSpan } from './labels.js';

export interface Scorer {
  /** Adds the weights of `features[0..count)` for every label into `scores`. */
  score(features: Int32Array, count: number, scores: Float64Array): void;
}

/**
 * A frozen model's fast path: summed weights of a spelling's intrinsic features, cached by
 * spelling, and of the neighbours' clusters, the label-history and the history features,
 * tabulated. Gives the same scores as `score` over all features (up to the float32 sums of
 * the cached and tabulated rows).
 */
export interface CachingScorer extends Scorer {
  /**
   * Sets `scores` to the weights of the token's intrinsic features (intrinsicFeatures, summed
   * once per spelling and cached) plus those of neighbourClusterFeatures(d, i).
   */
  tokenScores(d: PreparedDocument, i: number, scores: Float64Array): void;
  /**
   * Sets `scores` to `base` plus the weights of labelFeatures(prev, prev2) and then of
   * stateFeatures(d, i, prev, history), each label summed in that order; returns the highest.
   */
  hypothesisScores(d: PreparedDocument, i: number, prev: number, prev2: number, history: number, base: Float64Array, scores: Float64Array): number;
}

/** Called after each token during training with what the model chose. */
export type LearnHook = (token: number, features: Int32Array, count: number, predicted: number) => void;

/**
 * Reads spans back out of BILOU labels, leniently: greedy decoding is not forced to close
 * what it opens, so a span also ends where the next label does not continue it, and an
 * I/L that continues nothing starts a span.
 */
export function labelsToSpans(labels: Uint8Array, sentenceStarts?: readonly number[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  // The next sentence start at or after i (sentenceStarts ascend), rather than a table per document.
  let nextStart = 0;
  let start = -1;
  let type = -1;
  const close = (end: number) => {
    if (start >= 0) spans.push({ type: SPAN_TYPES[type]!, start, end });
    start = -1;
  };
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i]!;
    // Most labels are O outside any span: nothing to close (close would do nothing).
    if (y === 0 && start < 0) continue;
    if (sentenceStarts) {
      while (nextStart < sentenceStarts.length && sentenceStarts[nextStart]! < i) nextStart++;
      if (sentenceStarts[nextStart] === i) close(i);
    }
    if (y === 0) {
      close(i);
      continue;
    }
    const part = partOfLabel(y);
    const t = typeOfLabel(y);
    const continues = start >= 0 && t === type && (part === Part.I || part === Part.L);
    if (!continues) {
      close(i);
      start = i;
      type = t;
    }
    if (part === Part.L || part === Part.U) close(i + 1);
  }
  close(labels.length);
  return spans;
}
