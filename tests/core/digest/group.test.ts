import { describe, expect, it } from 'vitest';
import { groupStories, joinByCentroid } from '../../../src/core/digest/group.js';
import { unit } from './vectors-fixture.js';

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

  it('given links, joins only clusters that some link joins', () => {
    expect([...joinByCentroid(vectors, clusters, 0.5, undefined, Uint32Array.from([0, 1]))]).toEqual([0, 0, 2, 3]);
    expect(joinByCentroid(vectors, clusters, 0.5, undefined, Uint32Array.from([2, 1]))[2]).toBe(0);
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

describe('joinByCentroid with capped centroids', () => {
  it('compares clusters on their heaviest features only', () => {
    // Cluster {0, 1} is mostly feature 1, with a trace of feature 5; cluster {2} is feature 5 alone.
    const vectors = [unit({ 1: 10, 5: 1 }), unit({ 1: 10, 6: 1 }), unit({ 5: 1 })];
    const clusters = Int32Array.from([0, 0, 2]);
    expect(joinByCentroid(vectors, clusters, 0.03)[2]).toBe(0);
    expect(joinByCentroid(vectors, clusters, 0.03, 1)[2]).toBe(2);
  });
});
