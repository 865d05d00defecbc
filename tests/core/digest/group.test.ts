import { describe, expect, it } from 'vitest';
import { attachLoners, groupStories, joinByCentroid, similarPairs, tfidfVectors, type Vector } from '../../../src/core/digest/group.js';

/** A unit vector over made-up feature ids. */
function unit(weights: Record<number, number>): Vector {
  const entries = Object.entries(weights)
    .map(([id, w]) => [Number(id), w] as const)
    .sort((a, b) => a[0] - b[0]);
  const norm = Math.hypot(...entries.map(([, w]) => w));
  return { ids: Uint32Array.from(entries, ([id]) => id), weights: Float32Array.from(entries, ([, w]) => w / norm) };
}

describe('joinByCentroid', () => {
  // Cluster {0, 1} has centroid (0.816, 0.408, 0.408) over features 1, 2, 3; cluster {2} is (0, 0.707, 0.707): cosine 0.577.
  // Cluster {3} shares nothing with either.
  const vectors = [unit({ 1: 1, 2: 1 }), unit({ 1: 1, 3: 1 }), unit({ 2: 1, 3: 1 }), unit({ 9: 1 })];
  const clusters = Int32Array.from([0, 0, 2, 3]);

  it('joins clusters whose centroids are at least the threshold alike, and no others', () => {
    const joined = joinByCentroid(vectors, clusters, 0.5);
    expect(joined[0]).toBe(joined[1]);
    expect(joined[2]).toBe(joined[0]);
    expect(joined[3]).not.toBe(joined[0]);
  });

  it('leaves the clusters as they are below the threshold', () => {
    expect([...joinByCentroid(vectors, clusters, 0.6)]).toEqual([0, 0, 2, 3]);
  });
});

describe('groupStories with joined topics', () => {
  const vocabulary = new Map<string, number>();
  const bag = (text: string) => {
    const counts = new Map<number, number>();
    for (const w of text.split(' ')) {
      if (!vocabulary.has(w)) vocabulary.set(w, vocabulary.size);
      counts.set(vocabulary.get(w)!, (counts.get(vocabulary.get(w)!) ?? 0) + 1);
    }
    const entries = [...counts].sort((a, b) => a[0] - b[0]);
    return { termIds: Uint32Array.from(entries, ([id]) => id), termCounts: Float32Array.from(entries, ([, c]) => c) };
  };
  // Two floods (one kind of event, two events) and unrelated stories.
  const bags = [
    'flood quarnby march3 river levee breach rain',
    'flood quarnby march3 river levee breach evacuation',
    'flood quarnby march3 mayor oduya shelter school',
    'flood quarnby march3 mayor oduya shelter volunteer',
    'flood velmar dam spillway farmland rain',
    'flood velmar dam spillway farmland cattle',
    'election ballot senate vote count',
    'election ballot senate vote turnout',
    'concert stadium band encore ticket',
    'concert stadium band encore crowd',
  ].map(bag);

  it('still tells two events of one kind apart after the topics are joined', () => {
    const { story } = groupStories(bags);
    expect(new Set(story.slice(0, 4)).size).toBe(1);
    expect(new Set(story.slice(4, 6)).size).toBe(1);
    expect(story[4]).not.toBe(story[0]);
    expect(story[6]).not.toBe(story[0]);
    expect(story[8]).not.toBe(story[6]);
  });
});

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
});

describe('joinByCentroid with capped centroids', () => {
  it('compares clusters on their heaviest features only', () => {
    // Cluster {0, 1} is mostly feature 1, with a trace of feature 5; cluster {2} is feature 5 alone.
    const vectors = [unit({ 1: 10, 5: 1 }), unit({ 1: 10, 6: 1 }), unit({ 5: 1 })];
    const clusters = Int32Array.from([0, 0, 2]);
    expect(joinByCentroid(vectors, clusters, 0.03)[2]).toBe(0);
    expect(joinByCentroid(vectors, clusters, 0.03, 1)[2]).toBe(2);
  });
});

describe('attachLoners', () => {
  // Stories {0, 1} and {2, 3}; 4 and 5 alone. 4 is like 0 (0.3) and 1 (0.2): average 0.25 with {0, 1},
  // 0.05 with {2, 3}. 5 is like 4 only (0.4), and like 2 at 0.1: average 0.05.
  const graph = () => {
    const sims = Array.from({ length: 6 }, () => new Map<number, number>());
    const pair = (a: number, b: number, s: number) => (sims[a]!.set(b, s), sims[b]!.set(a, s));
    pair(0, 1, 0.6);
    pair(2, 3, 0.6);
    pair(4, 0, 0.3);
    pair(4, 1, 0.2);
    pair(4, 2, 0.1);
    pair(5, 4, 0.4);
    pair(5, 2, 0.1);
    return sims;
  };
  const rep = Int32Array.from([0, 0, 2, 2, 4, 5]);

  it('puts a lone article in the story it is on average most like, when the average reaches the bar', () => {
    expect([...attachLoners(rep, graph(), 0.2)]).toEqual([0, 0, 2, 2, 0, 5]);
  });

  it('leaves it alone below the bar, and never lets a lone article take another', () => {
    expect([...attachLoners(rep, graph(), 0.3)]).toEqual([0, 0, 2, 2, 4, 5]);
    // 5 is most like 4, itself alone: it stays out even though 4 joins {0, 1}.
    expect(attachLoners(rep, graph(), 0.04)[5]).toBe(2);
  });
});
