import { describe, expect, it } from 'vitest';
import { findCopies } from '../../../src/core/digest/copies.js';
import { minHash } from '../../../src/core/digest/minhash.js';

/** Three items with one shingle set (exact copies of one another), dated as given. */
function copiesDated(...dates: (string | null)[]) {
  const { signature, shingles } = minHash(new Set(Array.from({ length: 40 }, (_, i) => i * 7919)));
  return dates.map((date) => ({ signature, shingles, date }));
}

describe('findCopies: which copy is the original', () => {
  it('takes the earliest-dated article, wherever it is in the input', () => {
    expect([...findCopies(copiesDated('2024-03-06T10:00:00Z', '2024-03-05', '2024-03-07'))]).toEqual([1, -1, 1]);
  });

  it('prefers a dated article to undated ones', () => {
    expect([...findCopies(copiesDated(null, null, '2024-03-07'))]).toEqual([2, 2, -1]);
  });

  it('takes the first in input order when no date is known, or dates tie', () => {
    expect([...findCopies(copiesDated(null, null, null))]).toEqual([-1, 0, 0]);
    expect([...findCopies(copiesDated('2024-03-07', null, '2024-03-07'))]).toEqual([-1, 0, 0]);
  });
});
