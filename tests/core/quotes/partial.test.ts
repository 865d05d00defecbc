import { describe, expect, it } from 'vitest';
import { quotePairs } from './parsed-fixture.js';

/**
 * Issue 13's precision round, on made-up sentences (every name invented): each case is [what it
 * shows, the article body, the [speaker, text] of each quote expected].
 */
const NAMINGS: [string, string, [string | null, string][]][] = [
  [
    'a naming goes on past its closing mark with a phrase of its own ("… “a disaster” for the town")',
    'Mayor Jane Holloway called the sea wall “a costly mistake” for the fishermen of the harbour.',
    [['Jane Holloway', 'the sea wall “a costly mistake” for the fishermen of the harbour']],
  ],
  [
    'a second naming after "and" is part of the first ("“reckless” and “unfair”")',
    'Mayor Jane Holloway called the toll “reckless” and “unfair” at the meeting.',
    [['Jane Holloway', 'the toll “reckless” and “unfair” at the meeting']],
  ],
  [
    'a comma inside the closing mark ends the naming ("“…,” which is …" is the writer\'s)',
    'Mayor Jane Holloway denounced “harbour taxes,” which is a phrase the council avoids.',
    [['Jane Holloway', '“harbour taxes,”']],
  ],
  [
    'the phrase after the closing mark stops at a comma, where the sentence goes on',
    'Mayor Jane Holloway, who has described the toll as a “scar” on the harbour, wants it gone.',
    [['Jane Holloway', 'the toll as a “scar” on the harbour']],
  ],
  [
    'a second phrase in marks inside it keeps its closing mark',
    'Mayor Jane Holloway accused the council of “dragging its feet” over “this badly needed wall”.',
    [['Jane Holloway', 'the council of “dragging its feet” over “this badly needed wall”']],
  ],
];

describe('extractQuotes: a naming in marks and the phrase after it', () => {
  it.each(NAMINGS)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});
