import { describe, expect, it } from 'vitest';
import { quotePairs } from './parsed-fixture.js';

/**
 * Issue 13, the boundary round of helper quotes9, on made-up sentences (every name invented): each
 * case is [what it shows, the article body, the [speaker, text] of each quote expected].
 */
const ASKED: [string, string, [string | null, string][]][] = [
  [
    'a question after an opening "Asked" ends at its last word, not on the dash before its comma',
    'The board met on Monday. Asked why the ferry was late —, Jane Roe shrugged.',
    [[null, 'why the ferry was late']],
  ],
];

describe('extractQuotes: a question after an opening "Asked"', () => {
  it.each(ASKED)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});
