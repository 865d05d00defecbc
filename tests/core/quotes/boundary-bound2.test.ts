import { describe, expect, it } from 'vitest';
import { cleanArticle, extractQuotes, parseArticle } from '../../../src/index.js';

/** [first speaker mention, each part's text] of every quote in a made-up article. */
function quoteParts(body: string): [string | null, string[]][] {
  const article = cleanArticle(`Harbour Town Votes on New Sea Wall\n\n${body}`);
  return extractQuotes(parseArticle(article), []).map((q) => [q.speaker?.mentions[0]?.text ?? null, q.parts.map((p) => article.text.slice(p.start, p.end))]);
}

/**
 * Issue 13, helper bound2's boundary round, on made-up sentences (every name invented): each case
 * is [what it shows, the article body, the [speaker, parts] of each quote expected].
 */
const CASES: [string, string, [string | null, string[]][]][] = [
  [
    'a past speech verb after "and" is the speaker’s next act: "questioned …"',
    'The council met on Monday. Jane Roe said the ferry fares would rise in May and questioned why the board had waited so long to tell the town.',
    [['Jane Roe', ['the ferry fares would rise in May']]],
  ],
  [
    '"highlighted …"',
    'The council met on Monday. Tom Pell said he admired the harbour crews and highlighted their work on the new sea wall.',
    [['Tom Pell', ['he admired the harbour crews']]],
  ],
  [
    '"quoted …"',
    'The council met on Monday. Tom Pell said the vote would have been his father’s birthday and quoted an old sailors’ song about the bay.',
    [['Tom Pell', ['the vote would have been his father’s birthday']]],
  ],
  [
    '"pointed to …"',
    'The council met on Monday. Jane Roe said the old wall was far too low and pointed to the floods that hit the east bank last winter.',
    [['Jane Roe', ['the old wall was far too low']]],
  ],
];

describe('quote boundaries, bound2 round (issue 13)', () => {
  it.each(CASES)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});
