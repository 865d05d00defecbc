import { describe, expect, it } from 'vitest';
import { mayStartUpper, wordStarts } from '../../../src/core/entities/words.js';

describe('wordStarts', () => {
  it('lists the words that may open with a capital and those that open with a digit, in order', () => {
    const words = ['The', 'Corvale', '52', 'ers', 'won', ',', 'Émile', 'said', '3M', ''];
    const starts = wordStarts(words);
    expect(starts.upper).toEqual([0, 1, 6]);
    expect(starts.digit).toEqual([2, 8]);
    // The same positions mayStartUpper finds word by word.
    expect(starts.upper).toEqual(words.flatMap((w, i) => (mayStartUpper(w) ? [i] : [])));
  });

  it('answers each list of words for itself', () => {
    expect(wordStarts(['a', 'B']).upper).toEqual([1]);
    expect(wordStarts(['C', 'd']).upper).toEqual([0]);
  });
});
