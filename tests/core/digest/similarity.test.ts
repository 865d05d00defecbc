import { describe, expect, it } from 'vitest';
import { similarPairs, tfidfVectors } from '../../../src/core/digest/similarity.js';
import { unit } from './vectors-fixture.js';

describe('tfidfVectors', () => {
  // Two articles sharing 80 features, each mentioned once: within these two, all 80 weigh the same.
  const ids = Uint32Array.from({ length: 80 }, (_, k) => 100 + k);
  const bag = { termIds: ids, termCounts: new Float32Array(80).fill(1) };
  const pairDf = new Map([...ids].map((id) => [id, 2]));

  it('breaks ties at the cut by the folder-wide document frequency, not by id or order', () => {
    // Across the folder, the higher the id the more common: the 60 highest ids must be kept.
    const folderDf = new Map([...ids].map((id) => [id, id]));
    const [v] = tfidfVectors([bag, bag], pairDf, folderDf);
    expect([...v!.ids].sort((a, b) => a - b)).toEqual([...ids.slice(20)]);
    expect(Math.hypot(...v!.weights)).toBeCloseTo(1, 5);
  });

  it('keeps the heaviest features before any tie', () => {
    const counts = new Float32Array(80).fill(1);
    counts[0] = 3;
    const [v] = tfidfVectors([{ termIds: ids, termCounts: counts }, bag], pairDf, new Map([...ids].map((id) => [id, 1000 - id])));
    expect(v!.ids).toContain(100);
    expect(v!.ids).toHaveLength(60);
  });
});

describe('similarPairs', () => {
  it('gives the cosine of every two vectors that share a feature, both ways, and drops pairs under the floor', () => {
    const vectors = [unit({ 1: 1, 2: 1 }), unit({ 1: 1, 3: 1 }), unit({ 3: 1, 4: 3 }), unit({ 9: 1 })];
    const df = new Map([
      [1, 2],
      [2, 1],
      [3, 2],
      [4, 1],
      [9, 1],
    ]);
    const pairs = similarPairs(vectors, df, 0.3);
    expect(pairs[0]!.get(1)).toBeCloseTo(0.5, 5);
    expect(pairs[1]!.get(0)).toBeCloseTo(0.5, 5);
    // 1 and 2 share feature 3 at cosine 0.707 * 0.316 = 0.22: under the floor.
    expect(pairs[1]!.has(2)).toBe(false);
    expect(pairs[3]!.size).toBe(0);
    expect(similarPairs(vectors, df, 0)[1]!.get(2)).toBeCloseTo(Math.SQRT1_2 / Math.sqrt(10), 5);
  });

  it('drops a pair whose cosine over the whole vectors is under the second floor', () => {
    // Each article shares feature 1 and has three features of its own (df 1, left out of the vector).
    const bag = (own: number) => ({ termIds: Uint32Array.from([1, own, own + 1, own + 2]), termCounts: new Float32Array(4).fill(1) });
    const bags = [bag(10), bag(20), { termIds: Uint32Array.from([30]), termCounts: Float32Array.from([1]) }];
    const df = new Map([[1, 2]]);
    const vectors = tfidfVectors(bags, df);
    // Feature 1 weighs log(4/2), each own feature log(4/1): the kept part is a small share of the whole.
    const share = Math.log(2) / Math.sqrt(Math.log(2) ** 2 + 3 * Math.log(4) ** 2);
    expect(vectors[0]!.share).toBeCloseTo(share, 5);
    expect(similarPairs(vectors, df, 0.5)[0]!.get(1)).toBeCloseTo(1, 5);
    expect(similarPairs(vectors, df, 0.5, share * share * 0.9)[0]!.get(1)).toBeCloseTo(1, 5);
    expect(similarPairs(vectors, df, 0.5, share * share * 1.1)[0]!.has(1)).toBe(false);
  });
});
