import { describe, expect, it } from 'vitest';
import { quotePairs } from './parsed-fixture.js';

/**
 * Issue 13's precision round, on made-up sentences (every name invented): each case is [what it
 * shows, the article body, the [speaker, text] of each quote expected].
 */
const ASIDES: [string, string, [string | null, string][]][] = [
  [
    'a longer aside after the cue, then a pronoun and its verb: the aside is the speaker\'s condition ("says, win or lose …, he is …")',
    'Oren Vale says, win or lose in the Dover primary, he is staying in the race.',
    [['Oren Vale', 'win or lose in the Dover primary, he is staying in the race']],
  ],
  [
    'a short aside without a verb stays the writer\'s ("said, through a translator, he would …")',
    'Oren Vale said, through a translator, he would stay in the race.',
    [['Oren Vale', 'he would stay in the race']],
  ],
];

describe('extractQuotes: an aside between commas after the cue', () => {
  it.each(ASIDES)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});
