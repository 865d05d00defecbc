import { describe, expect, it } from 'vitest';
import { reportedPairs } from './reported-fixture.js';

/** A yes/no question asks whether a saying happens and reports none. Made-up sentences, names invented. */
describe('questionedSaying: a saying asked about', () => {
  it.each([
    ['a yes/no question about a saying', 'Will Mayor Ada Finch say that the ferry is safe?'],
    ['past an adverb', 'Did Tom Pell really say the pier was unsafe?'],
    ['in a clause joined by "or"', 'Is the levy too high, or does the mayor say that the port needs it?'],
  ])('%s', (_what, sentence) => {
    expect(reportedPairs(sentence)).toEqual([]);
  });

  it('keeps a question that takes the saying as given ("Why did Roe say …?") and a statement', () => {
    expect(reportedPairs('Why did Tom Pell say the pier was unsafe?')).toEqual([['Tom Pell', 'the pier was unsafe']]);
    expect(reportedPairs('Tom Pell did say the pier was unsafe.')).toEqual([['Tom Pell', 'the pier was unsafe']]);
  });
});
