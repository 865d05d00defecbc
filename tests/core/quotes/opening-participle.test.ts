import { describe, expect, it } from 'vitest';
import { quotes, sentenceQuotes } from './sentence-fixture.js';
import { extractQuotes, parseArticle } from '../../../src/index.js';
import { quotePairs } from './parsed-fixture.js';

describe('a perfect participle opening the sentence ("Having announced that …, X …")', () => {
  it('reports the clause up to the comma, and the main clause subject speaks, as "Noting that …, X …" does', () => {
    expect(quotes('Having announced that the levy would rise, Judge Tom Pell proceeded to hand down his ruling.')).toEqual([
      ['announced', 'Tom Pell', 'the levy would rise'],
    ]);
    expect(quotes('Having said that the levy would rise, the mayor left the hall.')).toEqual([['said', 'mayor', 'the levy would rise']]);
  });

  it('makes no speaker of "Having" in the idiom "Having said that, …"', () => {
    expect(quotes('Having said that, Tom Pell is looking in much better shape.')).toEqual([]);
  });
});

describe('extractQuotes: a participle opening its sentence goes on with the paragraph, not the spacing', () => {
  it('two spaces after the full stop are no paragraph break (an article a library user built, not cleaned)', () => {
    const text = 'The board met. Jane Roe stated that the report “was not good.”  Adding, “We need a new one by May.”';
    const article = { title: '', byline: null, date: null, text, titleSpan: null, blocks: [{ start: 0, end: text.length, kind: 'paragraph' as const }] };
    const quotes = extractQuotes(parseArticle(article), []);
    expect(quotes.map((q) => [q.speaker?.mentions[0]?.text ?? null, q.text])).toEqual([
      ['Jane Roe', 'the report “was not good.”'],
      ['Jane Roe', 'We need a new one by May.'],
    ]);
  });
  it('a new paragraph is one', () => {
    expect(quotePairs('The board met. Jane Roe stated that the report “was not good.”\n\nAdding, “We need a new one by May.”')).toEqual([
      ['Jane Roe', 'the report “was not good.”'],
      [null, 'We need a new one by May.'],
    ]);
  });
});

// Review rvq3: a perfect participle opening the sentence names no speaker "Having" (made-up sentences).

describe('an opening "Having …" participle', () => {
  it('reports nothing after "Having said so," (a pro-form, as "Having said that,")', () => {
    expect(sentenceQuotes('Having said so, Judge Roe adjourned the case.')).toEqual([]);
  });

  it('reports nothing after a passive "Having been told that …," (the teller goes unnamed, as after "Told that …,")', () => {
    expect(sentenceQuotes('Having been told that the witness had lied, Judge Roe adjourned the case.')).toEqual([]);
  });
});
