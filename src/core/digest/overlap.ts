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

/** Cosine of two bags' counts, their ids ascending (features.ts): one merge, no memory. */
export function countCosine(a: Bag, b: Bag): number {
  const ai = a.termIds;
  const bi = b.termIds;
  const ac = a.termCounts;
  const bc = b.termCounts;
  let dot = 0;
  let na = 0;
  let nb = 0;
  let i = 0;
  let j = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) {
      dot += ac[i]! * bc[j]!;
      na += ac[i]! ** 2;
      nb += bc[j++]! ** 2;
      i++;
    } else if (x < y) na += ac[i++]! ** 2;
    else nb += bc[j++]! ** 2;
  }
  for (; i < ai.length; i++) na += ac[i]! ** 2;
  for (; j < bi.length; j++) nb += bc[j]! ** 2;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** Removes from a symmetric similarity graph the pairs whose bags' count cosine is under `floor`. */
export function dropThinOverlaps(pairs: readonly Map<number, number>[], bags: readonly Bag[], floor: number): void {
  pairs.forEach((m, a) =>
    m.forEach((_, b) => {
      if (a < b && countCosine(bags[a]!, bags[b]!) < floor) {
        m.delete(b);
        pairs[b]!.delete(a);
      }
    }),
  );
}
