import { describe, expect, it } from 'vitest';
import { articleStats, cleanArticle, parseArticle } from '../../src/index.js';

const stats = (raw: string) => articleStats(parseArticle(cleanArticle(raw)));

describe('articleStats', () => {
  it('counts the body sentences, not the headline', () => {
    expect(stats('A Headline Here\n\nOne sentence. Two sentences.').sentences).toBe(2);
  });

  it('counts every sentence of an article without a headline', () => {
    expect(stats('One sentence here. Two sentences here. Three.').sentences).toBe(3);
  });

  it('counts words, not punctuation, and reads at least a minute', () => {
    expect(stats('A Headline Here\n\nThe cat sat, then left.')).toEqual({ words: 8, sentences: 1, readingMinutes: 1 });
  });

  it('gives an empty text no words and no reading time', () => {
    expect(stats('')).toEqual({ words: 0, sentences: 0, readingMinutes: 0 });
  });
});
