import { sharedTermSum, type TermBag } from './sentence-vectors.js';

/**
 * Two sentences are near-duplicates when most of the shorter one's content words recur in the
 * other (a caption repeating the lead, a pull quote repeating the text).
 */
export const NEAR_DUPLICATE_OVERLAP = 0.7;

export interface SelectionLimits {
  readonly maxSentences: number;
  /** Stop before the summary's words would pass this; the first sentence is always taken. */
  readonly maxWords?: number;
}

/**
 * Takes sentences best score first, skipping near-duplicates of those already taken, until the
 * limits are reached; returns their positions in article order. A sentence scored -Infinity is
 * never taken (it may not be chosen; see candidateSentences in index.ts).
 */
export function selectSentences(scores: ArrayLike<number>, bags: readonly TermBag[], limits: SelectionLimits): number[] {
  const ranked = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const chosen: number[] = [];
  let words = 0;
  for (const i of ranked) {
    if (chosen.length >= limits.maxSentences || scores[i] === -Infinity) break;
    const bag = bags[i]!;
    if (chosen.some((c) => isNearDuplicate(bag, bags[c]!))) continue;
    if (limits.maxWords !== undefined && chosen.length > 0 && words + bag.words > limits.maxWords) break;
    chosen.push(i);
    words += bag.words;
  }
  return chosen.sort((a, b) => a - b);
}

function isNearDuplicate(a: TermBag, b: TermBag): boolean {
  const smaller = Math.min(total(a), total(b));
  if (smaller === 0) return false;
  const shared = sharedTermSum(a, b, (_, ca, cb) => Math.min(ca, cb));
  return shared / smaller >= NEAR_DUPLICATE_OVERLAP;
}

function total(bag: TermBag): number {
  let sum = 0;
  for (const c of bag.counts) sum += c;
  return sum;
}
