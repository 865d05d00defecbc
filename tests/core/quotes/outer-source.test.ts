import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/index.js';
import type { Quote } from '../../../src/core/types.js';
import { parse, quotePairs } from './parsed-fixture.js';

const quotesOf = (body: string): Quote[] => extractQuotes(parse(body), []);

// Issue 13: a nested attribution is listed once, the inner speaker with the outer source as `via`.
// Our own invented sentences.

describe('an outer source closing the sentence with "according to"', () => {
  it('gives a direct quote its via', () => {
    const quotes = quotesOf('"I ask you not to protest on the quay," Tom Becker said, according to the Harbour Gazette.');
    expect(quotes.map((q) => [q.speaker?.name, q.via?.name])).toEqual([['Tom Becker', 'Harbour Gazette']]);
  });

  it('ends reported content before it and gives the statement its via', () => {
    const quotes = quotesOf('Ana Ruiz said the levy would rise next year, according to a transcript of the meeting.');
    expect(quotes.map((q) => [q.text, q.speaker?.name, q.via?.name])).toEqual([['the levy would rise next year', 'Ana Ruiz', 'transcript']]);
  });

  it('leaves an "according to" inside the statement to the statement', () => {
    const quotes = quotesOf('Ana Ruiz said the levy, according to the budget office, would rise next year.');
    expect(quotes.map((q) => q.via)).toEqual([null]);
  });

  it('leaves an "according to" inside the marks to the speaker', () => {
    const quotes = quotesOf('"We will sail at dawn, according to the old rules of the port," Tom Becker said.');
    expect(quotes.map((q) => [q.speaker?.name, q.via])).toEqual([['Tom Becker', null]]);
  });

  it('lists a quotation inside "according to X" once, as the inner speaker’s', () => {
    const quotes = quotesOf('"We will sail," Tom Becker said, according to the Gazette, which was there.');
    expect(quotes.map((q) => [q.kind, q.speaker?.name, q.via?.name])).toEqual([['direct', 'Tom Becker', 'Gazette']]);
  });
});

describe('a sum after "add"', () => {
  it('is no cue', () => {
    const quotes = quotesOf(
      'Jobless claims fell to 4.9 percent in May, with the harbour adding 1,200 posts during the month - something you would not know if you listen to his rivals, Mayor Tom Becker said.',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.via])).toEqual([['Tom Becker', null]]);
  });
});

/**
 * Issue 13, the boundary round of helper quotes9, on made-up sentences (every name invented): each
 * case is [what it shows, the article body, the [speaker, text] of each quote expected].
 */
const TRAILING_SOURCES: [string, string, [string | null, string][]][] = [
  [
    'a trailing ", according to X" is the source reporting the statement, not more of it',
    'The board met. Jane Roe said the real cost is closer to 15 percent of the budget, according to the Harbour Gazette.',
    [['Jane Roe', 'the real cost is closer to 15 percent of the budget']],
  ],
  [
    'nor does it keep a relative clause before it open ("…, which stood at 20 on Tuesday, according to X")',
    'The board met. Jane Roe says the ferry can still close the gap in fares, which stood at 20 on Tuesday, according to the Harbour Gazette.',
    [['Jane Roe', 'the ferry can still close the gap in fares']],
  ],
];

describe('extractQuotes: a trailing ", according to X"', () => {
  it.each(TRAILING_SOURCES)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});
