import { describe, expect, it } from 'vitest';
import { alignMentions, renderConllArticle, type ConllDocument, type Entity } from '../../../src/index.js';

// Made-up sentences, tokenised the CoNLL way.
const doc: ConllDocument = {
  words: ['Tova', 'Lind', '(', 'Norway', ')', 'said', '"', 'we', 'won', '"', ',', 'Orvik', "'s", 'coach', 'said', '.', 'OSLO', '1996-08-30'],
  sentenceStarts: [0, 16],
  gold: [],
};

describe('renderConllArticle', () => {
  it('detokenises each sentence into a paragraph and records where each token went', () => {
    const { text, starts } = renderConllArticle(doc);
    expect(text).toBe('Tova Lind (Norway) said "we won", Orvik\'s coach said.\n\nOSLO 1996-08-30');
    doc.words.forEach((w, i) => expect(text.slice(starts[i], starts[i]! + w.length)).toBe(w));
  });
});

describe('alignMentions', () => {
  const entity = (type: Entity['type'], text: string, cleaned: string, from = 0): Entity => {
    const start = cleaned.indexOf(text, from);
    return { name: text, type, count: 1, mentions: [{ text, start, end: start + text.length }] };
  };

  it('maps name mentions in the cleaned text back to token spans', () => {
    const cleaned = renderConllArticle(doc).text;
    const spans = alignMentions(doc, cleaned, [
      entity('PERSON', 'Tova Lind', cleaned),
      entity('PLACE', 'OSLO', cleaned),
      entity('DATE', '1996-08-30', cleaned),
    ]);
    expect(spans).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 16, end: 17 },
    ]);
  });

  it('finds tokens after a line the cleaner dropped', () => {
    const cleaned = 'Tova Lind (Norway) said "we won", Orvik\'s coach said.';
    expect(alignMentions(doc, cleaned, [entity('ORGANIZATION', 'Orvik', cleaned)])).toEqual([{ type: 'ORG', start: 11, end: 12 }]);
  });

  it('leaves a sentence-final full stop out of an abbreviated name', () => {
    const abbreviated: ConllDocument = { words: ['They', 'moved', 'to', 'Skerra', ',', 'Ore', '.'], sentenceStarts: [0], gold: [] };
    const cleaned = renderConllArticle(abbreviated).text;
    expect(alignMentions(abbreviated, cleaned, [entity('PLACE', 'Ore.', cleaned)])).toEqual([{ type: 'LOC', start: 5, end: 6 }]);
  });
});
