import { describe, expect, it } from 'vitest';
import { mainCueAfterRelative } from '../../../src/core/quotes/relative-content.js';
import { parse, tokenIndex } from './parsed-fixture.js';
import { sentenceQuotes } from './sentence-fixture.js';

// Review rvq3: a statement inside a relative clause between commas ends at the comma that closes
// the clause, before the sentence's main verb (made-up sentences).

describe('a cue in a relative clause between commas', () => {
  it('ends the statement at the closing comma after "who has since said" (wink tags "since" SCONJ)', () => {
    expect(sentenceQuotes('The mayor, who has since said he regrets it, left the hall.')).toEqual([['The mayor', ['he regrets it']]]);
  });

  it('ends the statement there after an infinitive cue ("who went on to say", "who then went on to tell")', () => {
    expect(sentenceQuotes('The mayor, who went on to say he regrets it, left the hall.')).toEqual([['The mayor', ['he regrets it']]]);
    expect(sentenceQuotes('Ana Roe, who then went on to tell reporters the vote was rigged, left the room early.')).toEqual([
      ['Ana Roe', ['the vote was rigged']],
    ]);
  });

  it('ends the statement there when the cue is the relative clause\'s second verb ("who backed it and said …"; run9)', () => {
    expect(sentenceQuotes('Ana Roe, who backed the pier plan in May and said she would probably campaign for it, ultimately did not show up.')).toEqual([
      ['Ana Roe', ['she would probably campaign for it']],
    ]);
  });

  it('ends a short statement there too ("The wall, which Pell said would fail, held …")', () => {
    expect(sentenceQuotes('The wall, which Tom Pell said would fail, held for a week.')).toEqual([['Tom Pell', ['The wall', 'would fail']]]);
  });
});

// recn5: a relative clause with no commas on the subject ends where the sentence's own cue follows
// the statement's verb phrase (made-up sentences).

describe('a cue in a relative clause with no commas', () => {
  it("ends the statement before the main clause's cue ('A woman who claims she met him says …')", () => {
    expect(sentenceQuotes('A woman who said she met the prince says she felt let down.')).toEqual([
      ['A woman', ['she met the prince']],
      ['A woman', ['she felt let down']],
    ]);
  });

  it('reads a participle after a noun as no verb of the statement ("who wrote the speech delivered by X says")', () => {
    const p = parse('A man who wrote the speech delivered by Ana Roe says he will vote for her.');
    const from = tokenIndex(p, 'wrote') + 1;
    const end = tokenIndex(p, '.');
    expect(mainCueAfterRelative(p.tokens, from, end)).toBe(end);
    const q = parse('A man who said the speech hurt him says he will vote for her.');
    expect(mainCueAfterRelative(q.tokens, tokenIndex(q, 'said') + 1, tokenIndex(q, '.'))).toBe(tokenIndex(q, 'says'));
  });

  // Review rvq5: the guard that a conjunction, a comma or "that" leaves the statement whole had no test.
  it('leaves the statement whole past a conjunction that opens a clause of its own ("… knew it and his aide says so …")', () => {
    const p = parse('A man who said the mayor knew it and his aide says so was cheered.');
    const end = tokenIndex(p, '.');
    expect(mainCueAfterRelative(p.tokens, tokenIndex(p, 'said') + 1, end)).toBe(end);
  });
});

// spk5: the main cue after such a clause has the clause's head noun for its speaker, not the last
// noun of the statement (made-up sentences).

describe('the speaker of the main cue after a relative clause with no commas', () => {
  it('is the head noun, not the object before the cue ("A woman who claims/NOUN she met the baker says")', () => {
    expect(sentenceQuotes('A woman who claims she met the baker says she was paid to keep quiet.')).toEqual([
      ['A woman', ['she met the baker']],
      ['A woman', ['she was paid to keep quiet']],
    ]);
  });

  it('is the head noun past a long statement with a quotation and a time ("… in Salem three years ago says")', () => {
    const quotes = sentenceQuotes(
      "A dancer who claims she sold the baker a 'very fine, rare clock' at a fair in Salem three years ago says she felt let down.",
    );
    expect(quotes.map(([speaker]) => speaker)).toEqual(['A dancer', 'A dancer']);
  });

  it('is the head noun before a direct quote\'s colon too ("A woman who claims she met the baker in Salem says: “…”")', () => {
    const quotes = sentenceQuotes('A woman who claims she met the baker in Salem says: "I was paid to keep quiet."');
    expect(quotes.map(([speaker]) => speaker)).toEqual(['A woman', 'A woman']);
  });

  it('ends the statement on an adjective or participle before the main cue, which the head noun speaks ("People who say they were hurt said")', () => {
    expect(sentenceQuotes('People who say they were hurt said the company should pay.')).toEqual([
      ['People', ['they were hurt']],
      ['People', ['the company should pay']],
    ]);
    expect(sentenceQuotes('A woman who claims she was paid says: "I kept quiet."').map(([speaker]) => speaker)).toEqual(['A woman', 'A woman']);
    expect(sentenceQuotes('Residents who say the plant is unsafe said they would protest.')).toEqual([
      ['Residents', ['the plant is unsafe']],
      ['Residents', ['they would protest']],
    ]);
  });

  it('leaves the object of a relative clause that holds no statement ("Voters who backed the mayor say")', () => {
    expect(sentenceQuotes('Voters who backed the mayor in Salem say they regret it.')).toEqual([['Voters', ['they regret it']]]);
  });
});
