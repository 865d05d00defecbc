/**
 * Greedy left-to-right BILOU decoding with a linear model (Ratinov & Roth 2009 found greedy
 * decoding as accurate as Viterbi for NER with these features, and it is much cheaper).
 * Training (scripts/train-ner.ts) runs the same loop with a `learn` hook, so the features
 * the model is trained on are exactly the ones it sees in use.
 */
import { contextFeatures, intrinsicFeatures, labelFeatures, neighbourClusterFeatures } from './features.js';
import { F_CAPS_SENTENCE, type PreparedDocument } from './prepare.js';
import type { EntityScratch } from './scratch.js';
import { LABEL_COUNT, SPAN_TYPES, partOfLabel, Part, typeOfLabel, type TokenSpan } from './labels.js';

export interface Scorer {
  /** Adds the weights of `features[0..count)` for every label into `scores`. */
  score(features: Int32Array, count: number, scores: Float64Array): void;
}

/**
 * A frozen model's fast path: summed weights of a spelling's intrinsic features, cached by
 * spelling, and of the label-history features, tabulated. Gives the same scores as `score`
 * over all features.
 */
export interface CachingScorer extends Scorer {
  /**
   * Offset in `intrinsicWeights` of the summed weights of the token's intrinsic features
   * (computing and caching them if new).
   */
  intrinsic(d: PreparedDocument, i: number): number;
  /** The table intrinsic() offsets point into; read it after the call, which may replace it. */
  readonly intrinsicWeights: Float32Array;
  /** Offset in `labelWeights` of the summed weights of labelFeatures(prev, prev2). */
  labels(prev: number, prev2: number): number;
  readonly labelWeights: Float32Array;
  /** Adds the weights of neighbourClusterFeatures(d, i) into `scores`, from a table per cluster. */
  neighbourClusters(d: PreparedDocument, i: number, scores: Float64Array): void;
}

/** Called after each token during training with what the model chose. */
export type LearnHook = (token: number, features: Int32Array, count: number, predicted: number) => void;

const OUTSIDE_HISTORY = SPAN_TYPES.length;
const HISTORY_WIDTH = OUTSIDE_HISTORY + 1;

/** Labels for every token of the document, one BILOU label index each. */
export function decodeDocument(d: PreparedDocument, scorer: Scorer, scratch: EntityScratch, learn?: LearnHook): Uint8Array {
  const labels = new Uint8Array(d.length);
  // Extended prediction history: per word, how often each type (or O) was chosen so far.
  const history = scratch.historyTable(d.wordCount * HISTORY_WIDTH);
  const { features, scores } = scratch;
  const fast = learn === undefined && 'intrinsic' in scorer ? (scorer as CachingScorer) : undefined;
  for (const s of decodingOrder(d)) {
    const from = d.sentenceStarts[s]!;
    const to = s + 1 < d.sentenceStarts.length ? d.sentenceStarts[s + 1]! : d.length;
    let prev = -1;
    let prev2 = -1;
    for (let i = from; i < to; i++) {
      if (d.lowerCase[i] === 1 && (prev <= 0 || partOfLabel(prev) >= Part.L)) {
        // Cannot start a name and none is open: O, unscored, and left out of the history
        // (see PreparedDocument.lowerCase).
        prev2 = prev;
        prev = 0;
        continue;
      }
      const at = d.wordId[i]! * HISTORY_WIDTH;
      const past = pastType(history, at);
      let n: number;
      if (fast) {
        const own = fast.intrinsic(d, i);
        const lab = fast.labels(prev, prev2);
        const ownWeights = fast.intrinsicWeights;
        const labWeights = fast.labelWeights;
        for (let y = 0; y < LABEL_COUNT; y++) scores[y] = ownWeights[own + y]! + labWeights[lab + y]!;
        fast.neighbourClusters(d, i, scores);
        n = contextFeatures(d, i, prev, past, features, 0);
      } else {
        scores.fill(0);
        n = labelFeatures(prev, prev2, features, intrinsicFeatures(d, i, features, 0));
        n = contextFeatures(d, i, prev, past, features, neighbourClusterFeatures(d, i, features, n));
      }
      scorer.score(features, n, scores);
      let best = 0;
      let bestScore = -Infinity;
      for (let y = 0; y < LABEL_COUNT; y++) {
        if (scores[y]! > bestScore) {
          bestScore = scores[y]!;
          best = y;
        }
      }
      labels[i] = best;
      learn?.(i, features, n, best);
      const type = typeOfLabel(best);
      history[at + (type < 0 ? OUTSIDE_HISTORY : type)]!++;
      prev2 = prev;
      prev = best;
    }
  }
  return labels;
}

/**
 * Sentences in the order they are decoded: those with case first, then caseless ones
 * (headlines, where "Haaland Double Sends City Top" says little by its case), so a headline
 * word's history feature already holds what the body made of it.
 */
function decodingOrder(d: PreparedDocument): number[] {
  const cased: number[] = [];
  const caseless: number[] = [];
  for (let s = 0; s < d.sentenceStarts.length; s++) {
    const from = d.sentenceStarts[s]!;
    (from < d.length && (d.flags[from]! & F_CAPS_SENTENCE) !== 0 ? caseless : cased).push(s);
  }
  return caseless.length === 0 ? cased : [...cased, ...caseless];
}

/**
 * The history feature's value: the type most often chosen for this word so far, where any
 * type wins over O once chosen (as in Ratinov & Roth); O (4) if only O; -1 if never seen.
 */
function pastType(history: Int32Array, at: number): number {
  let best = -1;
  let bestCount = 0;
  for (let t = 0; t < OUTSIDE_HISTORY; t++) {
    if (history[at + t]! > bestCount) {
      bestCount = history[at + t]!;
      best = t;
    }
  }
  return best >= 0 ? best : history[at + OUTSIDE_HISTORY]! > 0 ? OUTSIDE_HISTORY : -1;
}

/**
 * Reads spans back out of BILOU labels, leniently: greedy decoding is not forced to close
 * what it opens, so a span also ends where the next label does not continue it, and an
 * I/L that continues nothing starts a span.
 */
export function labelsToSpans(labels: Uint8Array, sentenceStarts?: readonly number[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  const isStart = new Uint8Array(labels.length + 1);
  if (sentenceStarts) for (const s of sentenceStarts) isStart[s] = 1;
  let start = -1;
  let type = -1;
  const close = (end: number) => {
    if (start >= 0) spans.push({ type: SPAN_TYPES[type]!, start, end });
    start = -1;
  };
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i]!;
    if (isStart[i]) close(i);
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
