import { describe, expect, it } from 'vitest';
import { countCosine, dropThinOverlaps } from '../../../src/core/digest/overlap.js';

/** A bag from feature → count, ids ascending as features.ts gives them. */
const bag = (counts: Record<number, number>) => {
  const ids = Object.keys(counts)
    .map(Number)
    .sort((a, b) => a - b);
  return { termIds: Uint32Array.from(ids), termCounts: Float32Array.from(ids, (id) => counts[id]!) };
};

describe('countCosine', () => {
  it('is the cosine of the two bags counts, features only one has included in its length', () => {
    // dot 2 * 1 = 2; lengths sqrt(4 + 1) and sqrt(1 + 4).
    expect(countCosine(bag({ 1: 2, 5: 1 }), bag({ 1: 1, 9: 2 }))).toBeCloseTo(2 / 5, 6);
    expect(countCosine(bag({ 3: 1, 4: 2 }), bag({ 3: 1, 4: 2 }))).toBeCloseTo(1, 6);
  });

  it('is 0 for bags that share nothing or an empty bag', () => {
    expect(countCosine(bag({ 1: 1 }), bag({ 2: 1 }))).toBe(0);
    expect(countCosine(bag({}), bag({ 2: 1 }))).toBe(0);
  });

  it('does not depend on other articles, unlike tf-idf', () => {
    const a = bag({ 1: 1, 2: 4, 3: 4 });
    const b = bag({ 1: 1, 7: 4, 8: 4 });
    expect(countCosine(a, b)).toBeCloseTo(1 / 33, 6);
  });
});

describe('dropThinOverlaps', () => {
  it('removes both directions of a pair under the floor and keeps the others', () => {
    const bags = [bag({ 1: 1, 2: 1 }), bag({ 1: 1, 2: 1 }), bag({ 1: 1, 3: 4, 4: 4 })];
    const pairs = [
      new Map([
        [1, 0.5],
        [2, 0.4],
      ]),
      new Map([[0, 0.5]]),
      new Map([[0, 0.4]]),
    ];
    // Bags 0 and 2: dot 1 over sqrt(2 * 33), 0.12.
    dropThinOverlaps(pairs, bags, 0.2);
    expect([...pairs[0]!]).toEqual([[1, 0.5]]);
    expect([...pairs[1]!]).toEqual([[0, 0.5]]);
    expect(pairs[2]!.size).toBe(0);
  });
});
