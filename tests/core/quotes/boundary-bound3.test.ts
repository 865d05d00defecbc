import { describe, expect, it } from 'vitest';
import { cleanArticle, extractQuotes, parseArticle } from '../../../src/index.js';

/** [first speaker mention, each part's text] of every quote in a made-up article. */
function quoteParts(body: string): [string | null, string[]][] {
  const article = cleanArticle(`Harbour Town Votes on New Sea Wall\n\n${body}`);
  return extractQuotes(parseArticle(article), []).map((q) => [q.speaker?.mentions[0]?.text ?? null, q.parts.map((p) => article.text.slice(p.start, p.end))]);
}

/**
 * Issue 13, helper bound3's boundary round, on made-up sentences (every name invented): each case
 * is [what it shows, the article body, the [speaker, parts] of each quote expected].
 */
const CASES: [string, string, [string | null, string[]][]][] = [
  [
    'a naming runs over a list of namings with a serial comma: "a “disgrace,” a “scandal,” and a “shame.”"',
    'The council met on Monday. Jane Roe called the levy a “disgrace,” a “scandal,” and a “shame.”',
    [['Jane Roe', ['the levy a “disgrace,” a “scandal,” and a “shame.”']]],
  ],
  [
    'a second naming that ends the sentence keeps its closing mark and the stop inside it',
    'The council met on Monday. Jane Roe called the levy a “new low” and a “bizarre attempt to tax the poor.”',
    [['Jane Roe', ['the levy a “new low” and a “bizarre attempt to tax the poor.”']]],
  ],
  [
    'a writer’s participle after a modal still ends what was said: PolNeAR leaves the consequence out (7 of 9 on train)',
    'The council met on Monday. Jane Roe said the old cannery would close in May, creating 200 jobs at the new pier.',
    [['Jane Roe', ['the old cannery would close in May']]],
  ],
  [
    'the horizontal bar is a dash like the em dash: an absolute phrase after it has its own subject',
    'The council met on Monday. Sailors have turned against the levy ― the share of sailors saying “the levy is unfair” rose by 20 points in a year.',
    [['the share of sailors', ['“the levy is unfair” rose by 20 points in a year']]],
  ],
  [
    'a typed double hyphen glued after a quote is no signature, and the name after it to the sentence’s end (a digest item’s byline) is no part of what was said',
    'The council met on Monday. Ana Roe said Monday that her party was "still the No. 1 party in Dover."--Tom Pell.',
    [['Ana Roe', ['her party was "still the No. 1 party in Dover."']]],
  ],
  [
    'a name after a dash that follows a word, not a closing mark, may be what was said: no byline',
    'The council met on Monday. Ana Roe said she would love to face one man — Tom Pell.',
    [['Ana Roe', ['she would love to face one man — Tom Pell']]],
  ],
];

describe('quote boundaries, bound3 round (issue 13)', () => {
  it.each(CASES)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});
