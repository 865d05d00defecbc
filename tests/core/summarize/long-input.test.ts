import { describe, expect, it } from 'vitest';
import { summarize, type ParsedArticle, type Sentence, type SummaryMethod, type Token } from '../../../src/index.js';
import { GRAPH_WINDOW, similarityGraph } from '../../../src/core/summarize/graph.js';

/** A parsed article of `count` sentences built directly (no wink parse), for size tests. */
function syntheticArticle(count: number): ParsedArticle {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let text = '';
  for (let s = 0; s < count; s++) {
    if (s > 0) text += ' ';
    const words = ['ships', `cargo${s % 97}`, `port${s % 31}`, `crane${s % 13}`, 'delayed', '.'];
    const firstToken = tokens.length;
    const start = text.length;
    words.forEach((value, w) => {
      if (w > 0 && value !== '.') text += ' ';
      tokens.push({ value, normal: value, pos: value === '.' ? 'PUNCT' : 'NOUN', sentence: s, start: text.length, end: text.length + value.length });
      text += value;
    });
    sentences.push({ start, end: text.length, firstToken, endToken: tokens.length, block: 0 });
  }
  return { article: { title: '', byline: null, date: null, text, titleSpan: null, blocks: [{ kind: 'paragraph', start: 0, end: text.length }] }, tokens, sentences, winkEntities: [] };
}

describe('similarityGraph on long inputs', () => {
  it('compares each sentence only with the next GRAPH_WINDOW sentences', () => {
    let calls = 0;
    const graph = similarityGraph(10_000, () => (calls++, 1));
    expect(graph.comparisons).toBe(calls);
    expect(calls).toBeLessThanOrEqual(10_000 * GRAPH_WINDOW);
    expect(graph.weight.length).toBeLessThanOrEqual(10_000 * GRAPH_WINDOW);
  });

  it('is the complete graph when the article fits in the window', () => {
    expect(similarityGraph(30, () => 1).weight).toHaveLength((30 * 29) / 2);
  });

  it('links no pair further apart than the window', () => {
    const graph = similarityGraph(1_000, () => 1, 10);
    expect(Math.max(...Array.from(graph.to, (to, e) => to - graph.from[e]!))).toBe(10);
  });
});

describe.each<SummaryMethod>(['default', 'textrank', 'lexrank', 'lead'])('summarize %s on a 10,000-sentence input', (method) => {
  it('returns the default five sentences, in order', () => {
    const summary = summarize(syntheticArticle(10_000), { method });
    expect(summary).toHaveLength(5);
    const indices = summary.map((s) => s.index);
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
  });
});
