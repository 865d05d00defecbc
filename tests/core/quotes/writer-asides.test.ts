import { describe, expect, it } from 'vitest';
import { quoteParts } from './parsed-fixture.js';

/**
 * Issue 13, helper bound3's boundary round, on made-up sentences (every name invented): each case
 * is [what it shows, the article body, the [speaker, parts] of each quote expected].
 */
const CASES: [string, string, [string | null, string[]][]][] = [
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

describe('extractQuotes: where the writer takes over after a comma or dash', () => {
  it.each(CASES)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});

/**
 * Issue 13, helper recb's boundary round, on made-up sentences (every name invented): each case is
 * [what it shows, the article body, the [speaker, parts] of each quote expected].
 */
const APPOSITIONS: [string, string, [string | null, string[]][]][] = [
  [
    'an apposition between commas after which the statement goes on is no writer’s aside',
    'The board met on Monday. Jane Roe said the port plans to make the old pier, a wreck the council bought four years ago, into a fortress.',
    [['Jane Roe', ['the port plans to make the old pier, a wreck the council bought four years ago, into a fortress']]],
  ],
  [
    'not one holding a relative clause whose verbs are listed',
    'The board met on Monday. Jane Roe said the town would stage a play about Tom Pell, a sailor who was captured, shipped to Dover and sold.',
    [['Jane Roe', ['the town would stage a play about Tom Pell']]],
  ],
  [
    "nor one after which a participle of the writer's follows",
    'The board met on Monday. Jane Roe said the port plans to make the old pier into a fortress, a plan the council backed, leaving the town without a beach.',
    [['Jane Roe', ['the port plans to make the old pier into a fortress']]],
  ],
  [
    'one that runs to the end is ("…, a swipe at …")',
    'The board met on Monday. Jane Roe said the port plans to make the old pier into a fortress, a swipe at the harbour council.',
    [['Jane Roe', ['the port plans to make the old pier into a fortress']]],
  ],
  [
    "an apposition's scan for its closing comma stops at a quote mark",
    'Oren Vale said the town will keep the pier, a “wreck” from the war, in the hope of a sale.',
    [['Oren Vale', ['the town will keep the pier']]],
  ],
  [
    'at a semicolon',
    'Oren Vale said the town will keep the pier, a wreck from the war; by contrast, in May the council sells the ferry.',
    [['Oren Vale', ['the town will keep the pier']]],
  ],
  [
    'and at a dash',
    'Oren Vale said the town will keep the pier, a wreck from the war - sadly, in a bad state.',
    [['Oren Vale', ['the town will keep the pier']]],
  ],
  [
    "nor one after which 'according to' follows (an '-ing' word, so no separate exclusion)",
    'Oren Vale said the town will keep the pier, a wreck from the war, according to the mayor.',
    [['Oren Vale', ['the town will keep the pier']]],
  ],
];

describe("extractQuotes: an apposition inside what was said, or the writer's aside", () => {
  it.each(APPOSITIONS)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});

/**
 * Issue 13, helper bound2's boundary round, on made-up sentences (every name invented): each case
 * is [what it shows, the article body, the [speaker, parts] of each quote expected].
 */
const LISTS: [string, string, [string | null, string[]][]][] = [
  [
    'a list of indefinites after a comma is more of what was said, not an aside: "is a “crook,” a “liar” and a “bully.”"',
    'The council met on Monday. Jane Roe said Tom Pell is a “crook,” a “liar” and a “bully.”',
    [['Jane Roe', ['Tom Pell is a “crook,” a “liar” and a “bully.”']]],
  ],
  [
    'so is a list of three with a serial comma: "was a “crook,” a “liar,” and a “bully.”"',
    'The council met on Monday. Jane Roe said Tom Pell was a “crook,” a “liar,” and a “bully.”',
    [['Jane Roe', ['Tom Pell was a “crook,” a “liar,” and a “bully.”']]],
  ],
  [
    'but an apposition on a name stays the writer’s aside, list or not',
    'The council met on Monday. Jane Roe said the deal was struck by Tom Pell, a banker and a friend of the mayor.',
    [['Jane Roe', ['the deal was struck by Tom Pell']]],
  ],
  [
    'nor an aside with a verb of its own before "and a …"',
    'The council met on Monday. Tom Pell said the levy was a mistake, a claim the mayor denies and a rival disputes.',
    [['Tom Pell', ['the levy was a mistake']]],
  ],
];

describe('extractQuotes: a list of indefinites after a comma, or an aside', () => {
  it.each(LISTS)('%s', (_what, body, expected) => {
    expect(quoteParts(body)).toEqual(expected);
  });
});

describe('a list of indefinites with a serial comma', () => {
  it('ends before "and a …" that is a clause’s subject: "a blunder, a costly one, and a lawyer for the port agreed"', () => {
    const parts = quoteParts('The council met on Monday. Jane Roe said the levy was a blunder, a costly one, and a lawyer for the port agreed.');
    expect(parts.map(([speaker]) => speaker)).toEqual(['Jane Roe']);
    expect(parts[0]![1].join(' ')).not.toContain('lawyer');
  });

  it('goes on past a relative clause on the last item: "and a “bully” who lies"', () => {
    expect(quoteParts('The council met on Monday. Jane Roe said Tom Pell was a “crook,” a “liar,” and a “bully” who lies.')).toEqual([
      ['Jane Roe', ['Tom Pell was a “crook,” a “liar,” and a “bully” who lies']],
    ]);
  });
});
