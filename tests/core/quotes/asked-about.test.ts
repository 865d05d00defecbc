import { describe, expect, it } from 'vitest';
import { quotePairs } from './parsed-fixture.js';

/**
 * Issue 13's precision round, on made-up sentences (every name invented): each case is [what it
 * shows, the article body, the [speaker, text] of each quote expected].
 */
const ASKED_ABOUT: [string, string, [string | null, string][]][] = [
  [
    'a question\'s topic after "asked about" ends before when it was put ("during the debate", "in an interview")',
    '“We will see,” Mara Quill said, asked about the harbour toll during the debate on Thursday.',
    [
      ['Mara Quill', 'We will see'],
      [null, 'about the harbour toll'],
    ],
  ],
];

describe('extractQuotes: the topic of a question after "asked about"', () => {
  it.each(ASKED_ABOUT)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});
