import { describe, expect, it } from 'vitest';
import { summarize, type ParsedArticle, type Sentence, type SummaryMethod, type Token } from '../../../src/index.js';
import { GRAPH_WINDOW, type SimilarityGraph } from '../../../src/core/summarize/graph.js';
import { buildTermBags } from '../../../src/core/summarize/sentence-vectors.js';
import { sentenceGraphs } from '../../../src/core/summarize/similarities.js';

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
  return {
    article: { title: '', byline: null, date: null, text, titleSpan: null, blocks: [{ kind: 'paragraph', start: 0, end: text.length }] },
    tokens,
    sentences,
    winkEntities: [],
  };
}

/** The similarity graphs of a synthetic article whose sentences all share words (so every pair compared is an edge). */
function graphsOf(count: number, window?: number) {
  const parsed = syntheticArticle(count);
  return sentenceGraphs(
    buildTermBags(
      parsed,
      parsed.sentences.map((_, i) => i),
    ),
    window,
  );
}

/** The longest distance, in sentences, an edge of the graph spans. */
const longestEdge = (graph: SimilarityGraph) => graph.to.reduce((max, to, e) => Math.max(max, to - graph.from[e]!), 0);

describe('sentenceGraphs on long inputs', () => {
  it('compares each sentence only with the next GRAPH_WINDOW sentences', () => {
    const { overlap, cosine } = graphsOf(10_000);
    for (const graph of [overlap, cosine]) {
      expect(graph.comparisons).toBeLessThanOrEqual(10_000 * GRAPH_WINDOW);
      expect(graph.weight.length).toBe(graph.comparisons);
      expect(longestEdge(graph)).toBe(GRAPH_WINDOW);
    }
  });

  it('is the complete graph when the article fits in the window', () => {
    const { overlap, cosine } = graphsOf(30);
    expect(overlap.weight).toHaveLength((30 * 29) / 2);
    expect(cosine.weight).toHaveLength((30 * 29) / 2);
  });

  it('links no pair further apart than the window', () => {
    const { cosine } = graphsOf(1_000, 10);
    expect(longestEdge(cosine)).toBe(10);
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
