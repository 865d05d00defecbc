import { describe, expect, it } from 'vitest';
import { parseConll, scoreSpans, selectSentences } from '../../../src/core/eval/conll.js';

// A tiny CoNLL-2003-format file written for these tests (IOB1 tags, two documents).
const SAMPLE = `-DOCSTART- -X- -X- O

Anna NNP I-NP I-PER
Berg NNP I-NP I-PER
visited VBD I-VP O
Oslo NNP I-NP I-LOC
. . O O

Nordbank NNP I-NP I-ORG
Helsinki NNP I-NP B-ORG
Group NNP I-NP I-ORG
merged VBD I-VP O

-DOCSTART- -X- -X- O

SWEDISH JJ I-NP I-MISC
TALKS NNS I-NP O
`;

describe('parseConll', () => {
  const docs = parseConll(SAMPLE);

  it('splits documents at -DOCSTART- and sentences at blank lines', () => {
    expect(docs).toHaveLength(2);
    expect(docs[0]!.words).toEqual(['Anna', 'Berg', 'visited', 'Oslo', '.', 'Nordbank', 'Helsinki', 'Group', 'merged']);
    expect(docs[0]!.sentenceStarts).toEqual([0, 5]);
  });

  it('reads IOB1: I- continues a span of its type, B- starts a touching one', () => {
    expect(docs[0]!.gold).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'ORG', start: 5, end: 6 },
      { type: 'ORG', start: 6, end: 8 },
    ]);
    expect(docs[1]!.gold).toEqual([{ type: 'MISC', start: 0, end: 1 }]);
  });

  it('rejects tags that are not CoNLL entity tags', () => {
    expect(() => parseConll('Anna NNP I-NP I-PERSON\n')).toThrow(/unknown CoNLL tag/);
  });
});

describe('selectSentences', () => {
  const docs = parseConll(SAMPLE);

  it('keeps a range of sentences numbered across documents, with their gold spans moved', () => {
    const kept = selectSentences(docs, 2, 3);
    expect(kept).toHaveLength(2);
    expect(kept[0]!.words).toEqual(['Nordbank', 'Helsinki', 'Group', 'merged']);
    expect(kept[0]!.sentenceStarts).toEqual([0]);
    expect(kept[0]!.gold).toEqual([
      { type: 'ORG', start: 0, end: 1 },
      { type: 'ORG', start: 1, end: 3 },
    ]);
    expect(kept[1]!.words).toEqual(['SWEDISH', 'TALKS']);
  });

  it('drops a document with no sentence in the range', () => {
    const kept = selectSentences(docs, 1, 1);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.gold).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
    ]);
    expect(selectSentences(docs, 4, 9)).toEqual([]);
  });
});

describe('scoreSpans', () => {
  it('counts a span only when its exact boundaries and type match', () => {
    const gold = [
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
    ] as const;
    const predicted = [
      { type: 'PER', start: 0, end: 1 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'ORG', start: 5, end: 6 },
    ] as const;
    const s = scoreSpans([{ gold, predicted }]);
    expect(s.overall).toMatchObject({ gold: 2, predicted: 3, correct: 1 });
    expect(s.overall.precision).toBeCloseTo(1 / 3);
    expect(s.overall.recall).toBeCloseTo(1 / 2);
    expect(s.overall.f1).toBeCloseTo(0.4);
    expect(s.byType.LOC!.f1).toBe(1);
    expect(s.byType.PER!.f1).toBe(0);
  });

  it('counts exact spans whatever their type apart (untyped), each gold span once', () => {
    const gold = [
      { type: 'ORG', start: 0, end: 1 },
      { type: 'LOC', start: 3, end: 4 },
    ] as const;
    const predicted = [
      { type: 'LOC', start: 0, end: 1 },
      { type: 'PER', start: 0, end: 1 },
      { type: 'LOC', start: 3, end: 5 },
    ] as const;
    const s = scoreSpans([{ gold, predicted }]);
    expect(s.overall.correct).toBe(0);
    expect(s.untyped).toMatchObject({ gold: 2, predicted: 3, correct: 1 });
  });

  it('ignores MISC on both sides', () => {
    const s = scoreSpans([{ gold: [{ type: 'MISC', start: 0, end: 1 }], predicted: [{ type: 'MISC', start: 0, end: 1 }] }]);
    expect(s.overall).toMatchObject({ gold: 0, predicted: 0, correct: 0 });
    expect(s.byType.MISC).toBeUndefined();
  });
});
