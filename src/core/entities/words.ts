/** What the rules after the tagger ask of a document's words, shared so that each asks it the same way. */

/** Whether word `i` opens a sentence: a binary search of the sorted sentence starts, no set made per document. */
export function isSentenceStart(sentenceStarts: readonly number[], i: number): boolean {
  let lo = 0;
  let hi = sentenceStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentenceStarts[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return sentenceStarts[lo] === i;
}
