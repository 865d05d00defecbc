import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/core/clean/clean-article.js';
import { parseArticle } from '../../../src/core/nlp/parse.js';
import { extractQuotes } from '../../../src/core/quotes/index.js';

/**
 * Issue 13's fifth round (recall, speakers and one precision fix), on made-up sentences (every
 * name invented): each case is [what it shows, the article body, the [speaker, text] of each quote
 * expected].
 */
function quotePairs(body: string): [string | null, string][] {
  const parsed = parseArticle(cleanArticle(`Harbour Town Votes on New Sea Wall\n\n${body}`));
  return extractQuotes(parsed, []).map((q) => [q.speaker?.mentions[0]?.text ?? null, q.text]);
}

const CASES: [string, string, [string | null, string][]][] = [
  [
    '"states that" before a verb agreeing with a plural is the noun and its relative clause, no cue',
    'Mayor Jane Holloway will visit the Rust Belt states that have suffered from the floods.',
    [],
  ],
  [
    '"states that" before a clause of its own is still a cue',
    'The harbour charter states that the wall belongs to the town.',
    [['The harbour charter', 'the wall belongs to the town']],
  ],
];

describe('extractQuotes: the fifth round', () => {
  it.each(CASES)('%s', (_what, body, pairs) => {
    expect(quotePairs(body)).toEqual(pairs);
  });
});
