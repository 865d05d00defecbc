/**
 * How much two articles' whole bags overlap, on their feature counts alone: no idf, so the figure
 * does not depend on how many articles the folder holds. tf-idf weighs a feature two of five
 * articles share by log 3, one two of two share by log 3/2: in a small folder the few ordinary
 * words two unrelated articles share weigh as much as a story's names do in a large one, and both
 * tf-idf cosines (kept and whole vectors) rise as the folder shrinks. Two reports of one event
 * share most of their names, places and numbers, which count several times each; two unrelated
 * articles share a few words once or twice.
 */
import type { Bag } from './similarity.js';

/** A bag's squared length over its counts, summed in id order (as the one-merge version did: the same figures). */
const squaredLength = (bag: Bag): number => bag.termCounts.reduce((sum, c) => sum + c ** 2, 0);

/** Dot product of two bags' counts, their ids ascending (features.ts): one merge, no memory. */
function countDot(a: Bag, b: Bag): number {
  const ai = a.termIds;
  const bi = b.termIds;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) dot += a.termCounts[i++]! * b.termCounts[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

const cosine = (dot: number, na: number, nb: number): number => (na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0);

/** Cosine of two bags' counts, their ids ascending (features.ts). */
export const countCosine = (a: Bag, b: Bag): number => cosine(countDot(a, b), squaredLength(a), squaredLength(b));

/**
 * Removes from a symmetric similarity graph the pairs whose bags' count cosine is under `floor`.
 * Each bag's length is summed once, not once for every pair it is in.
 */
export function dropThinOverlaps(pairs: readonly Map<number, number>[], bags: readonly Bag[], floor: number): void {
  const lengths = bags.map(squaredLength);
  pairs.forEach((m, a) =>
    m.forEach((_, b) => {
      if (a < b && cosine(countDot(bags[a]!, bags[b]!), lengths[a]!, lengths[b]!) < floor) {
        m.delete(b);
        pairs[b]!.delete(a);
      }
    }),
  );
}
